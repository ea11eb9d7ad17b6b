"""The ``diplograph`` command line: a thin shell over the library."""
