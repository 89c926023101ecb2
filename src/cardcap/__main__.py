"""`python -m cardcap`: the same command as `cardcap`."""
from .command import main

if __name__ == "__main__":
    main()
