from feedtool.cli import main

main()
