import sys

from welfare_desk.app import main

sys.exit(main())
