"""The README documents every CLI command, and every command's help has an example."""

from click.testing import CliRunner

from diplograph.cli.main import main
from diplograph.resources import PROJECT_ROOT


def test_readme_mentions_every_command():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"diplograph {name}" not in readme]
    assert not missing, f"README does not mention: {missing}"


def test_every_command_help_has_an_example():
    runner = CliRunner()
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help has no example"
