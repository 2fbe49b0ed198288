"""Country codes and localized country names.

``COUNTRY_CODES`` holds every officially assigned ISO 3166-1 alpha-2 code (249
codes). User-assigned codes such as ``XK`` (Kosovo, used by some registries)
are deliberately not included: the record stores strict ISO codes only.

``COUNTRY_NAMES`` gives English, Russian and Turkmen (Latin) names for the
countries that matter in Central Asian road transport — neighbours, transit
countries and the usual origins of goods seen at Turkmen border crossing
points. Other valid codes simply have no localized name and are shown as the
code itself (see :func:`country_name`).

Pure data: no imports beyond the standard library, no I/O.
"""

from __future__ import annotations

__all__ = ["COUNTRY_CODES", "COUNTRY_NAMES", "country_name"]

#: All officially assigned ISO 3166-1 alpha-2 codes.
COUNTRY_CODES: frozenset[str] = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ
    BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
    CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ
    DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET
    FI FJ FK FM FO FR
    GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY
    HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT
    JE JM JO JP
    KE KG KH KI KM KN KP KR KW KY KZ
    LA LB LC LI LK LR LS LT LU LV LY
    MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ
    NA NC NE NF NG NI NL NO NP NR NU NZ
    OM
    PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA
    RE RO RS RU RW
    SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ
    TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ
    UA UG UM US UY UZ
    VA VC VE VG VI VN VU
    WF WS
    YE YT
    ZA ZM ZW
    """.split()
)

#: code -> {"en": ..., "ru": ..., "tk": ...}
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    # Turkmenistan and its neighbours
    "TM": {"en": "Turkmenistan", "ru": "Туркменистан", "tk": "Türkmenistan"},
    "UZ": {"en": "Uzbekistan", "ru": "Узбекистан", "tk": "Özbegistan"},
    "KZ": {"en": "Kazakhstan", "ru": "Казахстан", "tk": "Gazagystan"},
    "KG": {"en": "Kyrgyzstan", "ru": "Киргизия", "tk": "Gyrgyzystan"},
    "TJ": {"en": "Tajikistan", "ru": "Таджикистан", "tk": "Täjigistan"},
    "AF": {"en": "Afghanistan", "ru": "Афганистан", "tk": "Owganystan"},
    "IR": {"en": "Iran", "ru": "Иран", "tk": "Eýran"},
    # Caspian, Caucasus, CIS
    "RU": {"en": "Russia", "ru": "Россия", "tk": "Russiýa"},
    "TR": {"en": "Türkiye", "ru": "Турция", "tk": "Türkiýe"},
    "AZ": {"en": "Azerbaijan", "ru": "Азербайджан", "tk": "Azerbaýjan"},
    "GE": {"en": "Georgia", "ru": "Грузия", "tk": "Gruziýa"},
    "AM": {"en": "Armenia", "ru": "Армения", "tk": "Ermenistan"},
    "BY": {"en": "Belarus", "ru": "Беларусь", "tk": "Belarus"},
    "UA": {"en": "Ukraine", "ru": "Украина", "tk": "Ukraina"},
    "MD": {"en": "Moldova", "ru": "Молдова", "tk": "Moldowa"},
    # Asia
    "CN": {"en": "China", "ru": "Китай", "tk": "Hytaý"},
    "PK": {"en": "Pakistan", "ru": "Пакистан", "tk": "Pakistan"},
    "IN": {"en": "India", "ru": "Индия", "tk": "Hindistan"},
    "KR": {"en": "South Korea", "ru": "Республика Корея", "tk": "Koreýa Respublikasy"},
    "JP": {"en": "Japan", "ru": "Япония", "tk": "Ýaponiýa"},
    "VN": {"en": "Viet Nam", "ru": "Вьетнам", "tk": "Wýetnam"},
    "TH": {"en": "Thailand", "ru": "Таиланд", "tk": "Taýland"},
    "MY": {"en": "Malaysia", "ru": "Малайзия", "tk": "Malaýziýa"},
    "ID": {"en": "Indonesia", "ru": "Индонезия", "tk": "Indoneziýa"},
    # Middle East and Africa
    "AE": {
        "en": "United Arab Emirates",
        "ru": "Объединённые Арабские Эмираты",
        "tk": "Birleşen Arap Emirlikleri",
    },
    "SA": {"en": "Saudi Arabia", "ru": "Саудовская Аравия", "tk": "Saud Arabystany"},
    "IQ": {"en": "Iraq", "ru": "Ирак", "tk": "Yrak"},
    "OM": {"en": "Oman", "ru": "Оман", "tk": "Oman"},
    "EG": {"en": "Egypt", "ru": "Египет", "tk": "Müsür"},
    "MA": {"en": "Morocco", "ru": "Марокко", "tk": "Marokko"},
    "ZA": {
        "en": "South Africa",
        "ru": "Южно-Африканская Республика",
        "tk": "Günorta Afrika Respublikasy",
    },
    # Europe
    "DE": {"en": "Germany", "ru": "Германия", "tk": "Germaniýa"},
    "PL": {"en": "Poland", "ru": "Польша", "tk": "Polşa"},
    "LT": {"en": "Lithuania", "ru": "Литва", "tk": "Litwa"},
    "LV": {"en": "Latvia", "ru": "Латвия", "tk": "Latwiýa"},
    "NL": {"en": "Netherlands", "ru": "Нидерланды", "tk": "Niderlandlar"},
    "IT": {"en": "Italy", "ru": "Италия", "tk": "Italiýa"},
    "FR": {"en": "France", "ru": "Франция", "tk": "Fransiýa"},
    "ES": {"en": "Spain", "ru": "Испания", "tk": "Ispaniýa"},
    "BE": {"en": "Belgium", "ru": "Бельгия", "tk": "Belgiýa"},
    "CZ": {"en": "Czechia", "ru": "Чехия", "tk": "Çehiýa"},
    "SK": {"en": "Slovakia", "ru": "Словакия", "tk": "Slowakiýa"},
    "HU": {"en": "Hungary", "ru": "Венгрия", "tk": "Wengriýa"},
    "RO": {"en": "Romania", "ru": "Румыния", "tk": "Rumyniýa"},
    "BG": {"en": "Bulgaria", "ru": "Болгария", "tk": "Bolgariýa"},
    "GR": {"en": "Greece", "ru": "Греция", "tk": "Gresiýa"},
    "AT": {"en": "Austria", "ru": "Австрия", "tk": "Awstriýa"},
    "GB": {"en": "United Kingdom", "ru": "Великобритания", "tk": "Beýik Britaniýa"},
    # Americas and Oceania
    "US": {
        "en": "United States",
        "ru": "Соединённые Штаты Америки",
        "tk": "Amerikanyň Birleşen Ştatlary",
    },
    "CA": {"en": "Canada", "ru": "Канада", "tk": "Kanada"},
    "MX": {"en": "Mexico", "ru": "Мексика", "tk": "Meksika"},
    "BR": {"en": "Brazil", "ru": "Бразилия", "tk": "Braziliýa"},
    "AR": {"en": "Argentina", "ru": "Аргентина", "tk": "Argentina"},
    "CL": {"en": "Chile", "ru": "Чили", "tk": "Çili"},
    "EC": {"en": "Ecuador", "ru": "Эквадор", "tk": "Ekwador"},
    "CO": {"en": "Colombia", "ru": "Колумбия", "tk": "Kolumbiýa"},
    "PE": {"en": "Peru", "ru": "Перу", "tk": "Peru"},
    "AU": {"en": "Australia", "ru": "Австралия", "tk": "Awstraliýa"},
    "NZ": {"en": "New Zealand", "ru": "Новая Зеландия", "tk": "Täze Zelandiýa"},
}


def country_name(code: str, lang: str) -> str:
    """Return the name of country ``code`` in language ``lang``.

    ``code`` is matched case-insensitively; ``lang`` may be a bare language
    (``"tk"``) or a locale (``"ru_RU"``, ``"tk-TM"``). Falls back to the English
    name, then to the (upper-cased) code itself.
    """
    key = (code or "").strip().upper()
    names = COUNTRY_NAMES.get(key)
    if names is None:
        return key
    base = (lang or "").strip().replace("-", "_").split("_", 1)[0].lower()
    return names.get(base) or names.get("en") or key
