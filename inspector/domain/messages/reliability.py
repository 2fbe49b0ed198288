"""Texts of the reliability features: damaged or foreign database files, the
single-writer lock, backups and restore (SPEC §9).

Some ``database.*`` keys (``unreadable``, ``not_sqlite``, ``foreign``,
``newer``) live in :mod:`core` and are reused, not repeated here.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- damaged and foreign files -------------------------------------------------------
_m("database.damaged", "{path} is damaged ({detail}); it was left untouched",
   "{path} повреждена ({detail}); файл не изменён",
   "{path} zeperlenen ({detail}); faýl üýtgedilmedi")
_m("database.truncated", "{path} is cut short ({size} of {expected} bytes); it was left untouched",
   "{path} обрезана ({size} из {expected} байт); файл не изменён",
   "{path} doly däl, soňy kesilen ({expected} baýtdan {size} baýt); faýl üýtgedilmedi")
_m("database.missing",
   "{path} is missing or empty, but backups of it exist; a new database was not started",
   "{path} отсутствует или пуста, но её резервные копии есть; новая база не создана",
   "{path} ýok ýa-da boş, emma onuň ätiýaçlyk nusgalary bar; täze baza döredilmedi")
_m("database.is_directory", "{path} is a folder, not a database file",
   "{path} — папка, а не файл базы данных",
   "{path} bukja, maglumat bazasynyň faýly däl")
_m("database.cannot_create", "Cannot create the database {path}: {reason}",
   "Не удаётся создать базу данных {path}: {reason}",
   "{path} maglumat bazasyny döredip bolmaýar: {reason}")
_m("database.checklist_damaged",
   "{path} is damaged: the stored checklist {checklist} no longer matches its SHA-256; it was left untouched",
   "{path} повреждена: сохранённый чек-лист {checklist} не совпадает со своим SHA-256; файл не изменён",
   "{path} zeperlenen: saklanan {checklist} barlag sanawy öz SHA-256 hashy bilen gabat gelmeýär; "
   "faýl üýtgedilmedi")
_m("database.attachment_damaged",
   "{path} is damaged: attachment {sha}… no longer matches its SHA-256; it was left untouched",
   "{path} повреждена: вложение {sha}… не совпадает со своим SHA-256; файл не изменён",
   "{path} zeperlenen: {sha}… goşundy öz SHA-256 hashy bilen gabat gelmeýär; faýl üýtgedilmedi")
_m("database.latest_backup", "Latest good backup: {backup} (made {time})",
   "Последняя исправная резервная копия: {backup} (сделана {time})",
   "Iň soňky kadaly ätiýaçlyk nusgasy: {backup} ({time} alnan)")
_m("database.restore_command", "To restore it: inspector --db \"{path}\" restore \"{backup}\"",
   "Чтобы восстановить её: inspector --db \"{path}\" restore \"{backup}\"",
   "Ony dikeltmek üçin: inspector --db \"{path}\" restore \"{backup}\"")
_m("database.no_backup", "No good backup of it was found in {folder}",
   "Исправной резервной копии в {folder} не найдено",
   "{folder} bukjasynda kadaly ätiýaçlyk nusgasy tapylmady")

# -- one writer ------------------------------------------------------------------------
_m("database.in_use",
   "{path} is open for writing in another BCP Inspector (computer {host}, process {pid}, since {since}); "
   "close it there, then try again",
   "{path} открыта для записи в другой копии BCP Inspector (компьютер {host}, процесс {pid}, с {since}); "
   "закройте её там и повторите",
   "{path} başga bir BCP Inspector-da ýazmak üçin açyk (kompýuter {host}, proses {pid}, {since} bäri); "
   "ony şol ýerde ýapyň we gaýtadan synanyşyň")
_m("database.lock_failed", "Cannot lock {path} for writing: {reason}",
   "Не удаётся заблокировать {path} для записи: {reason}",
   "{path} ýazmak üçin gulplap bolmaýar: {reason}")

# -- backups -----------------------------------------------------------------------------
_m("backup.help", "back up the database now, or list its backups",
   "сделать резервную копию базы сейчас или показать список копий",
   "maglumat bazasynyň ätiýaçlyk nusgasyny häzir almak ýa-da nusgalaryň sanawyny görkezmek")
_m("backup.help_output", "write the copy to FILE (default: the backups folder next to the database)",
   "записать копию в ФАЙЛ (по умолчанию: папка backups рядом с базой)",
   "nusgany FAÝL-a ýazmak (adaty: bazanyň ýanyndaky backups bukjasy)")
_m("backup.help_list", "list this database's backups, newest first",
   "список резервных копий этой базы, сначала новые",
   "bu bazanyň ätiýaçlyk nusgalarynyň sanawy, iň täzeleri ilki")
_m("backup.done", "Backup written: {file} ({size})", "Резервная копия записана: {file} ({size})",
   "Ätiýaçlyk nusga ýazyldy: {file} ({size})")
_m("backup.size", "{mb} MB", "{mb} МБ", "{mb} MB")
_m("backup.exists", "{file} exists already: choose a new file name",
   "{file} уже существует: выберите новое имя файла",
   "{file} eýýäm bar: täze faýl adyny saýlaň")
_m("backup.failed", "Backup of {path} failed: {reason}",
   "Не удалось сделать резервную копию {path}: {reason}",
   "{path} bazasynyň ätiýaçlyk nusgasyny alyp bolmady: {reason}")
_m("backup.none", "No backups in {folder}", "В {folder} нет резервных копий",
   "{folder} bukjasynda ätiýaçlyk nusga ýok")
_m("backup.reason_daily", "daily", "ежедневная", "gündelik")
_m("backup.reason_manual", "manual", "ручная", "el bilen")
_m("backup.reason_pre-migration", "before migration", "перед обновлением схемы",
   "shema täzelenmezden öň")
_m("backup.reason_pre-restore", "before restore", "перед восстановлением", "dikeldilmezden öň")

# -- restore --------------------------------------------------------------------------------
_m("restore.help", "replace the database with a checked backup (the current one is kept as a backup)",
   "заменить базу проверенной резервной копией (текущая база сохраняется как резервная копия)",
   "maglumat bazasyny barlanan ätiýaçlyk nusga bilen çalyşmak (häzirki baza ätiýaçlyk nusga "
   "hökmünde saklanýar)")
_m("restore.help_file", "the backup to restore", "восстанавливаемая резервная копия",
   "dikeldilýän ätiýaçlyk nusga")
_m("restore.cannot_read", "Cannot read {file}: {reason}", "Не удаётся прочитать {file}: {reason}",
   "{file} okap bolmaýar: {reason}")
_m("restore.same_file", "{file} is the database itself: name a backup",
   "{file} — это сама база данных: укажите резервную копию",
   "{file} maglumat bazasynyň özi: ätiýaçlyk nusgany görkeziň")
_m("restore.refused", "Nothing was restored. {reason}", "Ничего не восстановлено. {reason}",
   "Hiç zat dikeldilmedi. {reason}")
_m("restore.not_sound", "The backup does not pass the check ({count} problem(s)); the first: {first}",
   "Резервная копия не проходит проверку (проблем: {count}); первая: {first}",
   "Ätiýaçlyk nusga barlagdan geçmeýär ({count} mesele); birinjisi: {first}")
_m("restore.failed", "Restoring {path} failed ({reason}); the database was not replaced",
   "Восстановить {path} не удалось ({reason}); база не заменена",
   "{path} bazasyny dikeldip bolmady ({reason}); baza çalşyrylmady")
_m("restore.done", "Restored {path} from {file}", "База {path} восстановлена из {file}",
   "{path} bazasy {file} faýlyndan dikeldildi")
_m("restore.kept", "The previous database was kept as {backup}", "Прежняя база сохранена как {backup}",
   "Öňki baza {backup} hökmünde saklandy")
