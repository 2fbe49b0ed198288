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

# -- encryption at rest (issue 15) -----------------------------------------------------------
_m("database.encrypted",
   "{path} is encrypted: log in (--user, and the password from the prompt or INSPECTOR_PASSWORD) to open it",
   "{path} зашифрована: войдите (--user и пароль — по запросу или в INSPECTOR_PASSWORD), чтобы открыть её",
   "{path} şifrlenen: ony açmak üçin ulgama giriň (--user we açar sözi — soralanda ýa-da INSPECTOR_PASSWORD-da)")
_m("database.not_encrypted",
   "{path} is not encrypted, but its key file says it should be: it may have been replaced; it was left untouched",
   "{path} не зашифрована, хотя её файл ключей говорит обратное: возможно, её подменили; файл не изменён",
   "{path} şifrlenmedik, emma onuň açar faýly şifrlenen bolmalydygyny aýdýar: ol çalşyrylan bolmagy "
   "mümkin; faýl üýtgedilmedi")
_m("database.cannot_decrypt",
   "{path} does not open with the key from its key file: the key file belongs to another database, or the "
   "file is damaged; it was left untouched",
   "{path} не открывается ключом из её файла ключей: файл ключей от другой базы данных, или файл повреждён; "
   "файл не изменён",
   "{path} öz açar faýlyndaky açar bilen açylmaýar: açar faýly başga maglumat bazasynyňky, ýa-da faýl "
   "zeperlenen; faýl üýtgedilmedi")
_m("keys.missing",
   "{path} is encrypted but its key file {keys} is missing: copy it back from where the database came "
   "from, or decrypt a copy with the recovery key (inspector decrypt)",
   "{path} зашифрована, но её файла ключей {keys} нет: верните его туда, откуда взята база, или расшифруйте "
   "копию ключом восстановления (inspector decrypt)",
   "{path} şifrlenen, emma onuň açar faýly {keys} ýok: ony maglumat bazasynyň alnan ýerinden yzyna göçüriň "
   "ýa-da dikeltmek açary bilen nusgasyny şifrden açyň (inspector decrypt)")
_m("keys.unreadable", "The key file {keys} cannot be read: {reason}",
   "Файл ключей {keys} не читается: {reason}", "{keys} açar faýly okalmaýar: {reason}")
_m("keys.damaged",
   "The key file {keys} is damaged or cut short; nothing was changed. Copy it back from a safe place, or use "
   "the recovery key (inspector decrypt)",
   "Файл ключей {keys} повреждён или обрезан; ничего не изменено. Верните его из надёжного места или "
   "воспользуйтесь ключом восстановления (inspector decrypt)",
   "{keys} açar faýly zeperlenen ýa-da kesilen; hiç zat üýtgedilmedi. Ony ygtybarly ýerden yzyna göçüriň "
   "ýa-da dikeltmek açaryny ulanyň (inspector decrypt)")
_m("keys.recovery_malformed",
   "That is not a recovery key: it has 8 groups of 5 letters and digits (A–Z, 2–7)",
   "Это не ключ восстановления: он состоит из 8 групп по 5 букв и цифр (A–Z, 2–7)",
   "Bu dikeltmek açary däl: ol 5 harp we sandan ybarat 8 topardan durýar (A–Z, 2–7)")
_m("keys.recovery_wrong", "The recovery key does not open this database; nothing was changed",
   "Ключ восстановления не открывает эту базу данных; ничего не изменено",
   "Dikeltmek açary bu maglumat bazasyny açmaýar; hiç zat üýtgedilmedi")
_m("keys.no_recovery", "The key file {keys} holds no recovery key",
   "В файле ключей {keys} нет ключа восстановления", "{keys} açar faýlynda dikeltmek açary ýok")
_m("keys.user_required",
   "{path} is encrypted: give --user (or INSPECTOR_USER); the password is read from the prompt or "
   "INSPECTOR_PASSWORD",
   "{path} зашифрована: укажите --user (или INSPECTOR_USER); пароль читается по запросу или из "
   "INSPECTOR_PASSWORD",
   "{path} şifrlenen: --user (ýa-da INSPECTOR_USER) beriň; açar sözi soralanda ýa-da INSPECTOR_PASSWORD-dan "
   "okalýar")
_m("cli.help_user",
   "log in as NAME before an encrypted database opens (or INSPECTOR_USER); the password comes from the prompt "
   "or INSPECTOR_PASSWORD, never the command line",
   "войти как NAME до открытия зашифрованной базы (или INSPECTOR_USER); пароль — по запросу или из "
   "INSPECTOR_PASSWORD, никогда не в командной строке",
   "şifrlenen maglumat bazasy açylmazdan öň NAME bolup giriň (ýa-da INSPECTOR_USER); açar sözi soralanda ýa-da "
   "INSPECTOR_PASSWORD-dan alynýar, hiç haçan buýruk setirinden däl")
_m("crypt.help_sheet", "when a recovery key is made, also write it as a sheet with a QR code to this PDF",
   "когда создаётся ключ восстановления, также записать его листом с QR-кодом в этот PDF",
   "dikeltmek açary döredilende, ony QR kody bilen sahypa görnüşinde şu PDF-e hem ýazmak")
_m("crypt.help_encrypt", "encrypt a plain database in place (after a backup; an interrupted run leaves it as it was)",
   "зашифровать открытую базу данных на месте (после резервной копии; прерванный запуск оставляет её как была)",
   "açyk maglumat bazasyny öz ýerinde şifrlemek (ätiýaçlyk nusgadan soň; kesilen işleýiş ony öňküsi ýaly galdyrýar)")
_m("crypt.help_decrypt", "write a plain copy of the encrypted database, with the recovery key (for investigations)",
   "записать открытую копию зашифрованной базы данных по ключу восстановления (для расследований)",
   "dikeltmek açary bilen şifrlenen maglumat bazasynyň açyk nusgasyny ýazmak (derňewler üçin)")
_m("crypt.help_decrypt_to", "the new plain file (it must not exist)", "новый открытый файл (его не должно быть)",
   "täze açyk faýl (ol bolmaly däl)")
_m("crypt.help_recovery", "make a new recovery key (the old one stops working); administrators",
   "создать новый ключ восстановления (старый перестаёт действовать); для администраторов",
   "täze dikeltmek açaryny döretmek (köne açar işlemesini bes edýär); administratorlar üçin")
_m("crypt.unlock_password", "Password (opens the encrypted database)", "Пароль (открывает зашифрованную базу)",
   "Açar sözi (şifrlenen maglumat bazasyny açýar)")
_m("crypt.recovery_prompt", "Recovery key", "Ключ восстановления", "Dikeltmek açary")
_m("crypt.recovery_shown",
   "The database {path} is encrypted. Its RECOVERY KEY, shown only now — write it down or print it, and lock it "
   "away; without a password or this key nothing opens the database:\n\n    {key}\n",
   "База данных {path} зашифрована. Её КЛЮЧ ВОССТАНОВЛЕНИЯ показан только сейчас — запишите или распечатайте его "
   "и заприте; без пароля или этого ключа базу не открыть:\n\n    {key}\n",
   "{path} maglumat bazasy şifrlenen. Onuň DIKELTMEK AÇARY diňe häzir görkezilýär — ony ýazyp alyň ýa-da çap "
   "ediň we gulplap saklaň; açar sözsüz ýa-da şu açarsyz maglumat bazasy açylmaýar:\n\n    {key}\n")
_m("crypt.sheet_written", "Recovery sheet written to {file}: print it, lock it away, then delete the file",
   "Лист восстановления записан в {file}: распечатайте, заприте, затем удалите файл",
   "Dikeltmek sahypasy {file} faýlyna ýazyldy: ony çap ediň, gulplap saklaň, soňra faýly pozuň")
_m("crypt.encrypted", "{path} is now encrypted; the plain original was kept as {backup} (encrypted too now)",
   "{path} теперь зашифрована; открытый оригинал сохранён как {backup} (теперь тоже зашифрован)",
   "{path} indi şifrlenen; açyk asyl nusga {backup} hökmünde saklandy (indi ol hem şifrlenen)")
_m("crypt.encrypted_next",
   "An officer's password opens it from their first log-in on a workstation where it is open (the "
   "administrator's at once with --user); until then use the recovery key",
   "Пароль сотрудника открывает её после его первого входа на рабочей станции, где она открыта (пароль "
   "администратора — сразу, с --user); до тех пор используйте ключ восстановления",
   "Işgäriň açar sözi ony açyk iş ýerinde ilkinji gezek girenden soň açýar (administratoryňky --user bilen "
   "derrew); oňa çenli dikeltmek açaryny ulanyň")
_m("crypt.decrypted", "A plain copy was written to {file}: it holds personal data in the clear — keep it safe and "
   "delete it when done",
   "Открытая копия записана в {file}: в ней персональные данные в открытом виде — храните её надёжно и удалите "
   "по окончании",
   "Açyk nusga {file} faýlyna ýazyldy: onda şahsy maglumatlar açyk görnüşde — ony howpsuz saklaň we işiňiz "
   "gutaranda pozuň")
_m("crypt.already_encrypted", "{path} is encrypted already (it has a key file); nothing was changed",
   "{path} уже зашифрована (у неё есть файл ключей); ничего не изменено",
   "{path} eýýäm şifrlenen (onuň açar faýly bar); hiç zat üýtgedilmedi")
_m("crypt.no_database", "There is no database at {path} to encrypt", "По пути {path} нет базы данных для шифрования",
   "{path} ýerinde şifrlemek üçin maglumat bazasy ýok")
_m("crypt.migrate_first", "{path} is from an older version: open it once (it is migrated), then encrypt it",
   "{path} от прежней версии: откройте её один раз (она будет обновлена), затем зашифруйте",
   "{path} öňki wersiýadan: ony bir gezek açyň (ol täzelener), soňra şifrläň")
_m("crypt.copy_differs", "The encrypted copy of {path} differs from it (table {table}); the plain file is unchanged",
   "Зашифрованная копия {path} отличается от неё (таблица {table}); открытый файл не изменён",
   "{path} faýlynyň şifrlenen nusgasy ondan tapawutlanýar ({table} tablisasy); açyk faýl üýtgedilmedi")
_m("crypt.not_encrypted", "{path} is not encrypted (inspector encrypt converts it)",
   "{path} не зашифрована (inspector encrypt её преобразует)",
   "{path} şifrlenmedik (inspector encrypt ony öwürýär)")
_m("backup.reason_pre-encryption", "before encryption", "перед шифрованием", "şifrlemekden öň")
_m("crypt.sheet_title", "BCP Inspector — recovery key", "BCP Inspector — ключ восстановления",
   "BCP Inspector — dikeltmek açary")
_m("crypt.sheet_database", "Database: {path}", "База данных: {path}", "Maglumat bazasy: {path}")
_m("crypt.sheet_made", "Made: {time}", "Создан: {time}", "Döredildi: {time}")
_m("crypt.sheet_use",
   "This key opens the encrypted database without any officer's password: an administrator types it (or scans "
   "the code) to open the database when every password is lost, or to write a plain copy for an investigation "
   "(inspector decrypt).",
   "Этот ключ открывает зашифрованную базу без пароля сотрудника: администратор вводит его (или сканирует код), "
   "чтобы открыть базу, если все пароли утрачены, или записать открытую копию для расследования "
   "(inspector decrypt).",
   "Bu açar şifrlenen maglumat bazasyny hiç bir işgäriň açar sözüsiz açýar: ähli açar sözler ýitirilende "
   "maglumat bazasyny açmak ýa-da derňew üçin açyk nusga ýazmak üçin (inspector decrypt) administrator ony "
   "ýazýar (ýa-da kody skanirleýär).")
_m("crypt.sheet_keep",
   "Keep this sheet locked away, apart from the workstation and its backups. Whoever holds it can read every "
   "record. A new key (inspector recovery-key) makes this one useless.",
   "Храните этот лист под замком, отдельно от рабочей станции и её резервных копий. Тот, у кого он есть, может "
   "прочитать все записи. Новый ключ (inspector recovery-key) делает этот недействительным.",
   "Bu sahypany iş ýerinden we onuň ätiýaçlyk nusgalaryndan aýry, gulp astynda saklaň. Ol kimde bolsa, ähli "
   "ýazgylary okap biler. Täze açar (inspector recovery-key) şuny hereketsiz edýär.")
_m("crypt.help_insecure", "sync over a connection without TLS (a test server on this machine only)",
   "синхронизировать по соединению без TLS (только для тестового сервера на этой машине)",
   "TLS-siz birikme arkaly sinhronlamak (diňe şu kompýuterdäki synag serweri üçin)")
_m("crypt.sync_needs_tls",
   "The central database URL does not ask for TLS: records would travel in the clear. Add "
   "?sslmode=verify-full (docs/encryption.md), or --insecure for a test server on this machine",
   "Адрес центральной базы не требует TLS: записи передавались бы открыто. Добавьте ?sslmode=verify-full "
   "(docs/encryption.md) или --insecure для тестового сервера на этой машине",
   "Merkezi maglumat bazasynyň salgysy TLS talap etmeýär: ýazgylar açyk geçerdi. ?sslmode=verify-full goşuň "
   "(docs/encryption.md) ýa-da şu kompýuterdäki synag serweri üçin --insecure")
# -- bundles sealed to head office ----------------------------------------------------------------
_m("seal.help_seal_key", "head office's private sealing key (or INSPECTOR_SEAL_KEY): opens sealed bundles",
   "закрытый ключ запечатывания центрального офиса (или INSPECTOR_SEAL_KEY): открывает запечатанные пакеты",
   "merkezi edaranyň möhürlemek üçin ýapyk açary (ýa-da INSPECTOR_SEAL_KEY): möhürlenen bukjalary açýar")
_m("seal.help_make", "head office: make the key pair that bundles are sealed to",
   "центральный офис: создать пару ключей, которой запечатываются пакеты",
   "merkezi edara: bukjalaryň möhürlenýän açar jübütini döretmek")
_m("seal.help_seal_to", "seal every bundle exported from now on to head office's public key FILE",
   "запечатывать каждый экспортируемый пакет открытым ключом центрального офиса из FILE",
   "mundan beýläk eksport edilýän her bukjany merkezi edaranyň FILE açyk açary bilen möhürlemek")
_m("seal.sealed", "{path} is sealed: only head office's private key opens it",
   "{path} запечатан: открыть его может только закрытый ключ центрального офиса",
   "{path} möhürlendi: ony diňe merkezi edaranyň ýapyk açary açyp biler")
_m("seal.made", "Private key: {private} (keep it at head office only). Public key for the posts: {public}",
   "Закрытый ключ: {private} (храните только в центральном офисе). Открытый ключ для постов: {public}",
   "Ýapyk açar: {private} (diňe merkezi edarada saklaň). Postlar üçin açyk açar: {public}")
_m("seal.recorded", "Bundles exported from now on are sealed to the key in {file}",
   "Экспортируемые отныне пакеты запечатываются ключом из {file}",
   "Mundan beýläk eksport edilýän bukjalar {file} faýlyndaky açar bilen möhürlenýär")
_m("seal.exists", "{file} exists already; nothing was written", "{file} уже существует; ничего не записано",
   "{file} eýýäm bar; hiç zat ýazylmady")
_m("seal.bad_key_file", "{file} is not a sealing key file of BCP Inspector", "{file} — не файл ключа запечатывания BCP Inspector",
   "{file} BCP Inspector-iň möhürlemek açar faýly däl")
_m("seal.key_needed", "{file} is sealed to head office: give --seal-key (head office's private key)",
   "{file} запечатан для центрального офиса: укажите --seal-key (закрытый ключ центрального офиса)",
   "{file} merkezi edara üçin möhürlenen: --seal-key (merkezi edaranyň ýapyk açary) beriň")
_m("seal.wrong_key", "{file} does not open with this key (sealed to another key, or damaged); nothing was imported",
   "{file} не открывается этим ключом (запечатан другим ключом или повреждён); ничего не импортировано",
   "{file} bu açar bilen açylmaýar (başga açar bilen möhürlenen ýa-da zeperlenen); hiç zat import edilmedi")
_m("seal.damaged", "{file} is a sealed bundle cut short or damaged; nothing was imported",
   "{file} — обрезанный или повреждённый запечатанный пакет; ничего не импортировано",
   "{file} kesilen ýa-da zeperlenen möhürlenen bukja; hiç zat import edilmedi")
