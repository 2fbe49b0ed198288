"""The core's texts in English, Russian and Turkmen: vocabulary, validation,
checklists, accounts, lifecycle, audit, database and the command line.

Keys are ``area.name``; ``{placeholders}`` are filled by :func:`inspector.domain.i18n.tr`.
Enum labels use ``<enum class in lower case>.<value>`` (``decision.detain``).
Have a native speaker review the Turkmen before release (see DOMAIN.md).
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m


# -- vocabulary -----------------------------------------------------------------
_m("agency.customs", "Customs", "Таможня", "Gümrük")
_m("agency.veterinary", "Veterinary", "Ветеринарный контроль", "Weterinariýa gözegçiligi")
_m("agency.phytosanitary", "Phytosanitary", "Фитосанитарный контроль", "Fitosanitariýa gözegçiligi")
_m("agency.sanitary_epidemiological", "Sanitary-epidemiological", "Санитарно-эпидемиологический контроль",
   "Sanitariýa-epidemiologiýa gözegçiligi")
# short names, where the full ones do not fit (tabs of the inspection window, list columns)
_m("agency.short.customs", "Customs", "Таможня", "Gümrük")
_m("agency.short.veterinary", "Veterinary", "Ветконтроль", "Weterinariýa")
_m("agency.short.phytosanitary", "Phytosanitary", "Фитоконтроль", "Fitosanitariýa")
_m("agency.short.sanitary_epidemiological", "San-epid", "Санэпидконтроль", "Sanepid")
_m("role.officer", "Officer", "Должностное лицо", "Wezipeli adam")
_m("role.supervisor", "Supervisor", "Начальник смены", "Smena başlygy")
_m("role.admin", "Administrator", "Администратор", "Administrator")
_m("direction.entry", "Entry", "Въезд", "Giriş")
_m("direction.exit", "Exit", "Выезд", "Çykyş")
_m("direction.transit", "Transit", "Транзит", "Tranzit")
_m("procedure.import", "Import", "Импорт", "Import")
_m("procedure.export", "Export", "Экспорт", "Eksport")
_m("procedure.tir_transit", "TIR transit", "Транзит МДП", "TIR tranziti")
_m("procedure.national_transit", "National transit", "Национальный транзит", "Milli tranzit")
_m("risklane.green", "Green", "Зелёный", "Ýaşyl")
_m("risklane.yellow", "Yellow", "Жёлтый", "Sary")
_m("risklane.red", "Red", "Красный", "Gyzyl")
_m("risklane.blue", "Blue", "Синий", "Gök")
_m("documenttype.cmr", "CMR consignment note", "Накладная CMR", "CMR ýük haty")
_m("documenttype.tir_carnet", "TIR carnet", "Книжка МДП", "TIR kitapçasy")
_m("documenttype.transit_declaration", "Transit declaration", "Транзитная декларация", "Tranzit deklarasiýasy")
_m("documenttype.invoice", "Invoice", "Инвойс", "Hasap-faktura")
_m("documenttype.packing_list", "Packing list", "Упаковочный лист", "Gaplama sanawy")
_m("documenttype.veterinary_certificate", "Veterinary certificate", "Ветеринарный сертификат",
   "Weterinariýa şahadatnamasy")
_m("documenttype.phytosanitary_certificate", "Phytosanitary certificate", "Фитосанитарный сертификат",
   "Fitosanitariýa şahadatnamasy")
_m("documenttype.health_certificate", "Health certificate", "Санитарный сертификат", "Saglyk şahadatnamasy")
_m("documenttype.other", "Other document", "Другой документ", "Beýleki resminama")
_m("sealstatus.intact", "Intact", "Не нарушена", "Bitin")
_m("sealstatus.broken", "Broken", "Нарушена", "Bozulan")
_m("sealstatus.missing", "Missing", "Отсутствует", "Ýok")
_m("sealstatus.replaced", "Replaced", "Заменена", "Çalşyryldy")
_m("status.draft", "Draft", "Черновик", "Garalama")
_m("status.in_progress", "In progress", "В работе", "Işlenýär")
_m("status.completed", "Completed", "Завершено", "Tamamlandy")
_m("status.finalized", "Finalized", "Оформлено", "Tassyklandy")
_m("status.approved", "Approved", "Утверждено", "Makullandy")
_m("status.returned", "Returned", "Возвращено", "Yzyna gaýtaryldy")
_m("decision.release", "Release", "Выпуск", "Goýbermek")
_m("decision.release_conditional", "Conditional release", "Условный выпуск", "Şertli goýbermek")
_m("decision.treatment_required", "Treatment required", "Требуется обработка", "Işläp bejermek zerur")
_m("decision.hold_for_lab", "Hold for laboratory", "Задержка до результатов лаборатории",
   "Laboratoriýa netijesine çenli saklamak")
_m("decision.detain", "Detain", "Задержание", "Saklamak")
_m("decision.return_to_origin", "Return to origin", "Возврат отправителю", "Iberijä yzyna gaýtarmak")
_m("decision.refuse_entry", "Refuse entry", "Отказ во въезде", "Girmäge rugsat bermezlik")
_m("decision.destroy", "Destroy", "Уничтожение", "Ýok etmek")
_m("severity.critical", "Critical", "Критическое", "Çynlakaý")
_m("severity.major", "Major", "Существенное", "Möhüm")
_m("severity.minor", "Minor", "Незначительное", "Ownuk")
_m("reviewoutcome.approved", "Approved", "Утверждено", "Makullandy")
_m("reviewoutcome.returned", "Returned for correction", "Возвращено на доработку",
   "Düzetmek üçin yzyna gaýtaryldy")
_m("questiontype.yes_no", "Yes / no", "Да / нет", "Hawa / ýok")
_m("questiontype.yes_no_na", "Yes / no / not applicable", "Да / нет / неприменимо",
   "Hawa / ýok / degişli däl")
_m("questiontype.choice", "Choice", "Выбор", "Saýlaw")
_m("questiontype.multi_choice", "Multiple choice", "Множественный выбор", "Köp saýlaw")
_m("questiontype.number", "Number", "Число", "San")
_m("questiontype.text", "Text", "Текст", "Tekst")
_m("questiontype.date", "Date", "Дата", "Sene")
_m("questiontype.photo", "Photo", "Фото", "Surat")

# -- field validation -----------------------------------------------------------------
_m("validation.not_text", "{field}: text expected", "{field}: ожидается текст", "{field}: tekst garaşylýar")
_m("validation.required", "{field}: required", "{field}: обязательное поле", "{field}: hökmany meýdan")
_m("validation.too_long", "{field}: at most {max} characters", "{field}: не более {max} символов",
   "{field}: iň köp {max} nyşan")
_m("validation.control_chars", "{field}: contains control characters ({code}); only notes may have new lines and tabs",
   "{field}: содержит управляющие символы ({code}); перевод строки и табуляция допустимы только в примечаниях",
   "{field}: dolandyryş nyşanlaryny saklaýar ({code}); täze setir we tabulýasiýa diňe belliklerde bolup biler")
_m("validation.invisible_chars",
   "{field}: contains an invisible or text-direction character ({code}); retype the text",
   "{field}: содержит невидимый символ или символ смены направления текста ({code}); наберите текст заново",
   "{field}: görünmeýän ýa-da tekstiň ugruny üýtgedýän nyşany saklaýar ({code}); teksti täzeden ýazyň")
_m("validation.surrogate", "{field}: contains a broken character ({code}, half of a pair); retype the text",
   "{field}: содержит повреждённый символ ({code}, половина пары); наберите текст заново",
   "{field}: zaýalanan nyşany saklaýar ({code}, jübütiň ýarysy); teksti täzeden ýazyň")
_m("validation.plate", "{field}: “{value}” is not a vehicle plate (Latin letters, digits, spaces and hyphens)",
   "{field}: «{value}» — не номерной знак (латинские буквы, цифры, пробелы и дефисы)",
   "{field}: «{value}» ulag belgisi däl (latyn harplary, sanlar, boşluklar we defisler)")
_m("validation.hs_code", "{field}: “{value}” is not an HS code (4 to 10 digits, chapter 01–97)",
   "{field}: «{value}» — не код ТН ВЭД (от 4 до 10 цифр, группа 01–97)",
   "{field}: «{value}» HS kody däl (4-den 10-a çenli san, topar 01–97)")
_m("validation.country", "{field}: “{value}” is not an ISO 3166 country code (two letters)",
   "{field}: «{value}» — не код страны ISO 3166 (две буквы)",
   "{field}: «{value}» ISO 3166 ýurt kody däl (iki harp)")
_m("validation.number", "{field}: “{value}” is not a number", "{field}: «{value}» — не число",
   "{field}: «{value}» san däl")
_m("validation.number_too_long", "{field}: “{value}” has too many digits (at most {max})",
   "{field}: в «{value}» слишком много цифр (не более {max})",
   "{field}: «{value}» sanynda san belgileri gaty köp (iň köp {max})")
_m("validation.decimals", "{field}: at most {decimals} decimal places",
   "{field}: не более {decimals} знаков после запятой", "{field}: otudan soň iň köp {decimals} san")
_m("validation.below_min", "{field}: the value is below the minimum {min}",
   "{field}: значение меньше минимума {min}", "{field}: baha iň az {min} bahadan kiçi")
_m("validation.above_max", "{field}: the value is above the maximum {max}",
   "{field}: значение больше максимума {max}", "{field}: baha iň köp {max} bahadan uly")
_m("validation.integer", "{field}: “{value}” is not a whole number", "{field}: «{value}» — не целое число",
   "{field}: «{value}» bitin san däl")
_m("validation.mass_positive", "{field}: the mass must be above zero", "{field}: масса должна быть больше нуля",
   "{field}: agram noldan uly bolmaly")
_m("validation.mass_rounds_to_zero", "{field}: {value} kg is less than one gram; give the mass in kilograms",
   "{field}: {value} кг — меньше одного грамма; укажите массу в килограммах",
   "{field}: {value} kg bir gramdan az; agramy kilogramda görkeziň")
_m("validation.mass_too_large", "{field}: {value} kg is more than {max} kg",
   "{field}: {value} кг больше {max} кг", "{field}: {value} kg {max} kg-dan köp")
_m("validation.packages", "{field}: the number of packages must be between 1 and {max}",
   "{field}: число мест должно быть от 1 до {max}", "{field}: gaplaryň sany 1-den {max}-e çenli bolmaly")
_m("validation.date", "{field}: “{value}” is not a date (YYYY-MM-DD)", "{field}: «{value}» — не дата (ГГГГ-ММ-ДД)",
   "{field}: «{value}» sene däl (ÝÝÝÝ-AA-GG)")
_m("validation.year_range", "{field}: “{value}” is outside the years {min}–{max}",
   "{field}: «{value}» вне диапазона {min}–{max} гг.", "{field}: «{value}» {min}–{max} ýyllaryň çäginden daşarda")
_m("validation.timestamp", "{field}: “{value}” is not a date and time (ISO 8601)",
   "{field}: «{value}» — не дата и время (ISO 8601)", "{field}: «{value}» sene we wagt däl (ISO 8601)")
_m("validation.timestamp_offset", "{field}: “{value}” needs a time zone offset, e.g. +05:00",
   "{field}: для «{value}» нужно смещение часового пояса, например +05:00",
   "{field}: «{value}» üçin sagat guşagynyň süýşmesi gerek, meselem +05:00")
_m("validation.release_before_arrival", "The release time is before the arrival time",
   "Время выпуска раньше времени прибытия", "Goýberiş wagty geliş wagtyndan öň")
_m("validation.deadline_before_arrival", "The transit deadline is before the arrival time",
   "Срок транзита раньше времени прибытия", "Tranzit möhleti geliş wagtyndan öň")
_m("validation.choice", "{field}: “{value}” is not one of: {allowed}", "{field}: «{value}» не из списка: {allowed}",
   "{field}: «{value}» sanawda ýok: {allowed}")
_m("validation.bcp", "{field}: “{value}” is not a BCP code (three letters)",
   "{field}: «{value}» — не код пункта пропуска (три буквы)",
   "{field}: «{value}» serhet geçiş nokadynyň kody däl (üç harp)")
_m("validation.bcp_unknown", "{field}: “{value}” is not a BCP of this service (known: {known})",
   "{field}: «{value}» — неизвестный пункт пропуска (известны: {known})",
   "{field}: «{value}» näbelli serhet geçiş nokady (bellileri: {known})")
_m("validation.hs_code_text", "{field}: the HS code must be written as text in quotes, e.g. \"0202300000\" (not {value})",
   "{field}: код ТН ВЭД пишется текстом в кавычках, например \"0202300000\" (а не {value})",
   "{field}: HS kody dyrnakda tekst hökmünde ýazylmaly, meselem \"0202300000\" ({value} däl)")
_m("validation.unknown_keys", "{field}: unknown key(s) {keys}; only {allowed} can be given",
   "{field}: неизвестные ключи {keys}; допускаются только {allowed}",
   "{field}: näbelli açarlar {keys}; diňe {allowed} berlip bilner")
_m("validation.object", "{field}: an object with named fields expected", "{field}: ожидается объект с полями",
   "{field}: meýdanly obýekt garaşylýar")
_m("validation.list", "{field}: a list expected", "{field}: ожидается список", "{field}: sanaw garaşylýar")
_m("validation.too_many", "{field}: at most {max} entries", "{field}: не более {max} записей",
   "{field}: iň köp {max} ýazgy")
_m("validation.seal_new_number", "{field}: a replaced seal needs the new seal number",
   "{field}: для заменённой пломбы нужен номер новой пломбы",
   "{field}: çalşyrylan möhür üçin täze möhüriň belgisi gerek")

# -- answers -------------------------------------------------------------------------
_m("answer.one_of", "{field}: answer {allowed}", "{field}: ответ {allowed}", "{field}: jogap {allowed}")
_m("answer.option", "{field}: “{value}” is not an option of this item",
   "{field}: «{value}» нет среди вариантов", "{field}: «{value}» bu soragyň wariantlarynda ýok")
_m("answer.options_list", "{field}: a list of options expected", "{field}: ожидается список вариантов",
   "{field}: wariantlaryň sanawy garaşylýar")
_m("answer.duplicate_option", "{field}: an option is chosen twice", "{field}: вариант выбран дважды",
   "{field}: wariant iki gezek saýlandy")
_m("answer.exclusive_option", "{field}: “{option}” cannot be chosen together with other options",
   "{field}: «{option}» нельзя выбирать вместе с другими вариантами",
   "{field}: «{option}» beýleki wariantlar bilen bilelikde saýlanyp bilinmez")
_m("answer.text", "{field}: text expected", "{field}: ожидается текст", "{field}: tekst garaşylýar")
_m("answer.date", "{field}: “{value}” is not a date (YYYY-MM-DD)", "{field}: «{value}» — не дата (ГГГГ-ММ-ДД)",
   "{field}: «{value}» sene däl (ÝÝÝÝ-AA-GG)")
_m("answer.photos", "{field}: a list of photo references expected", "{field}: ожидается список ссылок на фото",
   "{field}: suratlara salgylaryň sanawy garaşylýar")
_m("answer.too_many_photos", "{field}: at most {max} photos", "{field}: не более {max} фото",
   "{field}: iň köp {max} surat")
_m("answer.photo_unknown", "{field}: photo {hash}… is not attached to this inspection",
   "{field}: фото {hash}… не приложено к этому досмотру", "{field}: {hash}… surat bu barlaga goşulmadyk")

# -- checklist files -------------------------------------------------------------------
_m("checklist.too_large", "the file is larger than {kib} KiB", "файл больше {kib} КиБ", "faýl {kib} KiB-dan uly")
_m("checklist.not_utf8", "not UTF-8 text (byte {offset})", "не текст UTF-8 (байт {offset})",
   "UTF-8 tekst däl ({offset}-nji baýt)")
_m("checklist.invalid_yaml", "invalid YAML: {detail}", "ошибка YAML: {detail}", "nädogry YAML: {detail}")
_m("checklist.empty", "the file is empty", "файл пуст", "faýl boş")
_m("checklist.unreadable", "cannot read the file: {reason}", "не удаётся прочитать файл: {reason}",
   "faýly okap bolmaýar: {reason}")
_m("checklist.alias", "anchors and aliases are not allowed", "якоря и ссылки YAML не допускаются",
   "YAML çapalaryna we salgylaryna rugsat ýok")
_m("checklist.too_deep", "nested too deeply", "слишком глубокая вложенность", "gaty çuň ýerleşdirilen")
_m("checklist.tag", "YAML tags are not allowed ({tag})", "теги YAML не допускаются ({tag})",
   "YAML tegleri rugsat edilmeýär ({tag})")
_m("checklist.key_not_name", "keys must be plain names", "ключи должны быть простыми именами",
   "açarlar ýönekeý atlar bolmaly")
_m("checklist.merge_key", "merge keys (<<) are not allowed", "ключи слияния (<<) не допускаются",
   "birleşdiriş açarlaryna (<<) rugsat ýok")
_m("checklist.duplicate_key", "duplicate key “{key}”", "повторяющийся ключ «{key}»", "gaýtalanýan açar «{key}»")
_m("checklist.expected_mapping", "a mapping (key: value) expected", "ожидается словарь (ключ: значение)",
   "sözlük (açar: baha) garaşylýar")
_m("checklist.unknown_key", "unknown key “{key}”", "неизвестный ключ «{key}»", "näbelli açar «{key}»")
_m("checklist.missing", "“{key}” is missing", "отсутствует «{key}»", "«{key}» ýok")
_m("checklist.bad_id", "{what} “{value}” must match [a-z][a-z0-9_]*",
   "{what} «{value}» должен соответствовать [a-z][a-z0-9_]*", "{what} «{value}» [a-z][a-z0-9_]* görnüşde bolmaly")
_m("checklist.expected_localized", "a text in each language expected ({{en: …, ru: …, tk: …}})",
   "ожидается текст на каждом языке ({{en: …, ru: …, tk: …}})",
   "her dilde tekst garaşylýar ({{en: …, ru: …, tk: …}})")
_m("checklist.missing_translation", "missing “{lang}” text", "нет текста на «{lang}»", "«{lang}» tekst ýok")
_m("checklist.text_expected", "a text expected (not {value}): put it in quotes",
   "ожидается текст (а не {value}): заключите его в кавычки", "tekst garaşylýar ({value} däl): ony dyrnaga alyň")
_m("checklist.unlisted_language", "language “{lang}” is not in languages", "языка «{lang}» нет в languages",
   "«{lang}» dili languages sanawynda ýok")
_m("checklist.bad_text", "text longer than {max} characters", "текст длиннее {max} символов",
   "{max} nyşandan uzyn tekst")
_m("checklist.bad_character", "text with a control, invisible or text-direction character ({code})",
   "текст с управляющим, невидимым символом или символом смены направления ({code})",
   "dolandyryş, görünmeýän ýa-da tekstiň ugruny üýtgedýän nyşanly tekst ({code})")
_m("checklist.number_range", "{key} must lie between -10^15 and 10^15, with at most 15 digits (not “{value}”)",
   "{key} должен лежать между -10^15 и 10^15 и иметь не более 15 цифр (а не «{value}»)",
   "{key} -10^15 bilen 10^15 aralygynda bolmaly we iň köp 15 san belgisi bolmaly («{value}» däl)")
_m("checklist.no_number_fits", "no number with {decimals} decimal place(s) lies between min and max",
   "между min и max нет ни одного числа с {decimals} знаками после запятой",
   "min bilen max aralygynda otudan soň {decimals} sanly hiç bir san ýok")
_m("checklist.bad_choice", "{what} “{value}” is not one of: {allowed}", "{what} «{value}» не из списка: {allowed}",
   "{what} «{value}» sanawda ýok: {allowed}")
_m("checklist.expected_bool", "{key} must be true or false (not “{value}”)",
   "{key} должен быть true или false (а не «{value}»)", "{key} true ýa-da false bolmaly («{value}» däl)")
_m("checklist.expected_number", "{key} must be a number (not “{value}”)", "{key} должен быть числом (а не «{value}»)",
   "{key} san bolmaly («{value}» däl)")
_m("checklist.bad_format", "format “{value}” is not {expected}", "формат «{value}» — не {expected}",
   "«{value}» formaty {expected} däl")
_m("checklist.bad_version", "version “{value}” must be a quoted string of numbers and dots, e.g. \"2026.1\"",
   "версия «{value}» должна быть строкой в кавычках из чисел и точек, например \"2026.1\"",
   "«{value}» wersiýa dyrnakdaky san we nokat setiri bolmaly, meselem \"2026.1\"")
_m("checklist.bad_languages", "languages must be a list such as [en, ru, tk]",
   "languages должен быть списком, например [en, ru, tk]", "languages [en, ru, tk] ýaly sanaw bolmaly")
_m("checklist.bad_language", "language “{value}” is not one of: {allowed}", "язык «{value}» не из списка: {allowed}",
   "«{value}» dili sanawda ýok: {allowed}")
_m("checklist.duplicate_language", "language “{value}” is listed twice", "язык «{value}» указан дважды",
   "«{value}» dili iki gezek görkezilen")
_m("checklist.english_required", "languages must include en", "languages должен включать en",
   "languages sanawynda en bolmaly")
_m("checklist.applies_when_one", "applies_when needs exactly one of always or hs_chapters",
   "в applies_when нужен ровно один из ключей always или hs_chapters",
   "applies_when-de always ýa-da hs_chapters açarlarynyň diňe biri bolmaly")
_m("checklist.always_true", "always must be true", "always должен быть true", "always true bolmaly")
_m("checklist.hs_chapters", "hs_chapters must be a non-empty list", "hs_chapters должен быть непустым списком",
   "hs_chapters boş däl sanaw bolmaly")
_m("checklist.hs_chapter", "“{value}” is not an HS chapter (quoted, \"01\" to \"97\")",
   "«{value}» — не группа ТН ВЭД (в кавычках, от \"01\" до \"97\")",
   "«{value}» HS topary däl (dyrnakda, \"01\"-den \"97\"-ä çenli)")
_m("checklist.outcomes_list", "outcomes must be a non-empty list of decisions",
   "outcomes должен быть непустым списком решений", "outcomes kararlaryň boş däl sanawy bolmaly")
_m("checklist.duplicate_value", "“{value}” is listed twice", "«{value}» указано дважды",
   "«{value}» iki gezek görkezilen")
_m("checklist.release_required", "outcomes must include release", "outcomes должен включать release",
   "outcomes sanawynda release bolmaly")
_m("checklist.sections_list", "sections must be a non-empty list", "sections должен быть непустым списком",
   "sections boş däl sanaw bolmaly")
_m("checklist.duplicate_section", "section id “{id}” is used twice", "id раздела «{id}» использован дважды",
   "«{id}» bölüm id-si iki gezek ulanylýar")
_m("checklist.items_list", "items must be a non-empty list", "items должен быть непустым списком",
   "items boş däl sanaw bolmaly")
_m("checklist.too_many_items", "more than {max} items", "больше {max} пунктов", "{max}-dan köp sorag")
_m("checklist.duplicate_item", "item id “{id}” is used twice", "id пункта «{id}» использован дважды",
   "«{id}» sorag id-si iki gezek ulanylýar")
_m("checklist.key_not_for_type", "{key} does not apply to type {type}", "{key} неприменим к типу {type}",
   "{key} {type} görnüşe degişli däl")
_m("checklist.options_list", "options must list at least two {{value, label}} entries",
   "options должен содержать не менее двух записей {{value, label}}",
   "options iň azyndan iki {{value, label}} ýazgyny saklamaly")
_m("checklist.bad_option_value", "option value “{value}” must match [a-z0-9_]+",
   "значение варианта «{value}» должно соответствовать [a-z0-9_]+",
   "«{value}» wariant bahasy [a-z0-9_]+ görnüşde bolmaly")
_m("checklist.min_below_max", "min must be below max", "min должен быть меньше max", "min max-dan kiçi bolmaly")
_m("checklist.decimals", "decimals must be a whole number from 0 to 6 (not “{value}”)",
   "decimals должен быть целым числом от 0 до 6 (а не «{value}»)",
   "decimals 0-dan 6-a çenli bitin san bolmaly («{value}» däl)")
_m("checklist.unit", "unit must be a short text (not “{value}”)", "unit должен быть коротким текстом (а не «{value}»)",
   "unit gysga tekst bolmaly («{value}» däl)")
_m("checklist.max_length", "max_length must be a whole number from 1 to 10000 (not “{value}”)",
   "max_length должен быть целым числом от 1 до 10000 (а не «{value}»)",
   "max_length 1-den 10000-e çenli bitin san bolmaly («{value}» däl)")
_m("checklist.severity_pairs", "noncompliant_if and severity go together", "noncompliant_if и severity задаются вместе",
   "noncompliant_if we severity bilelikde berilýär")
_m("checklist.noncompliant_yes_no", "noncompliant_if must be \"yes\" or \"no\" (not “{value}”)",
   "noncompliant_if должен быть \"yes\" или \"no\" (а не «{value}»)",
   "noncompliant_if \"yes\" ýa-da \"no\" bolmaly («{value}» däl)")
_m("checklist.noncompliant_list", "noncompliant_if must list option values", "noncompliant_if должен перечислять значения вариантов",
   "noncompliant_if wariant bahalaryny sanamaly")
_m("checklist.unknown_option", "“{value}” is not an option of this item", "«{value}» нет среди вариантов этого пункта",
   "«{value}» bu soragyň wariantlarynda ýok")
_m("checklist.noncompliant_number", "noncompliant_if needs above, below or both",
   "в noncompliant_if нужен above, below или оба", "noncompliant_if-de above, below ýa-da ikisi hem gerek")
_m("checklist.noncompliant_not_allowed", "type {type} cannot have noncompliant_if",
   "у типа {type} не может быть noncompliant_if", "{type} görnüşde noncompliant_if bolup bilmez")
_m("checklist.bad_condition", "show_if must be {{item, equals|in|answered}}, {{all}}, {{any}} or {{not}}",
   "show_if должен быть {{item, equals|in|answered}}, {{all}}, {{any}} или {{not}}",
   "show_if {{item, equals|in|answered}}, {{all}}, {{any}} ýa-da {{not}} bolmaly")
_m("checklist.condition_list", "{key} needs a non-empty list", "{key} требует непустого списка",
   "{key} boş däl sanawy talap edýär")
_m("checklist.show_if_earlier", "show_if refers to “{item}”, which is not an earlier item",
   "show_if ссылается на «{item}», а это не предыдущий пункт",
   "show_if «{item}» soragyna salgylanýar, ol öňki sorag däl")
_m("checklist.impossible_value", "“{value}” can never be an answer to {item}",
   "«{value}» не может быть ответом на {item}", "«{value}» hiç haçan {item} soragyň jogaby bolup bilmez")
_m("checklist.frozen_differs", "{id} {version} is already in use with different content; give the file a new version",
   "{id} {version} уже используется с другим содержанием; укажите в файле новую версию",
   "{id} {version} eýýäm başga mazmun bilen ulanylýar; faýla täze wersiýa beriň")
_m("checklist.problem_count", "{file}: {count} problem(s)", "{file}: проблем — {count}", "{file}: {count} mesele")
_m("checklist.none_for_agency", "No checklist is loaded for {agency}", "Нет загруженного чек-листа для: {agency}",
   "{agency} üçin barlag sanawy ýüklenmedik")
_m("checklist.not_found", "No checklist {id} (version {version})", "Нет чек-листа {id} (версия {version})",
   "{id} barlag sanawy ýok (wersiýa {version})")
_m("checklist.invalid_file", "The checklist file has problems:\n{details}", "В файле чек-листа есть ошибки:\n{details}",
   "Barlag sanawynyň faýlynda ýalňyşlar bar:\n{details}")
_m("checklist.already_installed", "Another file for {id} {version} is already installed",
   "Другой файл для {id} {version} уже установлен", "{id} {version} üçin başga faýl eýýäm oturdylan")

# -- accounts and permissions --------------------------------------------------------------
_m("auth.failed", "Wrong username or password", "Неверное имя пользователя или пароль",
   "Ulanyjy ady ýa-da açar sözi nädogry")
_m("auth.inactive", "This account is deactivated", "Эта учётная запись отключена", "Bu hasap öçürilen")
_m("auth.locked", "Too many failed attempts: the account is locked for {minutes} min",
   "Слишком много неудачных попыток: учётная запись заблокирована на {minutes} мин",
   "Şowsuz synanyşyk köp: hasap {minutes} minuda gulplandy")
_m("auth.reauth_required", "Re-enter your password to sign", "Для подписи повторно введите пароль",
   "Gol çekmek üçin açar sözüňizi gaýtadan giriziň")
_m("auth.password_too_short", "The password needs at least {min} characters",
   "Пароль должен содержать не менее {min} символов", "Açar sözi iň azyndan {min} nyşandan ybarat bolmaly")
_m("auth.passwords_differ", "The two passwords differ", "Пароли не совпадают", "Açar sözleri gabat gelmeýär")
_m("auth.username_chars", "Username “{value}”: use Latin letters, digits, dot, hyphen or underscore",
   "Имя пользователя «{value}»: используйте латинские буквы, цифры, точку, дефис или подчёркивание",
   "«{value}» ulanyjy ady: latyn harplaryny, sanlary, nokady, defisi ýa-da aşaky çyzygy ulanyň")
_m("auth.first_admin", "The first account must be an administrator", "Первая учётная запись должна быть администратором",
   "Ilkinji hasap administrator bolmaly")
_m("auth.officer_agency", "An officer belongs to an agency: give --agency", "Должностное лицо относится к службе: укажите --agency",
   "Wezipeli adam bir gulluga degişli: --agency görkeziň")
_m("auth.username_taken", "The username {username} is taken", "Имя пользователя {username} уже занято",
   "{username} ulanyjy ady eýýäm bar")
_m("auth.cannot_deactivate_self", "You cannot deactivate your own account", "Нельзя отключить собственную учётную запись",
   "Öz hasabyňyzy öçürip bilmersiňiz")
_m("perm.login_required", "Log in first", "Сначала войдите в систему", "Ilki ulgama giriň")
_m("perm.admin_only", "Only an administrator may do this", "Это может сделать только администратор",
   "Muny diňe administrator edip biler")
_m("perm.supervisor_only", "Only a supervisor may do this", "Это может сделать только начальник смены",
   "Muny diňe smena başlygy edip biler")
_m("perm.cannot_create", "Only officers and supervisors open inspections",
   "Досмотры открывают только должностные лица и начальники смен",
   "Barlaglary diňe wezipeli adamlar we smena başlyklary açýar")
_m("perm.consignment", "Only the lead officer, customs officers and supervisors edit the consignment",
   "Сведения о грузе изменяют только ведущий инспектор, сотрудники таможни и начальники смен",
   "Ýük maglumatlaryny diňe jogapkär inspektor, gümrük işgärleri we smena başlyklary üýtgedýär")
_m("perm.officers_only", "Only an officer of the agency fills in its section",
   "Раздел службы заполняет только её должностное лицо", "Gullugyň bölümini diňe onuň wezipeli adamy doldurýar")
_m("perm.other_agency", "This is the {agency} section: only its officers may change it",
   "Это раздел «{agency}»: изменять его могут только сотрудники этой службы",
   "Bu «{agency}» bölümi: ony diňe şol gullugyň işgärleri üýtgedip biler")
_m("perm.lead_or_supervisor", "Only the lead officer or a supervisor may do this",
   "Это может сделать только ведущий инспектор или начальник смены",
   "Muny diňe jogapkär inspektor ýa-da smena başlygy edip biler")

# -- inspections and their lifecycle ------------------------------------------------------------
_m("inspection.not_found", "No inspection “{key}”", "Досмотр «{key}» не найден", "«{key}» barlag tapylmady")
_m("inspection.locked", "{reference} is {status} and locked: only an amendment can change it",
   "{reference}: статус «{status}», запись закрыта; изменить её можно только поправкой",
   "{reference}: ýagdaýy «{status}», ýazgy gulply; ony diňe düzediş bilen üýtgedip bolýar")
_m("inspection.not_editable", "{reference} is {status}: it cannot be edited now",
   "{reference}: статус «{status}», сейчас его нельзя изменить", "{reference}: ýagdaýy «{status}», häzir üýtgedip bolmaýar")
_m("inspection.superseded", "{reference} revision {revision} has been superseded by a newer revision",
   "{reference}: редакция {revision} заменена более новой", "{reference}: {revision}-nji neşir täzesi bilen çalşyryldy")
_m("inspection.wrong_status", "{reference} is {status}; this needs: {expected}",
   "{reference}: статус «{status}»; требуется: {expected}", "{reference}: ýagdaýy «{status}»; gerek: {expected}")
_m("inspection.reference_exhausted", "No reference numbers left for {bcp} in {year}",
   "Для {bcp} в {year} году закончились номера", "{bcp} üçin {year} ýylda belgiler gutardy")
_m("inspection.release_on_create", "A new inspection has no release time yet",
   "У нового досмотра ещё нет времени выпуска", "Täze barlagyň entek goýberiş wagty ýok")
_m("inspection.not_consignment", "Agencies and release time are not consignment fields",
   "Службы и время выпуска не относятся к сведениям о грузе",
   "Gulluklar we goýberiş wagty ýük maglumatlaryna degişli däl")
_m("inspection.customs_always", "Customs always takes part", "Таможня участвует всегда", "Gümrük hemişe gatnaşýar")
_m("inspection.section_has_work", "The {agency} section already holds answers and cannot be removed",
   "В разделе «{agency}» уже есть ответы, его нельзя удалить",
   "«{agency}» bölüminde eýýäm jogaplar bar, ony aýyryp bolmaýar")
_m("section.not_involved", "{agency} takes no part in {reference}", "{agency}: служба не участвует в {reference}",
   "{agency} {reference} barlagyna gatnaşmaýar")
_m("section.signed", "The {agency} section is signed and can no longer change",
   "Раздел «{agency}» подписан и больше не изменяется", "«{agency}» bölümine gol çekildi, indi üýtgemeýär")
_m("section.unknown_item", "No item “{item}” in checklist {checklist}", "В чек-листе {checklist} нет пункта «{item}»",
   "{checklist} barlag sanawynda «{item}» sorag ýok")
_m("section.item_hidden", "“{item}” does not apply given the answers so far",
   "Пункт «{item}» неприменим при данных ответах", "Berlen jogaplarda «{item}» sorag degişli däl")
_m("section.outcome_not_allowed", "{agency} cannot decide “{decision}”", "Служба «{agency}» не принимает решение «{decision}»",
   "«{agency}» «{decision}» kararyny kabul etmeýär")
_m("section.incomplete", "{count} required item(s) unanswered: {items}", "Нет ответа на обязательные пункты ({count}): {items}",
   "Hökmany soraglara jogap ýok ({count}): {items}")
_m("section.no_decision", "Take the {agency} decision before signing", "Перед подписью примите решение службы «{agency}»",
   "Gol çekmezden öň «{agency}» kararyny kabul ediň")
_m("decision.pending", "Not every agency has signed its decision yet", "Ещё не все службы подписали решения",
   "Entek ähli gulluklar kararyna gol çekmedi")
_m("decision.less_restrictive", "The consolidated decision cannot be less restrictive than “{default}”",
   "Сводное решение не может быть мягче, чем «{default}»", "Jemleýji karar «{default}» kararyndan ýumşak bolup bilmez")
_m("decision.note_required", "Say why the consolidated decision differs from the agencies' decisions",
   "Укажите, почему сводное решение отличается от решений служб",
   "Jemleýji kararyň gulluklaryň kararlaryndan näme üçin tapawutlanýandygyny görkeziň")
_m("decision.not_confirmed", "The lead officer has not confirmed the consolidated decision",
   "Ведущий инспектор не подтвердил сводное решение", "Jogapkär inspektor jemleýji karary tassyklamady")
_m("decision.no_release", "Only a release has a release time", "Время выпуска бывает только при выпуске",
   "Goýberiş wagty diňe goýberilende bolýar")
_m("review.return_needs_reason", "Returning needs a comment and the agencies that must correct their sections",
   "Для возврата нужны комментарий и службы, которые должны исправить свои разделы",
   "Yzyna gaýtarmak üçin teswir we öz bölümlerini düzetmeli gulluklar gerek")
_m("amend.needs_agency", "Name the agency sections the amendment reopens",
   "Укажите разделы служб, которые открывает поправка", "Düzedişiň açýan gulluk bölümlerini görkeziň")
_m("attachment.empty", "The file is empty", "Файл пуст", "Faýl boş")
_m("attachment.too_large", "The file is larger than {max_mb} MB", "Файл больше {max_mb} МБ", "Faýl {max_mb} MB-dan uly")
_m("attachment.unsupported", "Only JPEG or PNG photos and PDF scans can be attached",
   "Прикрепить можно только фото JPEG или PNG и сканы PDF",
   "Diňe JPEG ýa-da PNG suratlary we PDF skanlary goşup bolýar")

# -- audit trail and checks ------------------------------------------------------------
_m("audit.gap", "Audit entry {id}: entries before it are missing", "Запись журнала {id}: перед ней пропущены записи",
   "Žurnal ýazgysy {id}: ondan öňki ýazgylar ýok")
_m("audit.link_broken", "Audit entry {id}: does not chain to the entry before it",
   "Запись журнала {id}: не связана с предыдущей записью", "Žurnal ýazgysy {id}: öňki ýazgy bilen baglanyşmaýar")
_m("audit.hash_mismatch", "Audit entry {id}: its content was changed after it was written",
   "Запись журнала {id}: её содержимое изменено после записи",
   "Žurnal ýazgysy {id}: ýazylandan soň mazmuny üýtgedilen")
_m("check.integrity", "SQLite integrity check failed: {detail}", "Проверка целостности SQLite не пройдена: {detail}",
   "SQLite bitewilik barlagy geçmedi: {detail}")
_m("check.record_hash", "{reference} revision {revision}: the record does not match its stored hash "
   "({stored}… stored, {actual}… now)",
   "{reference}, редакция {revision}: запись не совпадает с сохранённым хешем (сохранён {stored}…, сейчас {actual}…)",
   "{reference}, {revision}-nji neşir: ýazgy saklanan hash bilen gabat gelmeýär (saklanan {stored}…, häzir {actual}…)")

# -- database ------------------------------------------------------------------------------
_m("database.unreadable", "Cannot open the database {path}: {reason}", "Не удаётся открыть базу данных {path}: {reason}",
   "{path} maglumat bazasyny açyp bolmaýar: {reason}")
_m("database.not_sqlite", "{path} is not a database file (damaged or another kind of file); it was left untouched",
   "{path} — не файл базы данных (повреждён или файл другого типа); файл не изменён",
   "{path} maglumat bazasynyň faýly däl (zeperlenen ýa-da başga görnüşli faýl); faýl üýtgedilmedi")
_m("database.foreign", "{path} is not a BCP Inspector database; it was left untouched",
   "{path} — не база данных BCP Inspector; файл не изменён", "{path} BCP Inspector maglumat bazasy däl; faýl üýtgedilmedi")
_m("database.newer", "{path} was written by a newer version of BCP Inspector; update the application",
   "{path} создана более новой версией BCP Inspector; обновите приложение",
   "{path} BCP Inspector-yň täze wersiýasy bilen ýazyldy; programmany täzeläň")
_m("backup.not_sqlite", "Backups are made of local SQLite databases only",
   "Резервные копии делаются только для локальных баз SQLite", "Ätiýaçlyk nusgalar diňe ýerli SQLite bazalary üçin edilýär")
_m("app.missing_libraries",
   "The desktop application cannot start: the system lacks the libraries {libraries} that Qt needs to open "
   "windows under X11. On Debian or Ubuntu install them with: sudo apt install {packages} "
   "(README lists every library the desktop needs).",
   "Настольное приложение не запускается: в системе нет библиотек {libraries}, нужных Qt для окон X11. "
   "В Debian или Ubuntu установите их: sudo apt install {packages} "
   "(в README перечислены все библиотеки, нужные приложению).",
   "Iş stoly programmasy işe girizilmeýär: ulgamda Qt-nyň X11 penjirelerini açmak üçin gerek bolan {libraries} "
   "kitaphanalary ýok. Debian ýa-da Ubuntu-da olary şeýle guruň: sudo apt install {packages} "
   "(README-de programmanyň isleýän ähli kitaphanalary sanalýar).")
_m("app.unavailable", "The desktop application cannot start: {reason}", "Настольное приложение не запускается: {reason}",
   "Iş stoly programmasy işe girizilmeýär: {reason}")

# -- command line ---------------------------------------------------------------------------
_m("cli.description", "BCP Inspector: joint inspections at border crossing points",
   "BCP Inspector: совместный досмотр в пунктах пропуска", "BCP Inspector: serhet geçiş nokatlarynda bilelikdäki barlag")
_m("cli.usage_error", "usage error", "ошибка в командной строке", "buýruk setirinde ýalňyşlyk")
_m("cli.help_db", "database file (default: the user data folder, or INSPECTOR_DB)",
   "файл базы данных (по умолчанию: папка данных пользователя или INSPECTOR_DB)",
   "maglumat bazasynyň faýly (adaty: ulanyjynyň maglumat bukjasy ýa-da INSPECTOR_DB)")
_m("cli.help_smoke", "check this installation end to end and exit (0 ok, 1 failed)",
   "проверить установку от начала до конца и выйти (0 — успешно, 1 — сбой)",
   "bu gurnamany başdan-aýak barlap çykmak (0 — üstünlikli, 1 — şowsuz)")
_m("cli.help_lang", "language of messages", "язык сообщений", "habarlaryň dili")
_m("cli.help_checklists", "list, validate and show checklists", "список, проверка и просмотр чек-листов",
   "barlag sanawlaryny görmek we barlamak")
_m("cli.help_checklists_list", "loaded checklists and versions", "загруженные чек-листы и версии",
   "ýüklenen barlag sanawlary we wersiýalary")
_m("cli.help_checklists_validate", "check checklist files and report every problem",
   "проверить файлы чек-листов и сообщить обо всех ошибках", "barlag sanawynyň faýllaryny barlamak we ähli ýalňyşlary görkezmek")
_m("cli.help_checklists_show", "print a checklist", "вывести чек-лист", "barlag sanawyny görkezmek")
_m("cli.help_users", "manage accounts", "учётные записи", "hasaplar")
_m("cli.help_users_add", "add an account (password on standard input)", "добавить учётную запись (пароль из стандартного ввода)",
   "hasap goşmak (açar sözi adaty girişden)")
_m("cli.help_users_admin", "the administrator authorizing this (password first on standard input)",
   "администратор, разрешающий действие (его пароль первым в стандартном вводе)",
   "muňa rugsat berýän administrator (onuň açar sözi adaty girişde birinji)")
_m("cli.help_users_list", "list accounts", "список учётных записей", "hasaplaryň sanawy")
_m("cli.help_demo", "fill the database with realistic demo records", "заполнить базу реалистичными демонстрационными записями",
   "bazany hakyky görnüşli görkeziş ýazgylary bilen doldurmak")
_m("cli.help_inspections", "list, show and create inspections", "список, просмотр и создание досмотров",
   "barlaglary görmek we döretmek")
_m("cli.help_inspections_list", "list inspections", "список досмотров", "barlaglaryň sanawy")
_m("cli.help_inspections_show", "show one inspection", "показать досмотр", "barlagy görkezmek")
_m("cli.help_inspections_create", "create a draft from pre-arrival data (bcp-inspection/1 JSON)",
   "создать черновик по предварительным сведениям (JSON bcp-inspection/1)",
   "deslapky maglumatlardan garalama döretmek (bcp-inspection/1 JSON)")
_m("cli.help_check", "verify database integrity, audit chain and record hashes",
   "проверить целостность базы, цепочку журнала и хеши записей",
   "bazanyň bitewiligini, žurnal zynjyryny we ýazgy hashlaryny barlamak")
_m("cli.help_check_quick", "the daily check: SQLite's quick check, the audit chain's last days and the records "
   "they touched", "ежедневная проверка: быстрая проверка SQLite, цепочка журнала за последние дни и затронутые "
   "ими записи", "gündelik barlag: SQLite-iň çalt barlagy, soňky günleriň žurnal zynjyry we olaryň degen ýazgylary")
_m("cli.help_check_days", "with --quick: how many days back (default 7)",
   "с --quick: сколько дней назад (по умолчанию 7)", "--quick bilen: näçe gün öň (adatça 7)")
_m("cli.days_too_many", "at most {max} days", "не более {max} дней", "iň köp {max} gün")
_m("cli.not_negative", "must not be negative", "не может быть отрицательным", "otrisatel bolup bilmez")
_m("cli.interrupted", "Interrupted", "Прервано", "Bes edildi")
_m("cli.unexpected", "Unexpected error; details are in the log {path}", "Непредвиденная ошибка; подробности в журнале {path}",
   "Garaşylmadyk ýalňyşlyk; jikme-jiklikler {path} žurnalda")
_m("cli.items", "items", "пунктов", "sorag")
_m("cli.outcomes", "Decisions", "Решения", "Kararlar")
_m("cli.required", "required", "обязательный", "hökmany")
_m("cli.conditional", "conditional", "условный", "şertli")
_m("cli.unit", "unit {unit}", "единица {unit}", "ölçeg birligi {unit}")
_m("cli.range", "from {min} to {max}", "от {min} до {max}", "{min}-den {max}-e çenli")
_m("cli.decimals", "{decimals} decimal place(s)", "знаков после запятой: {decimals}", "otudan soň {decimals} san")
_m("cli.finding_above", "finding above {value}", "нарушение выше {value}", "{value}-den ýokary bozulma")
_m("cli.finding_below", "finding below {value}", "нарушение ниже {value}", "{value}-den aşak bozulma")
_m("cli.max_length", "at most {max} characters", "не более {max} символов", "iň köp {max} nyşan")
_m("cli.option_alone", "chosen alone", "выбирается только отдельно", "diňe ýeke özi saýlanýar")
_m("cli.inactive", "inactive", "отключена", "öçürilen")
_m("cli.checklist_not_loaded", "{file}: not loaded ({count} problem(s)); run checklists validate",
   "{file}: не загружен (ошибок: {count}); выполните checklists validate",
   "{file}: ýüklenmedi ({count} ýalňyşlyk); checklists validate buýrugyny ýerine ýetiriň")
_m("cli.user_checklist_dir", "User checklist folder: {path}", "Папка пользовательских чек-листов: {path}",
   "Ulanyjynyň barlag sanawlarynyň bukjasy: {path}")
_m("cli.checklist_valid", "{file}: valid ({id} {version}, {items} items)", "{file}: без ошибок ({id} {version}, пунктов: {items})",
   "{file}: dogry ({id} {version}, {items} sorag)")
_m("cli.password", "Password", "Пароль", "Açar sözi")
_m("cli.password_again", "Password again", "Пароль ещё раз", "Açar sözi gaýtadan")
_m("cli.admin_password", "Administrator's password", "Пароль администратора", "Administratoryň açar sözi")
_m("cli.admin_required", "Accounts exist already: an administrator authorizes new ones (--admin USERNAME)",
   "Учётные записи уже есть: новые разрешает администратор (--admin ИМЯ)",
   "Hasaplar eýýäm bar: täzelerine administrator rugsat berýär (--admin ADY)")
_m("cli.user_created", "Account {username} created ({role})", "Учётная запись {username} создана ({role})",
   "{username} hasaby döredildi ({role})")
_m("cli.demo_done", "{count} demo inspections written to {db}", "{count} демонстрационных досмотров записано в {db}",
   "{count} görkeziş barlagy {db} bazasyna ýazyldy")
_m("cli.demo_accounts", "{count} demo accounts, all with the password: {password}",
   "Демонстрационных учётных записей: {count}, у всех пароль: {password}",
   "{count} görkeziş hasaby, hemmesiniň açar sözi: {password}")
_m("cli.demo_accounts_existed",
   "{count} demo accounts (made earlier: their password was printed then; an administrator can set a new one)",
   "Демонстрационных учётных записей: {count} (созданы ранее, их пароль был выведен тогда; "
   "администратор может задать новый)",
   "{count} görkeziş hasaby (öň döredildi: açar sözi şonda görkezildi; administrator täzesini bellemegi mümkin)")
_m("cli.all_agencies", "all agencies", "все службы", "ähli gulluklar")
_m("cli.count", "{count} record(s)", "записей: {count}", "{count} ýazgy")
_m("cli.cannot_read", "Cannot read {field}: {reason}", "Не удаётся прочитать {field}: {reason}",
   "{field} okap bolmaýar: {reason}")
_m("cli.file_too_large", "{field} is larger than {max_mb} MB", "{field} больше {max_mb} МБ", "{field} {max_mb} MB-dan uly")
_m("cli.bad_json", "{field} is not valid JSON: {detail}", "{field} — некорректный JSON: {detail}",
   "{field} dogry JSON däl: {detail}")
_m("json.duplicate_key", "{field}: the key “{key}” is given twice in one object; give each key once",
   "{field}: ключ «{key}» указан дважды в одном объекте; каждый ключ указывается один раз",
   "{field}: «{key}» açar bir obýektde iki gezek berlen; her açary bir gezek beriň")
_m("cli.bad_document_format", "format “{value}” is not bcp-inspection/1", "формат «{value}» — не bcp-inspection/1",
   "«{value}» formaty bcp-inspection/1 däl")
_m("cli.pre_arrival_keys", "Pre-arrival data cannot set: {keys}", "Предварительные сведения не могут задавать: {keys}",
   "Deslapky maglumatlar şulary bellemeýär: {keys}")
_m("cli.created", "Created {reference} ({uuid})", "Создан {reference} ({uuid})", "{reference} döredildi ({uuid})")
_m("cli.check_ok", "{db}: integrity ok, audit chain of {entries} entries ok, {records} locked record(s) match their hashes",
   "{db}: целостность в порядке, цепочка журнала из {entries} записей в порядке, закрытых записей с верным хешем: {records}",
   "{db}: bitewilik kadaly, {entries} ýazgyly žurnal zynjyry kadaly, hashy gabat gelýän gulply ýazgylar: {records}")
_m("cli.check_quick_ok", "{db}: quick check ok: pages, the last {entries} audit entries ({days} days) and "
   "{records} revision(s) of the records they touched", "{db}: быстрая проверка в порядке: страницы, последние "
   "{entries} записей журнала ({days} дн.) и {records} ревизий затронутых ими записей",
   "{db}: çalt barlag kadaly: sahypalar, soňky {entries} žurnal ýazgysy ({days} gün) we olaryň degen "
   "ýazgylarynyň {records} wersiýasy")
_m("cli.check_failed", "{db}: {count} problem(s) found", "{db}: найдено проблем: {count}", "{db}: {count} mesele tapyldy")
_m("show.record_hash", "Record hash", "Хеш записи", "Ýazgynyň hashy")
_m("show.bcp", "BCP", "Пункт пропуска", "Serhet geçiş nokady")
_m("show.lane", "lane", "коридор", "koridor")
_m("show.arrived", "Arrived", "Прибытие", "Geldi")
_m("show.released", "Released", "Выпуск", "Goýberildi")
_m("show.vehicle", "Vehicle", "Транспортное средство", "Ulag")
_m("show.driver", "Driver", "Водитель", "Sürüji")
_m("show.document", "Document", "Документ", "Resminama")
_m("show.cargo", "Cargo", "Груз", "Ýük")
_m("show.seal", "Seal", "Пломба", "Möhür")
_m("show.unsigned", "not signed", "не подписано", "gol çekilmedik")
_m("show.decision", "Consolidated decision", "Сводное решение", "Jemleýji karar")
_m("show.review", "Review", "Проверка", "Gözden geçirme")
