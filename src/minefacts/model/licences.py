"""What minefacts and its data may be used under.

- The code: the MIT License.
- The Ministry of Foreign Affairs' text (the source document in ``seeds/`` and the
  sentences the dataset quotes from it): the Public Data License 1.0 (PDL 1.0) of Japan's
  Digital Agency, under the Ministry's terms of use, which ask for the source to be cited
  with its address and the date it was accessed, and for edited content to say so.
- The structured dataset and the secondary record's paraphrases, minefacts' own work:
  Creative Commons Attribution 4.0 International (CC BY 4.0), with which PDL 1.0 is
  compatible.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    """A licence: its SPDX identifier (or LicenseRef), its name and its address."""

    spdx: str
    name: str
    url: str


CODE = Licence("MIT", "MIT License", "https://opensource.org/license/mit")
DATA = Licence(
    "CC-BY-4.0",
    "Creative Commons Attribution 4.0 International",
    "https://creativecommons.org/licenses/by/4.0/",
)
MINISTRY = Licence(
    "LicenseRef-PDL-1.0",
    "Public Data License (Version 1.0)",
    "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0",
)
MINISTRY_TERMS = "https://www.mofa.go.jp/about/legalmatters.html"
"""The Ministry of Foreign Affairs' terms of use, which apply PDL 1.0 to its website."""

SPDX_EXPRESSION = f"{CODE.spdx} AND {DATA.spdx} AND {MINISTRY.spdx}"
"""Everything the distribution holds, as one SPDX expression."""
