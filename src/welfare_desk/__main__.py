import sys

from welfare_desk.cli.main import main

sys.exit(main())
