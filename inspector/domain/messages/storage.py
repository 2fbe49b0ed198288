"""Texts of the database's files on disk: empty files, full or read-only disks,
a leftover WAL, output files that must not replace the database (issue 10 §4).

The start-up check's other texts are in :mod:`reliability` and :mod:`core`.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- files that cannot be used as they are ----------------------------------------------
_m("database.empty",
   "{path} is empty (0 bytes): it is not a database, and it was not turned into a new one. It was left "
   "untouched; if no records were ever kept there, delete it or choose another file",
   "{path} пуст (0 байт): это не база данных, и новая база из него не создана. Файл не изменён; если в нём "
   "никогда не хранились записи, удалите его или выберите другой файл",
   "{path} boş (0 baýt): bu maglumat bazasy däl we ondan täze baza döredilmedi. Faýl üýtgedilmedi; eger onda "
   "hiç haçan ýazgy saklanmadyk bolsa, ony pozuň ýa-da başga faýl saýlaň")
_m("database.wal_set_aside",
   "A leftover write-ahead log {wal} did not belong to {path} and was not applied to it; it was kept as "
   "{kept}. If records seem to be missing, keep that file and call your administrator",
   "Оставшийся журнал предзаписи {wal} не относится к {path} и не был к ней применён; он сохранён как "
   "{kept}. Если каких-то записей не хватает, сохраните этот файл и обратитесь к администратору",
   "Galan öňünden ýazgy žurnaly {wal} {path} bazasyna degişli däl we oňa goşulmady; ol {kept} hökmünde "
   "saklandy. Käbir ýazgylar ýok ýaly bolsa, şol faýly saklaň we administratoryňyza ýüz tutuň")
_m("database.wal_stuck",
   "A leftover write-ahead log {wal} does not belong to {path} and could not be moved aside ({reason}); "
   "nothing was opened",
   "Оставшийся журнал предзаписи {wal} не относится к {path}, и его не удалось отложить ({reason}); "
   "ничего не открыто",
   "Galan öňünden ýazgy žurnaly {wal} {path} bazasyna degişli däl we ony bir gyra goýup bolmady "
   "({reason}); hiç zat açylmady")

_m("database.migration_failed",
   "{path} could not be upgraded from schema version {revision} ({reason}); it was left as it was, and a "
   "backup was made first",
   "Не удалось обновить {path} с версии схемы {revision} ({reason}); файл оставлен как был, а перед этим "
   "сделана резервная копия",
   "{path} bazasyny shemanyň {revision} wersiýasyndan täzeläp bolmady ({reason}); faýl öňküsi ýaly "
   "galdyryldy, ondan öň ätiýaçlyk nusgasy alyndy")

# -- disks that refuse writes -------------------------------------------------------------
_m("database.write_failed",
   "Could not write to {path}: the disk is full or failing ({detail}). The last change was not saved; "
   "everything saved before it is intact. Free some space, then try again",
   "Не удалось записать в {path}: диск заполнен или неисправен ({detail}). Последнее изменение не "
   "сохранено; всё сохранённое ранее цело. Освободите место и повторите",
   "{path} faýlyna ýazyp bolmady: disk doly ýa-da näsaz ({detail}). Soňky üýtgeşme saklanmady; ondan öň "
   "saklanan zatlaryň hemmesi bitewi. Disklerde ýer boşadyň we gaýtadan synanyşyň")
_m("database.read_only",
   "{path} is on read-only media or cannot be written: it was opened for reading only. You can view, "
   "check and print records; nothing can be changed",
   "{path} находится на носителе только для чтения или недоступна для записи: она открыта только для "
   "чтения. Записи можно просматривать, проверять и печатать; изменить ничего нельзя",
   "{path} diňe okalýan göterijide ýa-da oňa ýazyp bolmaýar: ol diňe okamak üçin açyldy. Ýazgylary "
   "görüp, barlap we çap edip bolýar; hiç zady üýtgedip bolmaýar")
_m("database.read_only_write",
   "{path} is open for reading only (read-only media or no permission to write): nothing was changed. "
   "Copy it to a writable folder to work on it",
   "{path} открыта только для чтения (носитель только для чтения или нет права записи): ничего не "
   "изменено. Чтобы работать с ней, скопируйте её в папку, доступную для записи",
   "{path} diňe okamak üçin açyk (diňe okalýan göteriji ýa-da ýazmaga rugsat ýok): hiç zat üýtgedilmedi. "
   "Onuň bilen işlemek üçin ony ýazyp bolýan bukja göçüriň")
_m("database.read_only_refused",
   "{path} cannot be written (read-only media or no permission to write), and this command changes it; "
   "nothing was changed. Commands that only read still work",
   "{path} недоступна для записи (носитель только для чтения или нет права записи), а эта команда её "
   "изменяет; ничего не изменено. Команды, которые только читают, работают",
   "{path} faýlyna ýazyp bolmaýar (diňe okalýan göteriji ýa-da ýazmaga rugsat ýok), bu buýruk bolsa ony "
   "üýtgedýär; hiç zat üýtgedilmedi. Diňe okaýan buýruklar işleýär")
_m("backup.read_only",
   "{path} is on read-only media: no backup can be written beside it. Write one elsewhere with "
   "inspector backup -o FILE",
   "{path} находится на носителе только для чтения: рядом с ней резервную копию записать нельзя. "
   "Запишите её в другое место: inspector backup -o FILE",
   "{path} diňe okalýan göterijide: onuň ýanynda ätiýaçlyk nusgasyny ýazyp bolmaýar. Ony başga ýere "
   "ýazyň: inspector backup -o FILE")
_m("database.read_only_old",
   "{path} cannot be written and was made by an older version of BCP Inspector: it must be upgraded "
   "first, which needs a writable copy; nothing was changed",
   "{path} недоступна для записи и создана более старой версией BCP Inspector: сначала её нужно "
   "обновить, а для этого нужна копия, доступная для записи; ничего не изменено",
   "{path} faýlyna ýazyp bolmaýar we ol BCP Inspector-yň köne wersiýasynda döredilen: ilki ony "
   "täzelemeli, munuň üçin ýazyp bolýan nusga gerek; hiç zat üýtgedilmedi")

# -- files the user names ------------------------------------------------------------------
_m("file.open_database",
   "{file} is the open database or one of its working files: choose another file",
   "{file} — открытая база данных или один из её рабочих файлов: выберите другой файл",
   "{file} açyk maglumat bazasy ýa-da onuň iş faýllarynyň biri: başga faýl saýlaň")
_m("restore.database_open",
   "{path} is still open in this program: close it before restoring; nothing was restored",
   "{path} ещё открыта в этой программе: закройте её перед восстановлением; ничего не восстановлено",
   "{path} bu programmada entek açyk: dikeltmezden öň ony ýapyň; hiç zat dikeldilmedi")
_m("output.is_database",
   "{file} is the database or one of its working files: it is never overwritten, choose another file name",
   "{file} — база данных или один из её рабочих файлов: она никогда не перезаписывается, выберите "
   "другое имя файла",
   "{file} maglumat bazasy ýa-da onuň iş faýllarynyň biri: ol hiç haçan üstünden ýazylmaýar, başga "
   "faýl adyny saýlaň")
_m("output.is_backup",
   "{file} is a backup of the database: it is never overwritten, choose another file name",
   "{file} — резервная копия базы данных: она никогда не перезаписывается, выберите другое имя файла",
   "{file} maglumat bazasynyň ätiýaçlyk nusgasy: ol hiç haçan üstünden ýazylmaýar, başga faýl adyny saýlaň")
_m("output.exists",
   "{file} exists already: choose another file name, or add --force to replace it",
   "{file} уже существует: выберите другое имя файла или добавьте --force, чтобы заменить его",
   "{file} eýýäm bar: başga faýl adyny saýlaň ýa-da ony çalyşmak üçin --force goşuň")
_m("output.is_folder", "{file} is a folder: give a file name",
   "{file} — папка: укажите имя файла",
   "{file} bukja: faýlyň adyny görkeziň")
_m("output.help_force", "replace FILE if it exists (never the database or its backups)",
   "заменить FILE, если он существует (но никогда не базу данных и не её резервные копии)",
   "FILE bar bolsa, ony çalyşmak (maglumat bazasyny we onuň ätiýaçlyk nusgalaryny hiç haçan)")

# -- inspector check: the schema ---------------------------------------------------------------
_m("check.schema_version",
   "The schema version is {found}, not {head}: the database was changed outside BCP Inspector",
   "Версия схемы — {found}, а не {head}: база данных изменена вне BCP Inspector",
   "Shemanyň wersiýasy {head} däl-de, {found}: maglumat bazasy BCP Inspector-dan daşarda üýtgedilipdir")
_m("check.schema_table_missing", "Table {table} is missing from the database",
   "В базе данных нет таблицы {table}",
   "Maglumat bazasynda {table} tablisasy ýok")
_m("check.schema_column_missing", "Column {column} of table {table} is missing",
   "В таблице {table} нет столбца {column}",
   "{table} tablisasynda {column} sütüni ýok")
_m("check.schema_trigger_missing",
   "The protection trigger {trigger} on {table} is missing: finalized records or the audit trail could "
   "be changed unnoticed",
   "Защитный триггер {trigger} таблицы {table} отсутствует: завершённые записи или журнал аудита можно "
   "было изменить незаметно",
   "{table} tablisasynyň {trigger} gorag triggeri ýok: tamamlanan ýazgylary ýa-da audit žurnalyny "
   "bildirmän üýtgedip bolardy")
_m("check.schema_trigger_changed",
   "The protection trigger {trigger} on {table} was altered: it is not the one the migrations made",
   "Защитный триггер {trigger} таблицы {table} изменён: это не тот триггер, который создают миграции",
   "{table} tablisasynyň {trigger} gorag triggeri üýtgedilipdir: ol migrasiýalaryň döredeni däl")
_m("check.schema_trigger_extra",
   "An unknown trigger {trigger} was added on {table}",
   "К таблице {table} добавлен неизвестный триггер {trigger}",
   "{table} tablisasyna näbelli {trigger} triggeri goşulypdyr")
