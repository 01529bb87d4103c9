"""Election-result readers: every format is returned in one normalised shape (see ``types``)."""
from sangathan.elections.readers.form20_gj import read_gj_form20, read_gj_form20_dir
from sangathan.elections.readers.form20_up import read_up_form20, read_up_form20_dir
from sangathan.elections.readers.long_gj import read_long_booth_file
from sangathan.elections.readers.published import AC_PART, ac_level_rows, read_ac_results, read_eci_candidate_totals
from sangathan.elections.readers.reference import (load_ac_to_pc, load_candidate_list, load_electoral_roll,
                                                   load_parties, refs_for)
from sangathan.elections.readers.types import ERROR, INFO, WARNING, Finding, Form20Result, ParseError

__all__ = [
    "ERROR", "INFO", "WARNING", "Finding", "Form20Result", "ParseError",
    "read_up_form20", "read_up_form20_dir", "read_gj_form20", "read_gj_form20_dir", "read_long_booth_file",
    "read_eci_candidate_totals", "read_ac_results", "ac_level_rows", "AC_PART",
    "load_ac_to_pc", "load_candidate_list", "load_electoral_roll", "load_parties", "refs_for",
]
