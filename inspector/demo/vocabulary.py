"""Vocabulary for the demo data generator.

Realistic — but fictional — people, companies, goods, routes and officer
notes that ``inspector demo`` draws from with a seeded ``random.Random``, so
that the same seed always gives the same records. Any resemblance of a name,
company or document number to a real one is accidental.

Everything here is a plain constant (tuples of tuples, dicts); the generator
owns all the logic. Tuple layouts are named in the ``*_FIELDS`` constants.

Conventions
-----------
* Country codes are ISO 3166-1 alpha-2 (see :mod:`inspector.domain.countries`).
* Texts shown to users come as ``{"en": ..., "ru": ...,"tk": ...}`` dicts.
  Turkmen is Latin Turkmen (ä ç ň ö ş ü ý ž), never Turkish letters (ı İ ğ).
* A driver's ``name_latin`` is written as in the passport (ASCII, title case);
  ``name_original`` is the name in the holder's own script.
* HS codes are digits only: 6-digit HS subheadings, plus a few 8/10-digit
  EU CN/TARIC lines, which the record also accepts (4–10 digits).
* Plate formats: ``L`` stands for one letter A–Z, ``9`` for one digit; any
  other character (other capital letters, digits 0–8, space, hyphen) is
  literal. Plates of all countries are kept in Latin letters, as validated.
"""

from __future__ import annotations

__all__ = [
    "AGENCIES",
    "AMENDMENT_REASONS",
    "CARGO",
    "CARGO_FIELDS",
    "CARRIERS",
    "DRIVERS",
    "DRIVER_FIELDS",
    "FINDING_NOTES",
    "OFFICERS",
    "OFFICER_FIELDS",
    "PLATE_FORMATS",
    "REMARKS",
    "RETURN_COMMENTS",
    "ROUTES",
    "ROUTE_FIELDS",
    "TRADERS",
    "text",
]

AGENCIES: tuple[str, ...] = (
    "customs",
    "veterinary",
    "phytosanitary",
    "sanitary_epidemiological",
)

# ---------------------------------------------------------------------------
# Border crossing points
# ---------------------------------------------------------------------------

# The crossing points themselves are in inspector.domain.bcps (BCPS).

# ---------------------------------------------------------------------------
# Drivers
# ---------------------------------------------------------------------------

DRIVER_FIELDS: tuple[str, ...] = (
    "name_latin",
    "name_original",
    "nationality",
    "passport_number",
)

#: (name_latin as in the passport, name_original, nationality ISO2, passport No.)
DRIVERS: tuple[tuple[str, str, str, str], ...] = (
    # Turkmenistan — original in Latin Turkmen; passport transliteration
    # w→v, ç→ch, ş→sh, ž→zh, ý→y, ä/ö/ü/ň→a/o/u/n.
    ("Dovletmyrat Annayev", "Döwletmyrat Annaýew", "TM", "A1846203"),
    ("Serdar Orazov", "Serdar Orazow", "TM", "A0932751"),
    ("Merdan Charyyev", "Merdan Çaryýew", "TM", "A2274016"),
    ("Batyr Gurbanmyradov", "Batyr Gurbanmyradow", "TM", "A1569348"),
    ("Ashyr Nepesov", "Aşyr Nepesow", "TM", "A0418872"),
    ("Begench Hojamuhammedov", "Begenç Hojamuhammedow", "TM", "A2031594"),
    ("Maksat Atayev", "Maksat Ataýew", "TM", "A1187430"),
    ("Rahman Soyunov", "Rahman Söýünow", "TM", "A0765219"),
    ("Yazmyrat Ovezov", "Ýazmyrat Öwezow", "TM", "A1943687"),
    ("Shohrat Berdiyev", "Şöhrat Berdiýew", "TM", "A2350871"),
    ("Kerim Tachmyradov", "Kerim Täçmyradow", "TM", "A0659124"),
    ("Nury Yagshymyradov", "Nury Ýagşymyradow", "TM", "A1722965"),
    ("Guvanch Meredov", "Guwanç Meredow", "TM", "A0883406"),
    # Russia — ICAO Doc 9303 transliteration (й→i, ий→ii, ю→iu, ё→e).
    ("Sergei Kuznetsov", "Сергей Кузнецов", "RU", "75 4821936"),
    ("Aleksei Morozov", "Алексей Морозов", "RU", "76 1093582"),
    ("Dmitrii Volkov", "Дмитрий Волков", "RU", "75 7730164"),
    ("Andrei Solovev", "Андрей Соловьёв", "RU", "77 2259417"),
    ("Iurii Zaitsev", "Юрий Зайцев", "RU", "76 5841203"),
    ("Nikolai Shevchenko", "Николай Шевченко", "RU", "75 3307789"),
    # Kazakhstan — Kazakh Cyrillic original.
    ("Yerzhan Kassymov", "Ержан Қасымов", "KZ", "N14275903"),
    ("Bolat Zhumabekov", "Болат Жұмабеков", "KZ", "N09834172"),
    ("Askhat Toleuov", "Асхат Төлеуов", "KZ", "N12650348"),
    ("Daniyar Ospanov", "Данияр Оспанов", "KZ", "N07419265"),
    ("Serik Abenov", "Серік Әбенов", "KZ", "N11382057"),
    # Uzbekistan — Latin Uzbek original (oʻ gʻ with U+02BB).
    ("Sherzod Rahimov", "Sherzod Rahimov", "UZ", "FA2148306"),
    ("Jasur Toxtayev", "Jasur Toʻxtayev", "UZ", "FA0937512"),
    ("Bahodir Gulomov", "Bahodir Gʻulomov", "UZ", "AA7715024"),
    ("Akmal Yoldoshev", "Akmal Yoʻldoshev", "UZ", "FA1460873"),
    ("Ulugbek Qodirov", "Ulugʻbek Qodirov", "UZ", "AB4382917"),
    # Iran — Persian script.
    ("Ali Rezaei", "علی رضایی", "IR", "K95184327"),
    ("Mohammad Hosseini", "محمد حسینی", "IR", "K87620413"),
    ("Hossein Ahmadi", "حسین احمدی", "IR", "X94417058"),
    ("Reza Karimi", "رضا کریمی", "IR", "K90358261"),
    ("Mehdi Moradi", "مهدی مرادی", "IR", "X96072384"),
    # Afghanistan — Dari and Pashto script.
    ("Abdul Rahim Noori", "عبدالرحیم نوری", "AF", "P01478253"),
    ("Gul Ahmad Sherzai", "ګل احمد شېرزی", "AF", "P02261904"),
    ("Mohammad Nabi Haidari", "محمد نبی حیدری", "AF", "P01893376"),
    ("Sayed Jawad Hashimi", "سید جواد هاشمی", "AF", "P02714058"),
    ("Zabihullah Ahmadzai", "ذبیح الله احمدزی", "AF", "P00956712"),
    # Türkiye
    ("Mehmet Yilmaz", "Mehmet Yılmaz", "TR", "U19485327"),
    ("Mustafa Celik", "Mustafa Çelik", "TR", "U20736418"),
    ("Huseyin Ozturk", "Hüseyin Öztürk", "TR", "U18204953"),
    ("Ahmet Dogan", "Ahmet Doğan", "TR", "U21567034"),
    ("Ibrahim Kaya", "İbrahim Kaya", "TR", "U17839260"),
    # Azerbaijan
    ("Elvin Mammadov", "Elvin Məmmədov", "AZ", "C02914736"),
    ("Tural Aliyev", "Tural Əliyev", "AZ", "C01587329"),
    ("Orxan Huseynov", "Orxan Hüseynov", "AZ", "C03360481"),
    ("Vuqar Qasimov", "Vüqar Qasımov", "AZ", "C00846157"),
    # Georgia — Georgian script.
    ("Giorgi Beridze", "გიორგი ბერიძე", "GE", "15AB42718"),
    ("Levan Kapanadze", "ლევან კაპანაძე", "GE", "13AD09364"),
    ("Davit Gelashvili", "დავით გელაშვილი", "GE", "16AA75120"),
    ("Zurab Lomidze", "ზურაბ ლომიძე", "GE", "14AC38851"),
    # China — Hanzi, passport in pinyin (surname first).
    ("Wang Wei", "王伟", "CN", "E83917240"),
    ("Li Qiang", "李强", "CN", "E72058316"),
    ("Zhang Jianguo", "张建国", "CN", "E90461725"),
    ("Liu Yang", "刘洋", "CN", "EA4827301"),
)
#: The driver of the demo record that shows everything (docs/report-example): a name in Persian script.
PERSIAN_DRIVER = next(d for d in DRIVERS if d[2] == "IR")

# ---------------------------------------------------------------------------
# Companies
# ---------------------------------------------------------------------------

#: (carrier name, country ISO2)
CARRIERS: tuple[tuple[str, str], ...] = (
    ("Türkmen Awtoulag Hojalygy", "TM"),
    ("«Ak Ýol Ulag» HJ", "TM"),
    ("«Garagum Logistika» HJ", "TM"),
    ("«Lebap Ýük Daşaýjy» HK", "TM"),
    ("«Ahal Awtoulag» HJ", "TM"),
    ("«Buxoro Trans Servis» MChJ", "UZ"),
    ("«Samarqand Avto Yuk» MChJ", "UZ"),
    ("ТОО «Шымкент Транзит Логистик»", "KZ"),
    ("ТОО «КазАвтоКарго»", "KZ"),
    ("ООО «ТрансАзия Логистик»", "RU"),
    ("ООО «Волга-Каспий Транс»", "RU"),
    ("ООО «БелТрансЭкспедиция»", "BY"),
    ("Arya Tarabar International Transport Co.", "IR"),
    ("شرکت حمل و نقل بین المللی پارس خزر", "IR"),
    ("Sepehr Road Transport Co.", "IR"),
    ("Anadolu Uluslararası Nakliyat Ltd. Şti.", "TR"),
    ("Kervan Lojistik A.Ş.", "TR"),
    ("Kaspian Trans LLC", "AZ"),
    ("Xəzər Logistika MMC", "AZ"),
    ("Herat Silk Road Logistics Co.", "AF"),
    ("شرکت ترانسپورتی بلخ", "AF"),
    ("შპს „კავკასია ტრანსი“", "GE"),
    ("新疆丝路国际物流有限公司", "CN"),
    ("UAB „Baltic Caspian Freight“", "LT"),
)

#: (consignor/consignee name, country ISO2)
TRADERS: tuple[tuple[str, str], ...] = (
    ("«Aşgabat Söwda Merkezi» HJ", "TM"),
    ("«Lebap Miwe» HJ", "TM"),
    ("«Mary Azyk Önümleri» HK", "TM"),
    ("«Balkan Gurluşyk Serişdeleri» HJ", "TM"),
    ("«Daşoguz Pagta» HJ", "TM"),
    ("«Altyn Derman» HJ", "TM"),
    ("«Türkmen Dokma Önümleri» HJ", "TM"),
    ("«Berkarar Tehnika» HJ", "TM"),
    ("«Fargʻona Meva Sabzavot» MChJ", "UZ"),
    ("«Toshkent Tekstil Savdo» MChJ", "UZ"),
    ("«Navoiy Kimyo Savdo» MChJ", "UZ"),
    ("ТОО «Костанай Астык Экспорт»", "KZ"),
    ("ТОО «Алматы Агро Трейд»", "KZ"),
    ("ООО «Продснаб-Поволжье»", "RU"),
    ("АО «Уралтрубоснаб»", "RU"),
    ("ООО «ФармаЛогистик»", "RU"),
    ("ОАО «Гродненский мясной двор»", "BY"),
    ("شرکت بازرگانی مشهد سبز", "IR"),
    ("Tabriz Steel Pipe Co.", "IR"),
    ("شرکت لبنیات توس", "IR"),
    ("Golestan Agro Export Co.", "IR"),
    ("Herat Pistachio Traders", "AF"),
    ("شرکت تجارتی برادران نوری", "AF"),
    ("Ege Tarım Ürünleri A.Ş.", "TR"),
    ("Bursa Tekstil San. ve Tic. Ltd. Şti.", "TR"),
    ("Konya Makina Sanayi A.Ş.", "TR"),
    ("Mersin Narenciye İhracat Ltd. Şti.", "TR"),
    ("义乌市远航进出口有限公司", "CN"),
    ("乌鲁木齐天山机械有限公司", "CN"),
    ("Rheinland Maschinenbau GmbH", "DE"),
    ("Agro-Pol Sp. z o.o.", "PL"),
    ("Westland Flowers B.V.", "NL"),
    ("Jebel Ali General Trading FZE", "AE"),
    ("Mumbai Pharma Exports Pvt. Ltd.", "IN"),
    ("«Gəncə Aqro» MMC", "AZ"),
    ("შპს „თბილისის ხილი“", "GE"),
)

# ---------------------------------------------------------------------------
# Vehicles
# ---------------------------------------------------------------------------

#: country ISO2 -> plate patterns (L = letter, 9 = digit, rest literal).
PLATE_FORMATS: dict[str, list[str]] = {
    # Two serial letters, four digits, province suffix (AG Aşgabat, AH Ahal,
    # BN Balkan, DZ Daşoguz, MR Mary; Lebap's "LB" cannot be written here).
    "TM": ["LL 9999 AG", "LL 9999 AH", "LL 9999 BN", "LL 9999 DZ", "LL 9999 MR"],
    # Region code first: 01 Tashkent, 30 Samarkand, 40 Fergana, 80 Bukhara,
    # 85 Navoiy; private "80 A 123 BC", companies "80 123 ABC".
    "UZ": ["80 L 999 LL", "80 999 LLL", "85 999 LLL", "30 999 LLL", "01 999 LLL",
           "40 999 LLL"],
    # "123 ABC 02"; companies "123 AB 02" (02 Almaty, 12 Mangystau, 13 Turkestan).
    "KZ": ["999 LLL 02", "999 LL 12", "999 LL 13", "999 LLL 99"],
    "KG": ["01 999 LLL", "03 999 LLL"],
    "TJ": ["9999 LL 01", "9999 LL 02", "9999 LL 03"],
    # Iranian plates transliterated: "12 B 345 - 67" (last pair: province).
    "IR": ["99 L 999 - 99"],
    # Afghan plates transliterated with the province code.
    "AF": ["HRT 99999", "KDR 99999", "LLL 99999"],
    # Tractor "A123BC 77" / "A123BC 199"; semitrailer "AB1234 77".
    "RU": ["L999LL 99", "L999LL 199", "LL9999 99"],
    "BY": ["9999 LL-7", "9999 LL-5", "LL 9999-7"],
    "UA": ["LL 9999 LL"],
    "MD": ["LLL 999"],
    # Province number first: 34 Istanbul, 06 Ankara, 35 Izmir, 33 Mersin, 27 Gaziantep.
    "TR": ["34 LLL 999", "34 LL 9999", "06 LL 999", "35 L 9999", "33 LLL 99",
           "27 LL 999"],
    "AZ": ["99-LL-999", "10-LL-999"],
    "GE": ["LL-999-LL"],
    "AM": ["99 LL 999"],
    # Chinese plates transliterated: province abbreviation (XJ Xinjiang) + serial.
    "CN": ["XJ L99999", "XJ L9999L"],
    "PK": ["LLL-999"],
    "LT": ["LLL 999"],
    "LV": ["LL-9999"],
    "PL": ["LL 99999", "LLL 99LL", "LL 9999L"],
    "DE": ["LL LL 999", "L LL 9999"],
    "NL": ["99-LLL-9", "LL-999-L"],
    "IT": ["LL 999LL"],
    "FR": ["LL-999-LL"],
    "BG": ["LL 9999 LL"],
    "RO": ["LL 99 LLL"],
    "HU": ["LLL-999"],
    "CZ": ["9L9 9999"],
    "SK": ["LL-999LL"],
    "AT": ["LL-99999"],
}

# ---------------------------------------------------------------------------
# Goods
# ---------------------------------------------------------------------------

CARGO_FIELDS: tuple[str, ...] = (
    "hs_code",
    "description_en",
    "description_ru",
    "description_tk",
    "packages_range",
    "gross_kg_range",
    "package_kind_en",
)

#: (hs_code, description en/ru/tk, (min, max) packages, (min, max) gross kg,
#:  package kind in English)
CARGO: tuple[tuple[str, str, str, str, tuple[int, int], tuple[int, int], str], ...] = (
    # 01–05 animals and animal products (veterinary)
    ("010410", "Live sheep", "Овцы живые", "Diri goýunlar",
     (280, 450), (12000, 18000), "head"),
    ("010229", "Live cattle for slaughter", "Крупный рогатый скот живой, для убоя",
     "Soýmak üçin diri iri şahly mallar", (24, 40), (14000, 20000), "head"),
    ("020230", "Frozen boneless beef", "Говядина бескостная замороженная",
     "Doňdurylan süňksüz sygyr eti", (800, 1200), (19000, 22000), "carton"),
    ("020714", "Frozen chicken cuts", "Части тушек кур замороженные",
     "Doňdurylan towuk eti (bölekler)", (1400, 1800), (20000, 23000), "carton"),
    ("030354", "Frozen mackerel", "Скумбрия мороженая", "Doňdurylan skumbriýa",
     (900, 1300), (19000, 22500), "carton"),
    ("040690", "Hard cheese", "Сыр твёрдый", "Gaty peýnir",
     (900, 1600), (10000, 18000), "carton"),
    ("040221", "Whole milk powder", "Молоко сухое цельное", "Gury süýt",
     (700, 880), (17500, 22000), "bag"),
    ("040510", "Butter", "Масло сливочное", "Sary ýag",
     (1000, 1400), (20000, 22000), "carton"),
    ("050400", "Salted natural sausage casings",
     "Натуральные колбасные оболочки солёные",
     "Duzlanan tebigy kolbasa içegeleri", (60, 140), (6000, 15000), "drum"),
    # 06–14 plants (phytosanitary)
    ("060311", "Fresh cut roses", "Розы срезанные свежие", "Täze kesilen bägüller",
     (300, 700), (3000, 7000), "box"),
    ("07019050", "New potatoes", "Картофель молодой", "Täze ýetişen kartoşka",
     (800, 1000), (20000, 24000), "bag"),
    ("070200", "Fresh tomatoes", "Томаты свежие", "Täze pomidorlar",
     (1800, 2600), (14000, 20000), "crate"),
    ("070310", "Onions", "Лук репчатый", "Sogan",
     (700, 900), (18000, 22000), "bag"),
    ("080510", "Fresh oranges", "Апельсины свежие", "Täze apelsinler",
     (1200, 1600), (18000, 22000), "box"),
    ("080719", "Fresh melons", "Дыни свежие", "Täze gawunlar",
     (900, 1500), (15000, 20000), "crate"),
    ("081310", "Dried apricots", "Курага (абрикосы сушёные)", "Erik kagy",
     (1500, 2000), (15000, 20000), "carton"),
    ("080251", "Pistachios in shell", "Фисташки в скорлупе", "Gabykly pisse",
     (700, 900), (17500, 22500), "bag"),
    ("080610", "Fresh table grapes", "Виноград столовый свежий", "Täze üzüm",
     (2000, 2800), (14000, 19000), "crate"),
    ("080810", "Fresh apples", "Яблоки свежие", "Täze almalar",
     (1300, 1700), (18000, 22000), "box"),
    ("090230", "Black tea in packings up to 3 kg",
     "Чай чёрный в упаковках до 3 кг", "3 kg çenli gaplanan gara çaý",
     (1200, 1800), (10000, 16000), "carton"),
    ("100199", "Milling wheat", "Пшеница продовольственная", "Azyk bugdaýy",
     (20, 24), (20000, 24500), "big bag"),
    ("100630", "Milled rice", "Рис шлифованный", "Arassalanan tüwi",
     (400, 480), (20000, 24000), "bag"),
    ("110100", "Wheat flour", "Мука пшеничная", "Bugdaý uny",
     (400, 480), (20000, 24000), "bag"),
    ("120721", "Cotton seeds for sowing", "Семена хлопчатника для посева",
     "Ekiş üçin gowaça çigidi", (500, 800), (12500, 20000), "bag"),
    # 15–22 food and beverages (sanitary-epidemiological)
    ("151219", "Refined sunflower oil", "Масло подсолнечное рафинированное",
     "Arassalanan günebakar ýagy", (1500, 2000), (15000, 20000), "carton"),
    ("160100", "Sausages", "Колбасы и аналогичные изделия", "Kolbasa önümleri",
     (900, 1400), (8000, 14000), "carton"),
    ("160250", "Canned stewed beef", "Консервы из говядины (тушёнка)",
     "Sygyr etinden konserwa", (1500, 2200), (15000, 21000), "carton"),
    ("170199", "White sugar", "Сахар белый", "Ak şeker",
     (400, 480), (20000, 24000), "bag"),
    ("170490", "Sugar confectionery", "Кондитерские изделия из сахара",
     "Şekerli konditer önümleri", (1500, 2500), (9000, 15000), "carton"),
    ("180690", "Chocolate products", "Шоколадные изделия", "Şokolad önümleri",
     (1500, 2400), (8000, 14000), "carton"),
    ("200290", "Tomato paste", "Томатная паста", "Pomidor pastasy",
     (80, 100), (19000, 23000), "drum"),
    ("200971", "Apple juice", "Сок яблочный", "Alma şiresi",
     (1600, 2000), (17000, 21000), "carton"),
    ("2201101100", "Natural mineral water, still",
     "Вода минеральная природная негазированная",
     "Gazsyz tebigy mineral suw", (1600, 2200), (18000, 22000), "pack"),
    ("220210", "Carbonated soft drinks", "Безалкогольные газированные напитки",
     "Alkogolsyz gazly içgiler", (1600, 2200), (17000, 21000), "pack"),
    # 23 feed (veterinary)
    ("230400", "Soybean meal", "Шрот соевый", "Soýa künjarasy",
     (20, 24), (20000, 24500), "big bag"),
    ("230990", "Compound animal feed", "Комбикорм", "Mallar üçin goşma iým",
     (450, 560), (18000, 22500), "bag"),
    # 25–38 minerals, chemicals, medicines, cosmetics
    ("252329", "Portland cement", "Портландцемент", "Portland sementi",
     (20, 24), (20000, 25000), "big bag"),
    ("281511", "Caustic soda, solid (flakes)", "Натр едкий твёрдый (чешуированный)",
     "Gaty kaustik soda (natriý gidroksidi)", (800, 960), (20000, 24000), "bag"),
    ("283620", "Soda ash (sodium carbonate)", "Сода кальцинированная",
     "Kalsinirlenen soda (natriý karbonaty)", (20, 24), (20000, 24500), "big bag"),
    ("290511", "Methanol", "Метанол", "Metanol",
     (18, 20), (17000, 20000), "IBC"),
    ("300490", "Medicaments in measured doses",
     "Лекарственные средства в дозированном виде",
     "Dozalanan derman serişdeleri", (300, 900), (2000, 8000), "carton"),
    ("310210", "Urea fertilizer", "Карбамид (мочевина)", "Karbamid (mineral dökün)",
     (20, 24), (20000, 24500), "big bag"),
    ("310520", "NPK fertilizer", "Удобрение NPK",
     "Çylşyrymly mineral dökün (NPK)", (400, 480), (20000, 24000), "bag"),
    ("330499", "Cosmetic creams and make-up", "Косметические средства",
     "Kosmetika serişdeleri", (600, 1200), (4000, 9000), "carton"),
    ("330510", "Shampoos", "Шампуни", "Şampunlar",
     (1200, 1800), (12000, 18000), "carton"),
    ("340220", "Washing preparations", "Средства моющие", "Ýuwujy serişdeler",
     (1200, 1800), (14000, 20000), "carton"),
    ("380891", "Insecticides", "Инсектициды", "Insektisidler",
     (200, 600), (4000, 12000), "carton"),
    # 39–41 plastics, rubber, hides
    ("390120", "Polyethylene granules (HDPE)", "Полиэтилен низкого давления в гранулах",
     "Granula görnüşli polietilen (HDPE)", (800, 880), (20000, 22000), "bag"),
    ("390210", "Polypropylene granules", "Полипропилен в гранулах",
     "Granula görnüşli polipropilen", (800, 880), (20000, 22000), "bag"),
    ("391723", "PVC pipes", "Трубы из поливинилхлорида",
     "Polivinilhlorid turbalary", (60, 120), (8000, 14000), "bundle"),
    ("401120", "New truck tyres", "Шины новые для грузовых автомобилей",
     "Ýük awtoulaglary üçin täze şinalar", (180, 260), (10000, 16000), "piece"),
    ("410210", "Salted sheepskins with wool",
     "Шкуры овечьи невыделанные, с шерстью, солёные",
     "Ýüňli duzlanan goýun derileri", (120, 200), (10000, 18000), "bundle"),
    # 44 wood (phytosanitary)
    ("440712", "Sawn softwood (spruce)", "Пиломатериалы хвойные (ель)",
     "Igne ýaprakly agaçdan byçgy materiallary", (24, 36), (20000, 25000), "bundle"),
    ("441520", "Wooden pallets", "Поддоны деревянные", "Agaç palletler",
     (400, 600), (8000, 14000), "piece"),
    # 52, 61–63 cotton and textiles
    ("5201009000", "Cotton fibre, not carded or combed",
     "Хлопок-волокно, нечёсаное", "Daralmadyk pagta süýümi",
     (95, 110), (20000, 24000), "bale"),
    ("520512", "Cotton yarn, single, uncombed",
     "Пряжа хлопчатобумажная однониточная кардная",
     "Bir sapakly pagta ýüplügi", (700, 900), (17000, 22000), "carton"),
    ("610910", "Cotton T-shirts, knitted", "Футболки трикотажные хлопчатобумажные",
     "Pagtadan trikotaž futbolkalar", (600, 1200), (6000, 12000), "carton"),
    ("620342", "Men's cotton trousers", "Брюки мужские из хлопка",
     "Pagtadan erkek jalbarlary", (500, 1000), (6000, 12000), "carton"),
    ("630231", "Cotton bed linen", "Бельё постельное из хлопка",
     "Pagtadan ýorgan-düşek esbaplary", (500, 900), (7000, 13000), "carton"),
    ("630260", "Cotton terry towels", "Полотенца махровые хлопчатобумажные",
     "Pagtadan mahra polotensalar", (500, 900), (7000, 13000), "carton"),
    # 69–73 building materials, steel
    ("690721", "Ceramic floor tiles", "Плитка керамическая напольная",
     "Keramiki pol plitalary", (18, 24), (20000, 25000), "pallet"),
    ("721420", "Steel reinforcing bars", "Арматура стальная", "Polat armatura",
     (10, 20), (20000, 25000), "bundle"),
    ("730630", "Welded steel pipes", "Трубы стальные сварные",
     "Kebşirlenen polat turbalar", (20, 60), (18000, 24000), "bundle"),
    ("730419", "Seamless line pipe for oil and gas pipelines",
     "Трубы стальные бесшовные для нефте- и газопроводов",
     "Nebit-gaz geçirijiler üçin tikinsiz polat turbalar",
     (10, 30), (20000, 25000), "piece"),
    # 84–87 machinery, electrical goods, vehicle parts
    ("842952", "Excavator", "Экскаватор полноповоротный", "Ekskawator",
     (1, 1), (18000, 24000), "piece"),
    ("841370", "Centrifugal pumps", "Насосы центробежные",
     "Merkezden gaçyjy nasoslar", (10, 60), (3000, 12000), "crate"),
    ("848180", "Industrial valves", "Краны и клапаны промышленные",
     "Senagat klapanlary we zadwižkalary", (20, 80), (4000, 15000), "crate"),
    ("841821", "Household refrigerators", "Холодильники бытовые",
     "Öý sowadyjylary", (120, 200), (8000, 14000), "carton"),
    ("850440", "Static converters", "Статические преобразователи",
     "Statiki öwrüjiler", (50, 200), (2000, 8000), "carton"),
    ("854449", "Electric cables", "Кабели электрические", "Elektrik kabelleri",
     (10, 30), (8000, 20000), "drum"),
    ("870899", "Motor vehicle spare parts", "Запасные части для автомобилей",
     "Awtoulag ätiýaçlyk şaýlary", (200, 800), (4000, 14000), "carton"),
    # 94–95 furniture, toys
    ("940360", "Wooden furniture", "Мебель деревянная", "Agaç mebel",
     (150, 400), (5000, 12000), "package"),
    ("950300", "Toys", "Игрушки", "Oýunjaklar",
     (600, 1500), (4000, 9000), "carton"),
)

# ---------------------------------------------------------------------------
# Transit routes
# ---------------------------------------------------------------------------

ROUTE_FIELDS: tuple[str, ...] = ("route_en", "route_ru", "route_tk", "entry_bcp", "exit_bcp")

#: (description en, ru, tk, entry BCP code, exit BCP code)
ROUTES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Iran – Uzbekistan via Mary and Turkmenabat",
     "Иран – Узбекистан через Мары и Туркменабат",
     "Eýran – Özbegistan, Mary we Türkmenabat arkaly", "SRG", "FRB"),
    ("Iran – Uzbekistan via Ashgabat, Tejen, Mary and Turkmenabat",
     "Иран – Узбекистан через Ашхабад, Теджен, Мары и Туркменабат",
     "Eýran – Özbegistan, Aşgabat, Tejen, Mary we Türkmenabat arkaly", "GDN", "FRB"),
    ("Iran – Uzbekistan (Khorezm) via Ashgabat and Dashoguz",
     "Иран – Узбекистан (Хорезм) через Ашхабад и Дашогуз",
     "Eýran – Özbegistan (Horezm), Aşgabat we Daşoguz arkaly", "ART", "DSG"),
    ("Iran – Uzbekistan via Tejen, Mary and Turkmenabat",
     "Иран – Узбекистан через Теджен, Мары и Туркменабат",
     "Eýran – Özbegistan, Tejen, Mary we Türkmenabat arkaly", "ART", "FRB"),
    ("Afghanistan – Uzbekistan via Mary and Turkmenabat",
     "Афганистан – Узбекистан через Мары и Туркменабат",
     "Owganystan – Özbegistan, Mary we Türkmenabat arkaly", "SRH", "FRB"),
    ("Afghanistan – Uzbekistan via Kerki and Turkmenabat",
     "Афганистан – Узбекистан через Керки и Туркменабат",
     "Owganystan – Özbegistan, Kerki we Türkmenabat arkaly", "IMN", "FRB"),
    ("Uzbekistan – Caspian ferry via Turkmenabat, Mary, Ashgabat and Balkanabat",
     "Узбекистан – Каспийский паром через Туркменабат, Мары, Ашхабад и Балканабат",
     "Özbegistan – Hazar paromy, Türkmenabat, Mary, Aşgabat we Balkanabat arkaly",
     "FRB", "TMB"),
    ("Caspian ferry – Uzbekistan via Balkanabat, Ashgabat, Mary and Turkmenabat",
     "Каспийский паром – Узбекистан через Балканабат, Ашхабад, Мары и Туркменабат",
     "Hazar paromy – Özbegistan, Balkanabat, Aşgabat, Mary we Türkmenabat arkaly",
     "TMB", "FRB"),
    ("Caspian ferry – Iran via Balkanabat, Ashgabat and Tejen",
     "Каспийский паром – Иран через Балканабат, Ашхабад и Теджен",
     "Hazar paromy – Eýran, Balkanabat, Aşgabat we Tejen arkaly", "TMB", "SRG"),
    ("Iran – Caspian ferry via Ashgabat and Balkanabat",
     "Иран – Каспийский паром через Ашхабад и Балканабат",
     "Eýran – Hazar paromy, Aşgabat we Balkanabat arkaly", "GDN", "TMB"),
    ("Afghanistan – Caspian ferry (Lapis Lazuli corridor) via Mary, Ashgabat and Balkanabat",
     "Афганистан – Каспийский паром (коридор «Лазурит») через Мары, Ашхабад и Балканабат",
     "Owganystan – Hazar paromy («Lapis Lazuli» ulag geçelgesi), Mary, Aşgabat we "
     "Balkanabat arkaly", "SRH", "TMB"),
    ("Caspian ferry – Afghanistan (Lapis Lazuli corridor) via Ashgabat, Mary and Kerki",
     "Каспийский паром – Афганистан (коридор «Лазурит») через Ашхабад, Мары и Керки",
     "Hazar paromy – Owganystan («Lapis Lazuli» ulag geçelgesi), Aşgabat, Mary we "
     "Kerki arkaly", "TMB", "IMN"),
    ("Uzbekistan (Khorezm) – Iran via Ashgabat and Tejen",
     "Узбекистан (Хорезм) – Иран через Ашхабад и Теджен",
     "Özbegistan (Horezm) – Eýran, Aşgabat we Tejen arkaly", "DSG", "SRG"),
    ("Uzbekistan – Iran via Turkmenabat and Mary",
     "Узбекистан – Иран через Туркменабат и Мары",
     "Özbegistan – Eýran, Türkmenabat we Mary arkaly", "FRB", "SRG"),
    ("Uzbekistan – Afghanistan via Turkmenabat and Mary",
     "Узбекистан – Афганистан через Туркменабат и Мары",
     "Özbegistan – Owganystan, Türkmenabat we Mary arkaly", "FRB", "SRH"),
    ("Uzbekistan (Khorezm) – Uzbekistan (Bukhara) via Turkmenabat",
     "Узбекистан (Хорезм) – Узбекистан (Бухара) через Туркменабат",
     "Özbegistan (Horezm) – Özbegistan (Buhara), Türkmenabat arkaly", "DSG", "FRB"),
)

# ---------------------------------------------------------------------------
# Officers
# ---------------------------------------------------------------------------

OFFICER_FIELDS: tuple[str, ...] = (
    "username",
    "full_name_tk",
    "full_name_ru",
    "agency",
    "role",
    "badge_number",
)

#: (username, full name tk, full name ru, agency or None, role, badge number)
OFFICERS: tuple[tuple[str, str, str, str | None, str, str], ...] = (
    # Customs
    ("mgylyjow", "Merdan Gylyjow", "Мердан Гылыджов", "customs", "officer", "GS-10234"),
    ("agurbanowa", "Aýna Gurbanowa", "Айна Курбанова", "customs", "officer", "GS-10418"),
    ("dhallyyew", "Döwran Hallyýew", "Довран Халлыев", "customs", "officer", "GS-10577"),
    ("srejepow", "Serdar Rejepow", "Сердар Реджепов", "customs", "officer", "GS-10691"),
    ("mamanowa", "Maýsa Amanowa", "Майса Аманова", "customs", "officer", "GS-10752"),
    ("psaparow", "Perhat Saparow", "Перхат Сапаров", "customs", "officer", "GS-10863"),
    ("nmammedowa", "Nabat Mämmedowa", "Набат Маммедова", "customs", "officer", "GS-10920"),
    # Veterinary
    ("bmuradow", "Batyr Muradow", "Батыр Мурадов", "veterinary", "officer", "WT-20115"),
    ("gbabayewa", "Gözel Babaýewa", "Гёзель Бабаева", "veterinary", "officer", "WT-20142"),
    ("hdurdyyew", "Hemra Durdyýew", "Хемра Дурдыев", "veterinary", "officer", "WT-20188"),
    ("jkakayewa", "Jeren Kakaýewa", "Джерен Какаева", "veterinary", "officer", "WT-20203"),
    ("ajumayew", "Arslan Jumaýew", "Арслан Джумаев", "veterinary", "officer", "WT-20247"),
    # Phytosanitary
    ("ohojayewa", "Ogulgerek Hojaýewa", "Огулгерек Ходжаева", "phytosanitary", "officer",
     "FS-30061"),
    ("mannamyradow", "Mekan Annamyradow", "Мекан Аннамурадов", "phytosanitary", "officer",
     "FS-30074"),
    ("sbasimowa", "Selbi Bäşimowa", "Сельби Башимова", "phytosanitary", "officer",
     "FS-30098"),
    ("yrozyyew", "Ýusup Rozyýew", "Юсуп Розыев", "phytosanitary", "officer", "FS-30112"),
    ("lodayewa", "Läle Ödäýewa", "Ляле Одаева", "phytosanitary", "officer", "FS-30135"),
    # Sanitary-epidemiological
    ("kmeredow", "Kakajan Meredow", "Какаджан Мередов", "sanitary_epidemiological",
     "officer", "SE-40027"),
    ("bsoyunowa", "Bahar Söýünowa", "Бахар Союнова", "sanitary_epidemiological",
     "officer", "SE-40039"),
    ("nallaberdiyew", "Nurmuhammet Allaberdiýew", "Нурмухаммет Аллабердыев",
     "sanitary_epidemiological", "officer", "SE-40051"),
    ("dgeldiyewa", "Dursun Geldiýewa", "Дурсун Гельдыева", "sanitary_epidemiological",
     "officer", "SE-40066"),
    ("rnuryyew", "Rustam Nuryýew", "Рустам Нурыев", "sanitary_epidemiological",
     "officer", "SE-40084"),
    # Supervisors: the BCP chief (customs) and a shift supervisor of the joint team
    ("gtacmyradow", "Guwanç Täçmyradow", "Гуванч Тачмурадов", "customs", "supervisor",
     "GS-10001"),
    ("snazarowa", "Sülgün Nazarowa", "Сульгун Назарова", None, "supervisor", "SV-00012"),
    # Administrator
    ("admin", "Meret Ýazmyradow", "Мерет Язмурадов", None, "admin", "IT-00001"),
)

# ---------------------------------------------------------------------------
# Officer notes on findings
# ---------------------------------------------------------------------------

#: theme -> notes, each {"en", "ru", "tk"}
FINDING_NOTES: dict[str, list[dict[str, str]]] = {
    "seal_broken": [
        {
            "en": "Seal TM 004512 on the rear door cut; replaced with TM 119384 in the "
                  "presence of the driver.",
            "ru": "Пломба TM 004512 на задней двери перекушена; в присутствии водителя "
                  "заменена пломбой TM 119384.",
            "tk": "Yzky gapydaky TM 004512 belgili plomba kesilipdir; sürüjiniň huzurynda "
                  "TM 119384 belgili plomba bilen çalşyldy.",
        },
        {
            "en": "Seal body cracked, number legible; cargo space inspected, no signs of "
                  "tampering. Resealed with TM 220571.",
            "ru": "Корпус пломбы треснул, номер читается; грузовое отделение осмотрено, "
                  "признаков вскрытия нет. Наложена пломба TM 220571.",
            "tk": "Plombanyň korpusy çatlapdyr, belgisi okalýar; ýük bölümi barlandy, "
                  "açylandygynyň alamatlary ýok. TM 220571 belgili plomba salyndy.",
        },
        {
            "en": "TIR cord cut next to the seal; tarpaulin inspected, no shortage against "
                  "the CMR. New seal TM 331907 affixed.",
            "ru": "Трос TIR перерезан возле пломбы; тент осмотрен, недостачи по CMR не "
                  "выявлено. Наложена новая пломба TM 331907.",
            "tk": "TIR trosy plombanyň ýanynda kesilipdir; tent barlandy, CMR boýunça ýük "
                  "kemligi ýüze çykarylmady. Täze TM 331907 belgili plomba salyndy.",
        },
    ],
    "seal_missing": [
        {
            "en": "Seal UZ 0048213 stated in the transit declaration is missing from the "
                  "rear doors; the driver could not explain. Full unloading ordered.",
            "ru": "Указанная в транзитной декларации пломба UZ 0048213 на задних дверях "
                  "отсутствует; водитель объяснить не смог. Назначена полная выгрузка.",
            "tk": "Tranzit deklarasiýasynda görkezilen UZ 0048213 belgili plomba yzky "
                  "gapylarda ýok; sürüji düşündiriş berip bilmedi. Ýüküň doly düşürilmegi "
                  "bellenildi.",
        },
        {
            "en": "Only one of the two declared seals present; the side-door seal is "
                  "missing. Report drawn up, vehicle resealed.",
            "ru": "Из двух заявленных пломб в наличии одна; пломба на боковой двери "
                  "отсутствует. Составлен акт, транспортное средство опломбировано.",
            "tk": "Görkezilen iki plombadan diňe biri bar; gapdal gapydaky plomba ýok. "
                  "Akt düzüldi, ulag täzeden plombalandy.",
        },
        {
            "en": "No customs seal on the reefer container; the CMR states seal "
                  "CN 7730415. Vehicle escorted to the examination area.",
            "ru": "На рефрижераторном контейнере нет таможенной пломбы; в CMR указана "
                  "пломба CN 7730415. Транспортное средство сопровождено на площадку "
                  "досмотра.",
            "tk": "Refrižerator konteýnerinde gümrük plombasy ýok; CMR-de CN 7730415 "
                  "belgili plomba görkezilipdir. Ulag gümrük gözegçiliginde barlag "
                  "meýdançasyna getirildi.",
        },
    ],
    "temperature_high": [
        {
            "en": "Reefer set to −18 °C; core temperature of the frozen beef −9.4 °C at "
                  "three points. Reefer log shows a 6-hour power cut.",
            "ru": "Рефрижератор настроен на −18 °C; температура в толще замороженной "
                  "говядины −9,4 °C в трёх точках. По журналу рефрижератора — отключение "
                  "питания на 6 часов.",
            "tk": "Refrižerator −18 °C-a sazlanypdyr; doňdurylan sygyr etiniň içki "
                  "temperaturasy üç nokatda −9,4 °C. Refrižeratoryň ýazgysynda 6 sagatlyk "
                  "tok kesilmesi görkezilýär.",
        },
        {
            "en": "Chilled poultry at +7.8 °C against the required 0…+4 °C. Samples "
                  "taken; consignment held.",
            "ru": "Охлаждённое мясо птицы +7,8 °C при требуемых 0…+4 °C. Отобраны пробы, "
                  "груз задержан.",
            "tk": "Sowadylan towuk eti +7,8 °C, talap edilýäni 0…+4 °C. Nusgalar alyndy, "
                  "ýük saklanyldy.",
        },
        {
            "en": "Thermograph record missing for the last 20 hours of the journey; "
                  "product temperature within limits (−19.5 °C).",
            "ru": "Нет записи термографа за последние 20 часов пути; температура продукции "
                  "в норме (−19,5 °C).",
            "tk": "Ýoluň soňky 20 sagadynyň termograf ýazgysy ýok; önümiň temperaturasy "
                  "kadaly (−19,5 °C).",
        },
    ],
    "pests_found": [
        {
            "en": "Live larvae resembling Trogoderma granarium in 2 of 40 sampled bags of "
                  "rice. Samples sent to the laboratory.",
            "ru": "В 2 из 40 отобранных мешков риса обнаружены живые личинки, похожие на "
                  "Trogoderma granarium. Пробы направлены в лабораторию.",
            "tk": "Barlanan 40 halta tüwiniň ikisinde Trogoderma granarium-a meňzeş diri "
                  "liçinkalar tapyldy. Nusgalar laboratoriýa iberildi.",
        },
        {
            "en": "Codling moth (Cydia pomonella) larvae in apples: 3 infested fruits out "
                  "of 600 inspected.",
            "ru": "В яблоках обнаружены личинки яблонной плодожорки (Cydia pomonella): "
                  "3 поражённых плода из 600 осмотренных.",
            "tk": "Almalarda alma miwe gurçugynyň (Cydia pomonella) liçinkalary tapyldy: "
                  "barlanan 600 miwäniň üçüsi zeperlenipdir.",
        },
        {
            "en": "Live thrips at the base of the buds of cut roses; consignment directed "
                  "to fumigation.",
            "ru": "У основания бутонов срезанных роз обнаружены живые трипсы; груз "
                  "направлен на фумигацию.",
            "tk": "Kesilen bägülleriň gunçalarynyň düýbünde diri tripsler tapyldy; ýük "
                  "fumigasiýa iberildi.",
        },
        {
            "en": "Seeds of common ragweed (Ambrosia artemisiifolia) found in the wheat "
                  "sample; sample sealed for the laboratory.",
            "ru": "В пробе пшеницы обнаружены семена амброзии полыннолистной (Ambrosia "
                  "artemisiifolia); проба опечатана для лаборатории.",
            "tk": "Bugdaý nusgasynda ýowşan ýaprakly ambroziýanyň (Ambrosia "
                  "artemisiifolia) tohumlary tapyldy; nusga laboratoriýa üçin plombalandy.",
        },
    ],
    "ispm15_missing": [
        {
            "en": "12 wooden pallets without the ISPM 15 mark, bark on two of them. "
                  "Pallets to be replaced or treated before release.",
            "ru": "12 деревянных поддонов без маркировки ISPM 15, на двух — остатки коры. "
                  "До выпуска поддоны подлежат замене или обработке.",
            "tk": "12 sany agaç palletde ISPM 15 belgisi ýok, ikisinde gabyk galyndylary "
                  "bar. Goýberilmezden öň palletler çalşylmaly ýa-da zyýansyzlandyrylmaly.",
        },
        {
            "en": "ISPM 15 mark illegible on one face only; the opposite face reads "
                  "TR-34-0127 HT. Accepted.",
            "ru": "Маркировка ISPM 15 неразборчива только с одной стороны; на "
                  "противоположной читается TR-34-0127 HT. Принято.",
            "tk": "ISPM 15 belgisi diňe bir tarapda okalmaýar; garşy tarapda TR-34-0127 HT "
                  "okalýar. Kabul edildi.",
        },
        {
            "en": "Wooden crates around the machinery bear no IPPC mark; live wood-boring "
                  "insects found. Crates to be destroyed under supervision.",
            "ru": "На деревянной обрешётке оборудования нет знака IPPC; обнаружены живые "
                  "насекомые-ксилофаги. Обрешётка подлежит уничтожению под контролем.",
            "tk": "Enjamlaryň agaç gaplarynda IPPC belgisi ýok; agajy deşiji diri "
                  "mör-möjekler tapyldy. Agaç gaplar gözegçilik astynda ýok edilmeli.",
        },
    ],
    "documents_mismatch": [
        {
            "en": "Trailer plate in the CMR does not match the trailer; the registration "
                  "certificate confirms the actual plate. Clerical error recorded.",
            "ru": "Номер прицепа в CMR не совпадает с фактическим; свидетельство о "
                  "регистрации подтверждает фактический номер. Зафиксирована техническая "
                  "ошибка.",
            "tk": "CMR-däki tirkegiň belgisi hakyky belgä gabat gelmeýär; hasaba alyş "
                  "şahadatnamasy hakyky belgini tassyklaýar. Tehniki ýalňyşlyk bellenildi.",
        },
        {
            "en": "Invoice lists 1,200 cartons, packing list and CMR 1,120; 1,120 counted. "
                  "Corrected invoice requested from the exporter.",
            "ru": "В инвойсе указано 1200 коробок, в упаковочном листе и CMR — 1120; "
                  "фактически пересчитано 1120. У экспортёра запрошен исправленный инвойс.",
            "tk": "Hasap-fakturada 1200 karton görkezilýär, gaplama sanawynda we CMR-de — "
                  "1120; hakykatda 1120 sanaldy. Eksportçydan düzedilen hasap-faktura "
                  "talap edildi.",
        },
        {
            "en": "Veterinary certificate names establishment TR 35-0042; carton labels "
                  "show TR 35-0024.",
            "ru": "В ветеринарном сертификате указано предприятие TR 35-0042, на "
                  "этикетках коробок — TR 35-0024.",
            "tk": "Weterinariýa şahadatnamasynda kärhana TR 35-0042 diýlip görkezilipdir, "
                  "kartonlaryň ýarlyklarynda bolsa TR 35-0024.",
        },
        {
            "en": "Description 'spare parts' too general; the goods are hydraulic pumps "
                  "(HS 8413). Declaration to be amended.",
            "ru": "Описание «запасные части» слишком общее; фактически — гидравлические "
                  "насосы (ТН ВЭД 8413). Декларация подлежит корректировке.",
            "tk": "«Ätiýaçlyk şaýlary» diýen beýan gaty umumy; hakykatda gidrawlik "
                  "nasoslar (8413 haryt kody). Deklarasiýa düzedilmeli.",
        },
    ],
    "mass_discrepancy": [
        {
            "en": "Weighbridge gross 24,860 kg against 22,400 kg declared (+11 %). "
                  "Partial unloading ordered.",
            "ru": "Масса брутто по автовесам 24 860 кг при заявленных 22 400 кг (+11 %). "
                  "Назначена частичная выгрузка.",
            "tk": "Awtoterezi boýunça brutto agramy 24 860 kg, yglan edileni 22 400 kg "
                  "(+11 %). Ýüküň bölekleýin düşürilmegi bellenildi.",
        },
        {
            "en": "Gross mass 1.8 % below the declared figure, within tolerance; no "
                  "further action.",
            "ru": "Масса брутто на 1,8 % меньше заявленной, в пределах допуска; "
                  "дальнейших мер не требуется.",
            "tk": "Brutto agramy yglan edilenden 1,8 % az, rugsat edilýän çäkde; goşmaça "
                  "çäre gerek däl.",
        },
        {
            "en": "8 pallets more than declared found at the front of the semitrailer; "
                  "surplus recorded and detained.",
            "ru": "В передней части полуприцепа обнаружено на 8 поддонов больше "
                  "заявленного; излишки зафиксированы и задержаны.",
            "tk": "Ýarymtirkegiň öň böleginde yglan edilenden 8 pallet artyk tapyldy; "
                  "artykmaç harytlar hasaba alyndy we saklanyldy.",
        },
    ],
    "radiation_alarm": [
        {
            "en": "Portal gamma alarm. Secondary check: 0.42 µSv/h at the surface, "
                  "background 0.12 µSv/h; isotope K-40 (potash fertilizer). Natural "
                  "source, released.",
            "ru": "Срабатывание радиационного портала (гамма). Повторный контроль: "
                  "0,42 мкЗв/ч у поверхности при фоне 0,12 мкЗв/ч; изотоп K-40 (калийное "
                  "удобрение). Природный источник, выпуск разрешён.",
            "tk": "Radiasiýa portalynyň duýduryşy (gamma). Gaýtadan barlag: üstünde "
                  "0,42 µSv/sag, tebigy fon 0,12 µSv/sag; izotop K-40 (kaliý döküni). "
                  "Tebigy çeşme, goýberildi.",
        },
        {
            "en": "Portal alarm on ceramic tiles (naturally occurring radioactivity); "
                  "maximum 0.31 µSv/h against background 0.11 µSv/h, below the "
                  "investigation level. Released.",
            "ru": "Срабатывание портала на керамической плитке (природная "
                  "радиоактивность); максимум 0,31 мкЗв/ч при фоне 0,11 мкЗв/ч, ниже "
                  "контрольного уровня. Выпуск разрешён.",
            "tk": "Keramiki plitalarda portalyň duýduryşy (tebigy radioaktiwlik); iň ýokary "
                  "0,31 µSv/sag, tebigy fon 0,11 µSv/sag, gözegçilik derejesinden pes. "
                  "Goýberildi.",
        },
        {
            "en": "Dose rate 2.6 µSv/h at the rear left of the semitrailer, Cs-137 "
                  "suspected. Vehicle isolated, 10 m cordon, radiation safety service "
                  "notified.",
            "ru": "Мощность дозы 2,6 мкЗв/ч у задней левой части полуприцепа, "
                  "предположительно Cs-137. Транспортное средство изолировано, оцепление "
                  "10 м, уведомлена служба радиационной безопасности.",
            "tk": "Ýarymtirkegiň yzky çep böleginde doza kuwwaty 2,6 µSv/sag, Cs-137 "
                  "bolmagy ähtimal. Ulag aýratyn goýuldy, 10 m töweregi gorag astyna "
                  "alyndy, radiasiýa howpsuzlygy gullugyna habar berildi.",
        },
    ],
    "rodent_traces": [
        {
            "en": "Rodent droppings and gnawed bags at the front of the cargo space "
                  "(flour); 6 bags damaged. Deratization ordered.",
            "ru": "В передней части грузового отделения помёт грызунов и погрызенные "
                  "мешки (мука); повреждено 6 мешков. Назначена дератизация.",
            "tk": "Ýük bölüminiň öň tarapynda gemirijileriň tezegi we gemrilen haltalar "
                  "bar (un); 6 halta zeperlenipdir. Deratizasiýa bellenildi.",
        },
        {
            "en": "Live mouse seen in the cab sleeping compartment; cab and cargo space "
                  "deratized, certificate No. 117 issued.",
            "ru": "В спальном отсеке кабины замечена живая мышь; проведена дератизация "
                  "кабины и грузового отделения, выдано свидетельство № 117.",
            "tk": "Kabinanyň ýatylýan bölüminde diri syçan görüldi; kabinada we ýük "
                  "bölüminde deratizasiýa geçirildi, 117 belgili şahadatnama berildi.",
        },
        {
            "en": "Old rodent traces (dry droppings) in the empty semitrailer, no live "
                  "rodents. Cleaning and disinfection required before loading.",
            "ru": "В порожнем полуприцепе старые следы грызунов (сухой помёт), живых "
                  "грызунов нет. До погрузки требуются уборка и дезинфекция.",
            "tk": "Boş ýarymtirkekde gemirijileriň köne yzlary (guran tezek) bar, diri "
                  "gemiriji ýok. Ýük ýüklemezden öň arassalamak we dezinfeksiýa zerur.",
        },
    ],
    "label_missing": [
        {
            "en": "Confectionery cartons carry no labelling in Turkmen or Russian; shelf "
                  "life not stated.",
            "ru": "На коробках кондитерских изделий нет маркировки на туркменском или "
                  "русском языке; срок годности не указан.",
            "tk": "Konditer önümleriniň kartonlarynda türkmen ýa-da rus dilinde ýarlyk "
                  "ýok; ýaramlylyk möhleti görkezilmändir.",
        },
        {
            "en": "Health mark missing on 14 of 60 meat cartons checked.",
            "ru": "На 14 из 60 проверенных коробок с мясом отсутствует оттиск "
                  "ветеринарного клейма.",
            "tk": "Barlanan 60 karton etiň 14 sanysynda weterinariýa tamgasy ýok.",
        },
        {
            "en": "ADR class 8 hazard labels missing on 3 drums of caustic soda solution.",
            "ru": "На 3 бочках с раствором едкого натра отсутствуют знаки опасности "
                  "ДОПОГ класса 8.",
            "tk": "Kaustik soda ergini bolan 3 çelekde ADR-iň 8-nji synp howp belgileri ýok.",
        },
    ],
    "certificate_expired": [
        {
            "en": "Veterinary certificate valid for 10 days, issued 18 days ago. "
                  "Certificate not accepted.",
            "ru": "Ветеринарный сертификат действителен 10 дней, выдан 18 дней назад. "
                  "Сертификат не принят.",
            "tk": "Weterinariýa şahadatnamasy 10 günüň dowamynda hereket edýär, 18 gün ozal "
                  "berlipdir. Şahadatnama kabul edilmedi.",
        },
        {
            "en": "TIR carnet expired before acceptance at the customs office of "
                  "departure; carnet not accepted.",
            "ru": "Срок действия книжки МДП истёк до её принятия таможней отправления; "
                  "книжка не принята.",
            "tk": "TIR kitapçasynyň möhleti ugradyjy gümrük edarasynda kabul edilmezden öň "
                  "gutarypdyr; kitapça kabul edilmedi.",
        },
        {
            "en": "Driver's ADR training certificate expired on 11.01.2026.",
            "ru": "Срок действия свидетельства ДОПОГ о подготовке водителя истёк "
                  "11.01.2026.",
            "tk": "Sürüjiniň ADR taýýarlyk şahadatnamasynyň möhleti 11.01.2026 senesinde "
                  "gutarypdyr.",
        },
    ],
    "packaging_damaged": [
        {
            "en": "7 bags torn, about 150 kg of sugar spilled in the semitrailer; damaged "
                  "bags repacked in the presence of the driver.",
            "ru": "7 мешков порваны, около 150 кг сахара просыпано в полуприцепе; "
                  "повреждённые мешки переупакованы в присутствии водителя.",
            "tk": "7 halta ýyrtylypdyr, ýarymtirkegiň içine takmynan 150 kg şeker "
                  "dökülipdir; zeperlenen haltalar sürüjiniň huzurynda täzeden gaplandy.",
        },
        {
            "en": "Two pallets of tiles collapsed; about 40 boxes broken, entered in the "
                  "CMR reservations.",
            "ru": "Два поддона с плиткой развалились; разбито около 40 коробок, отмечено "
                  "в оговорках CMR.",
            "tk": "Iki pallet plita ýykylypdyr; takmynan 40 guty döwülipdir, CMR-iň "
                  "bellikler bölüminde görkezildi.",
        },
        {
            "en": "IBC of liquid fertilizer leaking; container isolated, spill covered "
                  "with sand.",
            "ru": "Протечка еврокуба с жидким удобрением; ёмкость изолирована, разлив "
                  "засыпан песком.",
            "tk": "Suwuk dökünli IBC gabyndan syzma bar; gap aýratyn goýuldy, dökülen "
                  "suwuklyk çäge bilen örtüldi.",
        },
    ],
    "animal_welfare": [
        {
            "en": "2 of 420 sheep dead on arrival, 5 lame. Space allowance insufficient "
                  "on the upper deck.",
            "ru": "2 из 420 овец пали в пути, 5 хромают. На верхнем ярусе недостаточная "
                  "площадь на голову.",
            "tk": "420 goýundan ikisi ýolda ölüpdir, bäşisi agsaýar. Ýokarky gatda her baş "
                  "mal üçin meýdan ýeterlik däl.",
        },
        {
            "en": "No water on board; journey log shows 19 hours since the last watering. "
                  "Animals watered and rested at the BCP.",
            "ru": "Воды на борту нет; по журналу перевозки с последнего поения прошло "
                  "19 часов. Животные напоены и отдохнули на пункте пропуска.",
            "tk": "Ulagda suw ýok; ýol žurnalyna görä soňky suwaryşdan bäri 19 sagat "
                  "geçipdir. Mallar serhet geçiş nokadynda suwaryldy we dynç aldyryldy.",
        },
        {
            "en": "Cattle fit for transport; ear tags checked on 20 of 38 head, all "
                  "matching the certificate.",
            "ru": "Крупный рогатый скот пригоден к перевозке; бирки проверены у 20 из "
                  "38 голов, все соответствуют сертификату.",
            "tk": "Iri şahly mallar daşamaga ýaramly; 38 baş malyň 20 sanysynyň gulak "
                  "belgileri barlandy, hemmesi şahadatnama laýyk gelýär.",
        },
    ],
    "adr_plates_missing": [
        {
            "en": "Front orange plate missing on the tractor; rear plate reads 80/1830 "
                  "(sulphuric acid). Driver instructed to fit it before departure.",
            "ru": "Спереди на тягаче отсутствует табличка оранжевого цвета; на задней "
                  "указано 80/1830 (серная кислота). Водителю предписано установить её до "
                  "отправления.",
            "tk": "Çekiji ulagyň öňünde mämişi tablisa ýok; yzky tablisada 80/1830 "
                  "(kükürt kislotasy) görkezilipdir. Sürüjä ugramazdan öň ony oturtmak "
                  "tabşyryldy.",
        },
        {
            "en": "UN 1203 (petrol) carried in IBCs without orange plates or instructions "
                  "in writing.",
            "ru": "UN 1203 (бензин) перевозится в еврокубах без табличек оранжевого цвета "
                  "и письменных инструкций.",
            "tk": "UN 1203 (benzin) IBC gaplarynda mämişi tablisasyz we ýazmaça "
                  "görkezmesiz daşalýar.",
        },
        {
            "en": "Orange plates blank although class 3 goods are declared; numbers "
                  "33/1993 required.",
            "ru": "Таблички оранжевого цвета без номеров, хотя заявлен груз класса 3; "
                  "требуются номера 33/1993.",
            "tk": "3-nji synp ýük yglan edilse-de, mämişi tablisalarda belgi ýok; 33/1993 "
                  "belgileri talap edilýär.",
        },
    ],
    "generic": [
        {
            "en": "Non-compliance recorded during the physical examination; the driver was informed and "
                  "gave a written explanation.",
            "ru": "Несоответствие выявлено при физическом досмотре; водитель уведомлён и дал письменное "
                  "объяснение.",
            "tk": "Fiziki barlagda laýyk gelmezlik ýüze çykaryldy; sürüjä habar berildi, ol ýazmaça düşündiriş "
                  "berdi.",
        },
        {
            "en": "Requirement not met; see the photo. The consignee's representative was informed by phone.",
            "ru": "Требование не выполнено; см. фото. Представитель получателя уведомлён по телефону.",
            "tk": "Talap ýerine ýetirilmedi; surata serediň. Alyjynyň wekiline telefon arkaly habar berildi.",
        },
    ],
}

# ---------------------------------------------------------------------------
# Decision remarks, amendment reasons, supervisor return comments
# ---------------------------------------------------------------------------

REMARKS: tuple[dict[str, str], ...] = (
    {
        "en": "Released after documentary and identity checks.",
        "ru": "Выпуск разрешён после документарной проверки и проверки идентичности.",
        "tk": "Resminama we identifikasiýa barlaglaryndan soň goýberildi.",
    },
    {
        "en": "Samples sent to the central laboratory in Ashgabat; consignment held "
              "pending results.",
        "ru": "Пробы направлены в центральную лабораторию в Ашхабаде; груз задержан до "
              "получения результатов.",
        "tk": "Nusgalar Aşgabatdaky merkezi laboratoriýa iberildi; netijeler alnyança ýük "
              "saklanylýar.",
    },
    {
        "en": "Released after physical examination; goods correspond to the declaration.",
        "ru": "Выпуск разрешён после физического досмотра; товары соответствуют "
              "декларации.",
        "tk": "Fiziki barlagdan soň goýberildi; harytlar deklarasiýa laýyk gelýär.",
    },
    {
        "en": "Released on condition that the consignment is delivered under seal to the "
              "consignee's warehouse for follow-up inspection.",
        "ru": "Выпуск разрешён при условии доставки груза под пломбой на склад "
              "получателя для последующего контроля.",
        "tk": "Ýüküň plombaly ýagdaýda alyjynyň ammaryna eltilip, soňra barlanmagy şerti "
              "bilen goýberildi.",
    },
    {
        "en": "Fumigation required before release; treatment certificate to be presented.",
        "ru": "До выпуска требуется фумигация; необходимо представить свидетельство об "
              "обработке.",
        "tk": "Goýbermezden öň fumigasiýa zerur; zyýansyzlandyryş barada şahadatnama "
              "görkezilmeli.",
    },
    {
        "en": "Vehicle disinfected at the disinfection site; released.",
        "ru": "Транспортное средство продезинфицировано на дезинфекционной площадке; "
              "выпуск разрешён.",
        "tk": "Ulag dezinfeksiýa meýdançasynda zyýansyzlandyryldy; goýberildi.",
    },
    {
        "en": "Entry refused: poultry meat from a region under restrictions for avian "
              "influenza.",
        "ru": "Во ввозе отказано: мясо птицы из региона, на который введены ограничения "
              "по гриппу птиц.",
        "tk": "Girmäge rugsat berilmedi: towuk eti guş dümewi sebäpli çäklendirme "
              "girizilen sebitden.",
    },
    {
        "en": "Returned to the country of export at the carrier's expense.",
        "ru": "Возвращён в страну экспорта за счёт перевозчика.",
        "tk": "Daşaýjynyň hasabyna eksport eden ýurduna yzyna gaýtaryldy.",
    },
    {
        "en": "Detained: undeclared goods found; materials handed over to the "
              "enforcement unit.",
        "ru": "Задержан: обнаружены незадекларированные товары; материалы переданы в "
              "правоохранительное подразделение.",
        "tk": "Saklanyldy: yglan edilmedik harytlar tapyldy; materiallar hukuk goraýjy "
              "bölüme berildi.",
    },
    {
        "en": "Consignment destroyed by incineration in the presence of the commission; "
              "report No. 0042.",
        "ru": "Груз уничтожен путём сжигания в присутствии комиссии; акт № 0042.",
        "tk": "Ýük komissiýanyň huzurynda ýakylyp ýok edildi; 0042 belgili akt.",
    },
    {
        "en": "Released for transit; exit via Farap within 72 hours.",
        "ru": "Выпущен для транзита; выезд через Фарап в течение 72 часов.",
        "tk": "Tranzit üçin goýberildi; 72 sagadyň dowamynda Farap arkaly çykmaly.",
    },
    {
        "en": "Blue lane: released, post-clearance audit scheduled.",
        "ru": "Синий коридор: выпуск разрешён, назначен последующий контроль.",
        "tk": "Gök koridor: goýberildi, soňraky gözegçilik meýilleşdirildi.",
    },
)

AMENDMENT_REASONS: tuple[dict[str, str], ...] = (
    {
        "en": "Typing error in the trailer plate corrected.",
        "ru": "Исправлена опечатка в номере прицепа.",
        "tk": "Tirkegiň belgisindäki ýazuw ýalňyşlygy düzedildi.",
    },
    {
        "en": "Gross mass corrected after re-weighing on the weighbridge.",
        "ru": "Масса брутто исправлена после повторного взвешивания на автовесах.",
        "tk": "Awtoterezide gaýtadan çekilenden soň brutto agramy düzedildi.",
    },
    {
        "en": "Laboratory results received; decision updated.",
        "ru": "Получены результаты лабораторных исследований; решение обновлено.",
        "tk": "Laboratoriýa netijeleri alyndy; karar täzelendi.",
    },
    {
        "en": "Commodity code corrected at the declarant's request on the basis of the "
              "invoice.",
        "ru": "Код товара исправлен по заявлению декларанта на основании инвойса.",
        "tk": "Deklarantyň haýyşy boýunça hasap-fakturanyň esasynda haryt kody düzedildi.",
    },
    {
        "en": "Photograph of the replaced seal attached.",
        "ru": "Приложена фотография заменённой пломбы.",
        "tk": "Çalşylan plombanyň suraty goşuldy.",
    },
    {
        "en": "Consignee name corrected according to the CMR.",
        "ru": "Наименование получателя исправлено в соответствии с CMR.",
        "tk": "Alyjynyň ady CMR-e laýyklykda düzedildi.",
    },
)

RETURN_COMMENTS: tuple[dict[str, str], ...] = (
    {
        "en": "Seal replacement recorded without the new seal number; please complete.",
        "ru": "Замена пломбы отражена без номера новой пломбы; просьба дополнить.",
        "tk": "Plombanyň çalşylandygy ýazylypdyr, emma täze plombanyň belgisi ýok; "
              "doldurmagyňyzy haýyş edýärin.",
    },
    {
        "en": "Decision 'release' contradicts the non-compliant temperature item; please "
              "review.",
        "ru": "Решение «выпуск» противоречит несоответствию по пункту о температуре; "
              "просьба пересмотреть.",
        "tk": "«Goýbermek» karary temperatura baradaky laýyk gelmeýän bente ters gelýär; "
              "täzeden seretmegiňizi haýyş edýärin.",
    },
    {
        "en": "Photographs of the ISPM 15 marks are missing; please attach them.",
        "ru": "Нет фотографий маркировки ISPM 15; просьба приложить.",
        "tk": "ISPM 15 belgileriniň suratlary ýok; goşmagyňyzy haýyş edýärin.",
    },
    {
        "en": "Sample size for the pest inspection is not stated.",
        "ru": "Не указан объём выборки при осмотре на вредителей.",
        "tk": "Zyýankeşlere barlag üçin saýlanan nusganyň möçberi görkezilmändir.",
    },
    {
        "en": "Driver's passport number differs from the scanned passport page; please "
              "check.",
        "ru": "Номер паспорта водителя не совпадает со сканированной страницей паспорта; "
              "просьба проверить.",
        "tk": "Sürüjiniň pasport belgisi skanirlenen pasport sahypasyndakydan "
              "tapawutlanýar; barlamagyňyzy haýyş edýärin.",
    },
    {
        "en": "State the reason for 'not inspected' on the radiation item.",
        "ru": "Укажите причину отметки «не проверялось» по пункту радиационного контроля.",
        "tk": "Radiasiýa gözegçiligi bendindäki «barlanmady» belliginiň sebäbini "
              "görkeziň.",
    },
)


def text(entry: dict[str, str], lang: str) -> str:
    """Return ``entry`` in ``lang``, falling back to English."""
    return entry.get(lang) or entry["en"]
