"""Election pages: list, upload with progress, data-quality report, seat/AC/unit analysis."""
