from relj.cli import main

main()
