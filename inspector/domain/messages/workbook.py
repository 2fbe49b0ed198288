"""Texts of checklists authored in Excel: workbook import/export (keys ``workbook.*``).

Vocabulary: workbook — книга Excel — Excel kitaby; sheet — лист — sahypa;
cell — ячейка — öýjük; column — столбец — sütün; row — строка — setir;
checklist — чек-лист — barlag sanawy. Have a native speaker review the Turkmen
before release.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- the whole file ----------------------------------------------------------------------------
_m("workbook.file_too_large", "the workbook is larger than {max_mb} MB",
   "книга Excel больше {max_mb} МБ", "Excel kitaby {max_mb} MB-dan uly")
_m("workbook.unreadable", "cannot read the workbook: {reason}", "не удаётся прочитать книгу Excel: {reason}",
   "Excel kitabyny okap bolmaýar: {reason}")
_m("workbook.old_or_protected",
   "this is an old .xls file or a password-protected workbook: save it in Excel as an unprotected .xlsx workbook",
   "это старый файл .xls или книга, защищённая паролем: сохраните её в Excel как незащищённую книгу .xlsx",
   "bu köne .xls faýly ýa-da parol bilen goralan kitap: ony Excel-de goragsyz .xlsx kitaby hökmünde ýazdyryň")
_m("workbook.not_xlsx", "the file is not an Excel workbook (.xlsx) or it is damaged",
   "файл не является книгой Excel (.xlsx) или повреждён", "faýl Excel kitaby (.xlsx) däl ýa-da zeperlenen")
_m("workbook.too_many_parts", "the workbook holds more than {max} parts; a checklist needs far fewer",
   "книга содержит больше {max} частей; чек-листу нужно гораздо меньше",
   "kitapda {max}-dan köp bölek bar; barlag sanawyna has az gerek")
_m("workbook.external_links",
   "the workbook links to other files (external links): a checklist must stand alone — "
   "in Excel use Data → Edit Links → Break Link and save again",
   "книга ссылается на другие файлы (внешние связи): чек-лист должен быть самодостаточным — "
   "в Excel выберите Данные → Изменить связи → Разорвать связь и сохраните снова",
   "kitap başga faýllara salgylanýar (daşarky baglanyşyklar): barlag sanawy özbaşdak bolmaly — "
   "Excel-de Maglumatlar → Baglanyşyklary üýtgetmek → Baglanyşygy kesmek saýlaň we täzeden ýazdyryň")
_m("workbook.macros", "the workbook contains macros: save it as a plain .xlsx workbook without macros",
   "книга содержит макросы: сохраните её как обычную книгу .xlsx без макросов",
   "kitapda makroslar bar: ony makrossyz ýönekeý .xlsx kitaby hökmünde ýazdyryň")
_m("workbook.zip_bomb", "the part “{part}” would expand more than {ratio} times (a zip bomb?)",
   "часть «{part}» распаковалась бы более чем в {ratio} раз (zip-бомба?)",
   "«{part}» bölegi {ratio} gezekden köp ulalardy (zip bombasy?)")
_m("workbook.part_too_large", "the part “{part}” is larger than {max_mb} MB unpacked",
   "часть «{part}» в распакованном виде больше {max_mb} МБ", "«{part}» bölegi açylanda {max_mb} MB-dan uly")
_m("workbook.too_large_unpacked", "the workbook is larger than {max_mb} MB unpacked",
   "книга в распакованном виде больше {max_mb} МБ", "kitap açylanda {max_mb} MB-dan uly")
_m("workbook.dtd", "the part “{part}” declares a document type or entities, which a workbook never needs",
   "часть «{part}» объявляет тип документа или сущности, которые книге Excel не нужны",
   "«{part}» bölegi resminama görnüşini ýa-da obýektleri yglan edýär, Excel kitabyna olar hiç gerek däl")
_m("workbook.damaged", "the part “{part}” of the workbook is damaged", "часть «{part}» книги повреждена",
   "kitabyň «{part}» bölegi zeperlenen")
_m("workbook.damaged_workbook", "the workbook cannot be read (damaged or not made by a spreadsheet program)",
   "книгу не удаётся прочитать (повреждена или создана не табличной программой)",
   "kitaby okap bolmaýar (zeperlenen ýa-da tablisa programmasynda döredilmedik)")

# -- sheets, rows, cells ---------------------------------------------------------------------------
_m("workbook.missing_sheet", "the sheet “{sheet}” is missing (sheets found: {found})",
   "нет листа «{sheet}» (найдены листы: {found})", "«{sheet}» sahypasy ýok (tapylan sahypalar: {found})")
_m("workbook.duplicate_sheet", "two sheets are named “{sheet}”", "два листа называются «{sheet}»",
   "iki sahypanyň ady «{sheet}»")
_m("workbook.hidden_sheet",
   "the sheet “{sheet}” is hidden: unhide it (what is imported must be what reviewers see)",
   "лист «{sheet}» скрыт: покажите его (импортируется только то, что видят проверяющие)",
   "«{sheet}» sahypasy gizlenen: ony görkeziň (import edilýän zat barlaýjylaryň görýän zady bolmaly)")
_m("workbook.damaged_sheet", "the sheet “{sheet}” is damaged", "лист «{sheet}» повреждён",
   "«{sheet}» sahypasy zeperlenen")
_m("workbook.merged", "the cells {range} are merged: unmerge them and fill each cell",
   "ячейки {range} объединены: разъедините их и заполните каждую ячейку",
   "{range} öýjükleri birleşdirilen: olary aýryň we her öýjügi dolduryň")
_m("workbook.hidden_row", "row {row} is hidden: unhide it or delete it",
   "строка {row} скрыта: покажите или удалите её", "{row} setir gizlenen: ony görkeziň ýa-da pozuň")
_m("workbook.hidden_column", "column {column} is hidden: unhide it or delete it",
   "столбец {column} скрыт: покажите или удалите его", "{column} sütün gizlenen: ony görkeziň ýa-da pozuň")
_m("workbook.too_many_rows", "the sheet has more than {max} rows", "на листе больше {max} строк",
   "sahypada {max}-dan köp setir bar")
_m("workbook.too_many_columns", "a value beyond column {max}: a checklist sheet has fewer columns",
   "значение за столбцом {max}: у листа чек-листа меньше столбцов",
   "{max} sütünden daşarda baha bar: barlag sanawynyň sahypasynda has az sütün bolýar")
_m("workbook.formula", "the cell holds a formula: type the value itself (Copy, then Paste Values)",
   "в ячейке формула: введите само значение (Копировать, затем Вставить значения)",
   "öýjükde formula bar: bahanyň özüni ýazyň (Göçürmek, soňra Bahalary goýmak)")
_m("workbook.error_value", "the cell shows an error ({value})", "в ячейке ошибка ({value})",
   "öýjükde ýalňyşlyk bar ({value})")
_m("workbook.date_cell", "the cell holds a date or time, where text is expected: format the cell as Text",
   "в ячейке дата или время, а ожидается текст: задайте ячейке формат «Текстовый»",
   "öýjükde sene ýa-da wagt bar, tekst garaşylýar: öýjügiň formatyny «Tekst» ediň")
_m("workbook.no_header", "the sheet “{sheet}” needs its column names in row 1",
   "на листе «{sheet}» в строке 1 должны быть названия столбцов",
   "«{sheet}» sahypasynyň 1-nji setirinde sütünleriň atlary bolmaly")
_m("workbook.bad_header", "“{header}” is not a column name", "«{header}» не является названием столбца",
   "«{header}» sütüniň ady däl")
_m("workbook.duplicate_column", "the column “{header}” appears twice", "столбец «{header}» встречается дважды",
   "«{header}» sütüni iki gezek duş gelýär")
_m("workbook.no_column_header", "a value in a column without a name in row 1",
   "значение в столбце без названия в строке 1", "1-nji setirde ady bolmadyk sütünde baha bar")
_m("workbook.unknown_language", "unknown language in “{header}”: use {allowed}",
   "неизвестный язык в «{header}»: используйте {allowed}", "«{header}» içinde näbelli dil: {allowed} ulanyň")
_m("workbook.unknown_column", "unknown column “{header}” (columns of this sheet: {allowed})",
   "неизвестный столбец «{header}» (столбцы этого листа: {allowed})",
   "näbelli sütün «{header}» (bu sahypanyň sütünleri: {allowed})")
_m("workbook.unsupported_column", "the XLSForm column “{header}” is not supported: leave it empty "
   "(limits go in min, max and decimals; conditions in show_if)",
   "столбец XLSForm «{header}» не поддерживается: оставьте его пустым "
   "(пределы — в min, max и decimals; условия — в show_if)",
   "XLSForm-yň «{header}» sütüni goldanmaýar: ony boş goýuň "
   "(çäkler min, max we decimals-da; şertler show_if-de)")
_m("workbook.expected_text", "text expected, found TRUE or FALSE", "ожидается текст, а найдено ИСТИНА или ЛОЖЬ",
   "tekst garaşylýar, ÝALŇYŞ ýa-da DOGRY tapyldy")
_m("workbook.expected_number", "a number expected, found “{value}”", "ожидается число, а найдено «{value}»",
   "san garaşylýar, «{value}» tapyldy")
_m("workbook.expected_yes_no", "yes or no expected, found “{value}”", "ожидается yes или no, а найдено «{value}»",
   "yes ýa-da no garaşylýar, «{value}» tapyldy")

# -- settings, choices, survey ------------------------------------------------------------------------
_m("workbook.settings_row", "the settings sheet needs one row of values under its column names",
   "на листе settings под названиями столбцов нужна одна строка значений",
   "settings sahypasynda sütün atlarynyň aşagynda bir setir baha gerek")
_m("workbook.settings_one_row", "the settings sheet has one row of values only: this row is extra",
   "на листе settings только одна строка значений: эта строка лишняя",
   "settings sahypasynda diňe bir setir baha bolýar: bu setir artykmaç")
_m("workbook.version_as_number",
   "the version was stored as the number {value}: format the cell as Text and type it again (e.g. 2026.10)",
   "версия сохранена как число {value}: задайте ячейке формат «Текстовый» и введите её снова (например, 2026.10)",
   "wersiýa {value} san hökmünde saklandy: öýjügiň formatyny «Tekst» ediň we täzeden ýazyň (meselem, 2026.10)")
_m("workbook.choices_columns", "the choices sheet needs the columns list_name, name and label",
   "на листе choices нужны столбцы list_name, name и label",
   "choices sahypasynda list_name, name we label sütünleri gerek")
_m("workbook.choice_without_list", "an option without a list_name", "вариант без list_name",
   "list_name-siz wariant")
_m("workbook.choice_without_name", "an option without a name (the value stored as the answer)",
   "вариант без name (значения, которое сохраняется как ответ)",
   "name-siz wariant (jogap hökmünde saklanýan baha)")
_m("workbook.reserved_list",
   "the list “{list}” is built in (answers {values}, labelled in every language): remove these rows or rename the list",
   "список «{list}» встроен (ответы {values}, с подписями на всех языках): удалите эти строки или переименуйте список",
   "«{list}» sanawy içinde gurlan (jogaplar {values}, ähli dillerde ýazgyly): bu setirleri pozuň ýa-da sanawyň adyny üýtgediň")
_m("workbook.survey_columns", "the survey sheet needs at least the columns type, name and label",
   "на листе survey нужны как минимум столбцы type, name и label",
   "survey sahypasynda iň bolmanda type, name we label sütünleri gerek")
_m("workbook.row_without_type", "a row without a type", "строка без type", "type-siz setir")
_m("workbook.nested_group", "groups cannot be nested: end the group of row {row} first",
   "группы не могут быть вложенными: сначала завершите группу из строки {row}",
   "toparlar biri-biriniň içinde bolup bilmeýär: ilki {row}-nji setiriň toparyny tamamlaň")
_m("workbook.not_for_group", "the column “{column}” means nothing on a begin group row",
   "столбец «{column}» не имеет смысла в строке begin group",
   "«{column}» sütüniniň begin group setirinde manysy ýok")
_m("workbook.end_without_begin", "end group without a begin group", "end group без begin group",
   "begin group-syz end group")
_m("workbook.outside_group",
   "every question belongs to a section: put it between a begin group row and an end group row",
   "каждый вопрос относится к разделу: поместите его между строками begin group и end group",
   "her sorag bir bölüme degişli: ony begin group we end group setirleriniň arasynda goýuň")
_m("workbook.group_not_closed", "this group has no end group row", "у этой группы нет строки end group",
   "bu toparyň end group setiri ýok")
_m("workbook.unknown_list", "the list “{list}” is not in the choices sheet", "списка «{list}» нет на листе choices",
   "«{list}» sanawy choices sahypasynda ýok")
_m("workbook.select_needs_list", "“{type}” needs one list name, e.g. select_one packaging",
   "для «{type}» нужно одно имя списка, например select_one packaging",
   "«{type}» üçin bir sanaw ady gerek, meselem select_one packaging")
_m("workbook.unsupported_type", "the type “{type}” is not supported; supported: {supported}",
   "тип «{type}» не поддерживается; поддерживаются: {supported}",
   "«{type}» görnüşi goldanmaýar; goldanýanlar: {supported}")
_m("workbook.decimal_needs_decimals", "a decimal question needs its number of decimals (1–6) in the decimals column",
   "для вопроса decimal укажите число знаков после запятой (1–6) в столбце decimals",
   "decimal soragy üçin decimals sütüninde otukdan soňky sanlaryň mukdaryny (1–6) görkeziň")
_m("workbook.integer_no_decimals", "an integer question takes no decimals: use the type decimal",
   "вопрос integer не допускает знаков после запятой: используйте тип decimal",
   "integer soragy otukdan soňky sanlary kabul etmeýär: decimal görnüşini ulanyň")
_m("workbook.bad_number_rule", "“{value}” is not a rule: write > 40, < 2, or < 2 or > 40",
   "«{value}» не является правилом: пишите > 40, < 2 или < 2 or > 40",
   "«{value}» düzgün däl: > 40, < 2 ýa-da < 2 or > 40 ýazyň")

# -- show_if -------------------------------------------------------------------------------------------
_m("workbook.showif_unexpected_char", "show_if: “{char}” is not allowed here (character {column})",
   "show_if: символ «{char}» здесь недопустим (позиция {column})",
   "show_if: «{char}» bu ýerde bolup bilmez ({column}-nji belgi)")
_m("workbook.showif_empty_ref", "show_if: ${{}} names no question (character {column})",
   "show_if: ${{}} не называет вопрос (позиция {column})", "show_if: ${{}} hiç bir soragy atlandyrmaýar ({column}-nji belgi)")
_m("workbook.showif_unknown_word",
   "show_if: unknown word “{word}” (character {column}); write ${{question}} = 'value', and, or, not(…), selected(…)",
   "show_if: неизвестное слово «{word}» (позиция {column}); пишите ${{вопрос}} = 'значение', and, or, not(…), selected(…)",
   "show_if: näbelli söz «{word}» ({column}-nji belgi); ${{sorag}} = 'baha', and, or, not(…), selected(…) ýazyň")
_m("workbook.showif_expected", "show_if: “{what}” expected, found “{found}” (character {column})",
   "show_if: ожидается «{what}», а найдено «{found}» (позиция {column})",
   "show_if: «{what}» garaşylýar, «{found}» tapyldy ({column}-nji belgi)")
_m("workbook.showif_trailing", "show_if: unexpected “{found}” after a complete condition (character {column})",
   "show_if: лишнее «{found}» после законченного условия (позиция {column})",
   "show_if: doly şertden soň artykmaç «{found}» ({column}-nji belgi)")
_m("workbook.showif_too_deep", "show_if: more than {max} levels of brackets (character {column})",
   "show_if: больше {max} уровней скобок (позиция {column})",
   "show_if: {max}-dan köp ýaý derejesi ({column}-nji belgi)")
_m("workbook.showif_expected_condition",
   "show_if: a condition expected, found “{found}” (character {column})",
   "show_if: ожидается условие, а найдено «{found}» (позиция {column})",
   "show_if: şert garaşylýar, «{found}» tapyldy ({column}-nji belgi)")
_m("workbook.showif_expected_value", "show_if: a value in quotes or a number expected, found “{found}” (character {column})",
   "show_if: ожидается значение в кавычках или число, а найдено «{found}» (позиция {column})",
   "show_if: dyrnakdaky baha ýa-da san garaşylýar, «{found}» tapyldy ({column}-nji belgi)")
_m("workbook.showif_expected_operator", "show_if: =, != or in expected, found “{found}” (character {column})",
   "show_if: ожидается =, != или in, а найдено «{found}» (позиция {column})",
   "show_if: =, != ýa-da in garaşylýar, «{found}» tapyldy ({column}-nji belgi)")
_m("workbook.showif_too_long", "show_if: longer than {max} characters", "show_if: длиннее {max} символов",
   "show_if: {max} belgiden uzyn")

# -- commands -----------------------------------------------------------------------------------------
_m("workbook.help_import", "convert an Excel workbook (XLSForm style) into a checklist file",
   "преобразовать книгу Excel (в стиле XLSForm) в файл чек-листа",
   "Excel kitabyny (XLSForm görnüşinde) barlag sanawynyň faýlyna öwürmek")
_m("workbook.help_export", "write a checklist as an Excel workbook", "записать чек-лист в виде книги Excel",
   "barlag sanawyny Excel kitaby hökmünde ýazmak")
_m("workbook.help_template", "write an example workbook with instructions",
   "записать пример книги Excel с инструкцией", "görkezmeli nusga Excel kitabyny ýazmak")
_m("workbook.help_force", "replace the output file if it exists", "заменить выходной файл, если он существует",
   "çykyş faýly bar bolsa, ony çalyşmak")
_m("workbook.output_exists", "{path} exists already: choose another name or add --force",
   "{path} уже существует: выберите другое имя или добавьте --force",
   "{path} eýýäm bar: başga at saýlaň ýa-da --force goşuň")
_m("workbook.output_is_input", "the output would overwrite the workbook being read",
   "выходной файл перезаписал бы читаемую книгу", "çykyş faýly okalýan kitabyň üstünden ýazardy")
_m("workbook.converted", "{file}: checklist {id} version {version}, {items} items, written to {output}",
   "{file}: чек-лист {id} версии {version}, пунктов: {items}, записан в {output}",
   "{file}: {id} barlag sanawy, {version} wersiýa, {items} sorag, {output} faýlyna ýazyldy")
_m("workbook.refused", "{file}: {count} problem(s); nothing was written",
   "{file}: проблем: {count}; ничего не записано", "{file}: {count} mesele; hiç zat ýazylmady")
_m("workbook.exported", "checklist {id} version {version} written to {output}",
   "чек-лист {id} версии {version} записан в {output}",
   "{id} barlag sanawy, {version} wersiýa, {output} faýlyna ýazyldy")
_m("workbook.template_written", "example workbook written to {output}", "пример книги записан в {output}",
   "nusga kitap {output} faýlyna ýazyldy")
_m("workbook.cannot_write", "cannot write {path}: {reason}", "не удаётся записать {path}: {reason}",
   "{path} ýazyp bolmaýar: {reason}")

# -- the instructions sheet of every exported workbook ---------------------------------------------------
_INSTRUCTIONS = [
    ("How to write a checklist in this workbook (format bcp-checklist/1).",
     "Как написать чек-лист в этой книге (формат bcp-checklist/1).",
     "Bu kitapda barlag sanawyny nädip ýazmaly (bcp-checklist/1 formaty)."),
    ("Sheets are read by name: settings, survey, choices and (optional) outcomes — legal basis and appeal "
     "texts per decision. Other sheets (like this one) are ignored.",
     "Листы читаются по имени: settings, survey, choices и (необязательный) outcomes — правовое основание и "
     "порядок обжалования для каждого решения. Остальные листы (как этот) не читаются.",
     "Sahypalar ady boýunça okalýar: settings, survey, choices we (hökmany däl) outcomes — her karar üçin "
     "hukuk esasy we şikaýat tertibi. Beýleki sahypalar (şu ýaly) okalmaýar."),
    ("settings: one row of values — id, version (as text, e.g. 2026.1), agency (customs, veterinary, "
     "phytosanitary, sanitary_epidemiological), languages (en, ru, tk), title in each language, "
     "applies_when (always, or HS chapters: 01, 02), outcomes (release, detain, …).",
     "settings: одна строка значений — id, version (текстом, например 2026.1), agency (customs, veterinary, "
     "phytosanitary, sanitary_epidemiological), languages (en, ru, tk), title на каждом языке, "
     "applies_when (always или главы ТН ВЭД: 01, 02), outcomes (release, detain, …).",
     "settings: bir setir baha — id, version (tekst hökmünde, meselem 2026.1), agency (customs, veterinary, "
     "phytosanitary, sanitary_epidemiological), languages (en, ru, tk), her dilde title, "
     "applies_when (always ýa-da HS toparlary: 01, 02), outcomes (release, detain, …)."),
    ("survey: one row per question. A section starts with a row of type “begin group” (name = section id, "
     "label = section title) and ends with a row of type “end group”.",
     "survey: одна строка на вопрос. Раздел начинается строкой типа «begin group» (name — id раздела, "
     "label — название раздела) и заканчивается строкой типа «end group».",
     "survey: her soraga bir setir. Bölüm «begin group» görnüşli setir bilen başlaýar (name — bölümiň id-si, "
     "label — bölümiň ady) we «end group» görnüşli setir bilen gutarýar."),
    ("Types: select_one yes_no, select_one yes_no_na, select_one LIST, select_multiple LIST, integer, decimal, "
     "text, date, image (a photo).",
     "Типы: select_one yes_no, select_one yes_no_na, select_one СПИСОК, select_multiple СПИСОК, integer, decimal, "
     "text, date, image (фото).",
     "Görnüşler: select_one yes_no, select_one yes_no_na, select_one SANAW, select_multiple SANAW, integer, "
     "decimal, text, date, image (surat)."),
    ("name: the question id — small Latin letters, digits and _, starting with a letter, unique in the checklist.",
     "name: id вопроса — строчные латинские буквы, цифры и _, начинается с буквы, уникален в чек-листе.",
     "name: soragyň id-si — kiçi latyn harplary, sanlar we _, harp bilen başlaýar, barlag sanawynda gaýtalanmaýar."),
    ("label::en, label::ru, label::tk: the question in each language; hint::… : guidance for the officer.",
     "label::en, label::ru, label::tk: вопрос на каждом языке; hint::… : пояснение для инспектора.",
     "label::en, label::ru, label::tk: her dilde sorag; hint::… : inspektor üçin düşündiriş."),
    ("required: yes or no (empty: yes for yes/no and select_one questions, no for the others).",
     "required: yes или no (пусто: yes для вопросов да/нет и select_one, no для остальных).",
     "required: yes ýa-da no (boş: hawa/ýok we select_one soraglary üçin yes, beýlekiler üçin no)."),
    ("noncompliant_if: the answer that is a finding — yes or no; option names (damaged, wet); "
     "for numbers > 40, < 2, or < 2 or > 40. severity (critical, major, minor) goes with it.",
     "noncompliant_if: ответ, который является нарушением — yes или no; имена вариантов (damaged, wet); "
     "для чисел > 40, < 2 или < 2 or > 40. Вместе с ним указывается severity (critical, major, minor).",
     "noncompliant_if: bozulma hasaplanýan jogap — yes ýa-da no; wariantlaryň atlary (damaged, wet); "
     "sanlar üçin > 40, < 2 ýa-da < 2 or > 40. Onuň bilen severity (critical, major, minor) görkezilýär."),
    ("show_if: when the question is shown, from earlier answers: ${certificate_present} = 'yes', "
     "${packaging} != 'intact', ${packaging} in ('torn', 'wet'), selected(${damage}, 'wet'), ${temp} != '' "
     "(answered), combined with and, or, not(…) and brackets.",
     "show_if: когда вопрос показывается, по предыдущим ответам: ${certificate_present} = 'yes', "
     "${packaging} != 'intact', ${packaging} in ('torn', 'wet'), selected(${damage}, 'wet'), ${temp} != '' "
     "(есть ответ); объединяются через and, or, not(…) и скобки.",
     "show_if: soragyň haçan görkezilýändigi, öňki jogaplar boýunça: ${certificate_present} = 'yes', "
     "${packaging} != 'intact', ${packaging} in ('torn', 'wet'), selected(${damage}, 'wet'), ${temp} != '' "
     "(jogap berlen); and, or, not(…) we ýaýlar bilen birleşdirilýär."),
    ("Numbers: unit (°C, kg …), min and max (hard limits), decimals (digits after the point; "
     "integer has none, decimal needs 1–6). Text: max_length.",
     "Числа: unit (°C, кг …), min и max (жёсткие пределы), decimals (знаков после запятой; "
     "у integer их нет, для decimal нужно 1–6). Текст: max_length.",
     "Sanlar: unit (°C, kg …), min we max (berk çäkler), decimals (otukdan soňky sanlar; "
     "integer-de ýok, decimal üçin 1–6 gerek). Tekst: max_length."),
    ("choices: one row per option — list_name (the LIST of the survey type), name (the stored value: small "
     "letters, digits, _), label in each language.",
     "choices: одна строка на вариант — list_name (СПИСОК из типа в survey), name (сохраняемое значение: "
     "строчные буквы, цифры, _), label на каждом языке.",
     "choices: her warianta bir setir — list_name (survey görnüşindäki SANAW), name (saklanýan baha: kiçi "
     "harplar, sanlar, _), her dilde label."),
    ("Not allowed: formulas, merged cells, hidden rows, columns or required sheets, links to other files, "
     "macros. Type values, not formulas.",
     "Нельзя: формулы, объединённые ячейки, скрытые строки, столбцы или обязательные листы, связи с другими "
     "файлами, макросы. Вводите значения, а не формулы.",
     "Rugsat berilmeýär: formulalar, birleşdirilen öýjükler, gizlenen setirler, sütünler ýa-da hökmany "
     "sahypalar, başga faýllara baglanyşyklar, makroslar. Formulalary däl-de, bahalary ýazyň."),
    ("Check the workbook: inspector checklists import FILE.xlsx -o FILE.yaml — every problem is reported with "
     "its cell, e.g. checklist.xlsx:survey!C12.",
     "Проверка книги: inspector checklists import ФАЙЛ.xlsx -o ФАЙЛ.yaml — каждая проблема указывается с "
     "ячейкой, например checklist.xlsx:survey!C12.",
     "Kitaby barlamak: inspector checklists import FAÝL.xlsx -o FAÝL.yaml — her mesele öz öýjügi bilen "
     "görkezilýär, meselem checklist.xlsx:survey!C12."),
    ("In the app an administrator uses Checklists → Import from Excel…: the form is previewed in every "
     "language before the version is added.",
     "В приложении администратор выбирает Чек-листы → Импорт из Excel…: форма показывается на всех языках "
     "до добавления версии.",
     "Programmada administrator Barlag sanawlary → Excel-den import… saýlaýar: wersiýa goşulmazdan öň "
     "forma ähli dillerde görkezilýär."),
    ("A version once used in an inspection can never change: give every changed checklist a new version.",
     "Версию, однажды использованную в досмотре, изменить нельзя: каждому изменённому чек-листу дайте новую "
     "версию.",
     "Barlagda bir gezek ulanylan wersiýa hiç haçan üýtgäp bilmez: üýtgedilen her barlag sanawyna täze "
     "wersiýa beriň."),
]
for _number, (_en, _ru, _tk) in enumerate(_INSTRUCTIONS, 1):
    _m(f"workbook.instructions_{_number}", _en, _ru, _tk)
_m("workbook.preview_only", "only answers can be tried in a preview", "в предварительном просмотре можно пробовать только ответы",
   "deslapky görnüşde diňe jogaplary synap bolýar")
_m("workbook.showif_unquoted", "show_if: put the value in quotes: '{word}' (character {column})",
   "show_if: возьмите значение в кавычки: '{word}' (позиция {column})",
   "show_if: bahany dyrnaga alyň: '{word}' ({column}-nji belgi)")
_m("workbook.outcome_without_name", "a row of the outcomes sheet without an outcome (release, detain …)",
   "строка листа outcomes без outcome (release, detain …)", "outcomes sahypasynyň outcome-siz setiri (release, detain …)")
_m("workbook.outcome_twice", "the outcome “{outcome}” has two rows", "для решения «{outcome}» две строки",
   "«{outcome}» karary üçin iki setir bar")
