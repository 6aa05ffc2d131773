"""`python -m linimasa.cli`."""
import sys

from . import main

sys.exit(main())
