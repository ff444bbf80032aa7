"""The evidence workbook (sổ minh chứng .xlsx): the template the office fills in, and reading it back.

Writer and reader share one description of the format (`layout`), so they cannot drift apart.
"""
