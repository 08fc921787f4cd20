"""The declarations of every finding code, one module per layer (see feedtool/validate/codes.py).

Plain data: these modules import only `feedtool.validate.codes`, so that listing the codes
(`feedtool explain --list`, `--ignore`, the docs) costs no parsing and no rule module.
"""
