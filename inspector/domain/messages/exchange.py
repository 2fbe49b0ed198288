"""Texts of the offline exchange: bundles, keys, trust, import, sync (keys ``exchange.*``).

Vocabulary kept consistent with ``core``: bundle — пакет — bukja; key — ключ —
açar; fingerprint — отпечаток — barmak yzy; workstation — рабочее место — iş
ýeri; database — база данных — maglumat bazasy. Have a native speaker review
the Turkmen before release.
"""

from __future__ import annotations

import logging

from inspector.domain.messages.catalogue import add as _m

log = logging.getLogger(__name__)

# -- the outcome of an import -----------------------------------------------------------
_m("exchange.rejected", "The bundle was refused and nothing was imported: {reason}",
   "Пакет отклонён, ничего не импортировано: {reason}",
   "Bukja kabul edilmedi, hiç zat import edilmedi: {reason}")
_m("exchange.imported",
   "Imported {file}: {inserted} new, {replaced} updated, {reviewed} reviews, {unchanged} unchanged, "
   "{stale} older copies skipped, {conflicts} conflict(s); {users} inactive account(s) created",
   "Импортирован {file}: новых {inserted}, обновлено {replaced}, решений проверки {reviewed}, без изменений "
   "{unchanged}, пропущено устаревших копий {stale}, конфликтов {conflicts}; создано неактивных учётных записей {users}",
   "{file} import edildi: {inserted} täze, {replaced} täzelenen, {reviewed} gözden geçirme, {unchanged} üýtgemedik, "
   "{stale} köne nusga geçildi, {conflicts} gapma-garşylyk; {users} işjeň däl hasap döredildi")
_m("exchange.conflicts_note",
   "{count} finalized record(s) arrived with different content; ours were kept and the copies set aside "
   "for a supervisor",
   "Закрытые записи ({count}) пришли с другим содержанием; наши сохранены, копии отложены для начальника смены",
   "{count} tassyklanan ýazgy başga mazmun bilen geldi; biziňkiler saklandy, nusgalar smena başlygy üçin goýuldy")
_m("exchange.import_role", "Only an administrator or a supervisor imports bundles",
   "Пакеты импортирует только администратор или начальник смены",
   "Bukjalary diňe administrator ýa-da smena başlygy import edýär")

# -- why a bundle is refused --------------------------------------------------------------
_m("exchange.cannot_read", "cannot read {path}: {reason}", "не удаётся прочитать {path}: {reason}",
   "{path} okap bolmaýar: {reason}")
_m("exchange.not_a_bundle", "the file is not a bundle (not a zip archive, or a damaged one)",
   "файл не является пакетом (не zip-архив или повреждённый архив)",
   "faýl bukja däl (zip arhiwi däl ýa-da zeperlenen arhiw)")
_m("exchange.too_many_members", "it holds {count} files, more than the {max} allowed",
   "в нём {count} файлов, больше допустимых {max}", "onda {count} faýl bar, bu rugsat berlen {max}-dan köp")
_m("exchange.unsafe_name", "the file name “{name}” could write outside its folder (absolute path, “..”, "
   "backslash or drive letter)",
   "имя файла «{name}» позволяет записать за пределы папки (абсолютный путь, «..», обратная косая черта или буква диска)",
   "«{name}» faýl ady bukjanyň daşyna ýazyp biler (absolýut ýol, «..», ters ýapgyt çyzyk ýa-da disk harpy)")
_m("exchange.duplicate_member", "the file “{name}” appears twice", "файл «{name}» встречается дважды",
   "«{name}» faýl iki gezek duş gelýär")
_m("exchange.not_a_file", "“{name}” is a link or a folder, not a file", "«{name}» — ссылка или папка, а не файл",
   "«{name}» faýl däl-de, salgylanma ýa-da bukja")
_m("exchange.encrypted_member", "“{name}” is encrypted", "«{name}» зашифрован", "«{name}» şifrlenen")
_m("exchange.compression", "“{name}” uses an unsupported compression method",
   "«{name}» сжат неподдерживаемым методом", "«{name}» goldanylmaýan usul bilen gysylan")
_m("exchange.unexpected_member", "“{name}” has no place in a bundle", "«{name}» не может входить в пакет",
   "«{name}» bukjada bolup bilmez")
_m("exchange.zip_bomb", "“{name}” would expand more than {ratio} times (a zip bomb?)",
   "«{name}» распаковался бы более чем в {ratio} раз (zip-бомба?)",
   "«{name}» {ratio} gezekden köp ulalardy (zip bombasy?)")
_m("exchange.member_too_large", "“{name}” is larger than {max_mb} MB", "«{name}» больше {max_mb} МБ",
   "«{name}» {max_mb} MB-dan uly")
_m("exchange.bundle_too_large", "its files add up to more than {max_mb} MB",
   "его файлы в сумме больше {max_mb} МБ", "onuň faýllary jemi {max_mb} MB-dan uly")
_m("exchange.unsigned", "it is not signed (manifest.sig is missing)", "он не подписан (нет manifest.sig)",
   "oňa gol çekilmedik (manifest.sig ýok)")
_m("exchange.no_manifest", "it has no manifest.json", "в нём нет manifest.json", "onda manifest.json ýok")
_m("exchange.member_size_lies", "“{name}” is larger than it declares (damaged or forged)",
   "«{name}» больше заявленного размера (повреждён или подделан)",
   "«{name}» yglan edilen ölçeginden uly (zeperlenen ýa-da galp)")
_m("exchange.damaged_member", "“{name}” is damaged and cannot be read", "«{name}» повреждён и не читается",
   "«{name}» zeperlenen we okalmaýar")
_m("exchange.bad_manifest", "manifest.json is not valid ({detail})", "manifest.json некорректен ({detail})",
   "manifest.json nädogry ({detail})")
_m("exchange.bad_format", "its format “{found}” is not {expected}", "его формат «{found}» — не {expected}",
   "onuň formaty «{found}» {expected} däl")
_m("exchange.untrusted", "it is signed by a workstation this database does not trust (BCP {bcp}, "
   "workstation {workstation}, key fingerprint {fingerprint}); check the fingerprint with its BCP, then run "
   "“inspector keys trust”",
   "он подписан рабочим местом, которому эта база не доверяет (пункт {bcp}, рабочее место {workstation}, "
   "отпечаток ключа {fingerprint}); сверьте отпечаток с пунктом пропуска и выполните «inspector keys trust»",
   "oňa bu maglumat bazasynyň ynanmaýan iş ýeri gol çekipdir ({bcp} nokady, {workstation} iş ýeri, açaryň "
   "barmak yzy {fingerprint}); barmak yzyny serhet geçiş nokady bilen deňeşdiriň we «inspector keys trust» "
   "buýrugyny ýerine ýetiriň")
_m("exchange.bad_signature", "its signature does not match manifest.json (tampered or damaged)",
   "подпись не соответствует manifest.json (пакет изменён или повреждён)",
   "onuň goly manifest.json bilen gabat gelmeýär (bukja üýtgedilen ýa-da zeperlenen)")
_m("exchange.member_missing", "“{name}” is listed in the manifest but missing",
   "«{name}» указан в манифесте, но отсутствует", "«{name}» manifestde bar, emma bukjada ýok")
_m("exchange.member_extra", "“{name}” is not listed in the manifest", "«{name}» не указан в манифесте",
   "«{name}» manifestde görkezilmedik")
_m("exchange.member_hash", "“{name}” does not match its SHA-256 in the manifest (tampered or damaged)",
   "«{name}» не совпадает со своим SHA-256 в манифесте (изменён или повреждён)",
   "«{name}» manifestdäki SHA-256 bilen gabat gelmeýär (üýtgedilen ýa-da zeperlenen)")
_m("exchange.bad_json", "“{name}” is not valid JSON", "«{name}» — некорректный JSON", "«{name}» dogry JSON däl")
_m("exchange.bad_checklist", "“{name}” is not a valid checklist definition",
   "«{name}» — некорректное определение чек-листа", "«{name}» dogry barlag sanawy däl")
_m("exchange.checklist_differs", "checklist {id} {version} in the bundle differs from the one frozen in this "
   "database", "чек-лист {id} {version} в пакете отличается от закреплённого в этой базе",
   "bukjadaky {id} {version} barlag sanawy bu maglumat bazasynda berkidilenden tapawutlanýar")
_m("exchange.bad_attachment", "“{name}” is not a JPEG, PNG or PDF file", "«{name}» — не файл JPEG, PNG или PDF",
   "«{name}» JPEG, PNG ýa-da PDF faýly däl")
_m("exchange.document_invalid", "“{name}”: {path}: {problem}", "«{name}»: {path}: {problem}",
   "«{name}»: {path}: {problem}")
_m("exchange.document_misnamed", "“{name}” holds another record or revision than its name says",
   "«{name}» содержит не ту запись или редакцию, что указана в имени",
   "«{name}» adynda görkezilenden başga ýazgyny ýa-da neşiri saklaýar")
_m("exchange.checklist_unknown", "“{name}” uses checklist {id} {version}, which is neither in the bundle nor "
   "in this database", "«{name}» использует чек-лист {id} {version}, которого нет ни в пакете, ни в этой базе",
   "«{name}» {id} {version} barlag sanawyny ulanýar, ol bukjada-da, bu maglumat bazasynda-da ýok")
_m("exchange.attachment_missing", "“{name}” refers to file {sha}…, which the bundle does not carry",
   "«{name}» ссылается на файл {sha}…, которого нет в пакете",
   "«{name}» bukjada ýok {sha}… faýla salgylanýar")
_m("exchange.not_normal_form", "“{name}” is not written as BCP Inspector writes records (it could not be "
   "stored without changing it)",
   "«{name}» записан не так, как BCP Inspector записывает записи (его нельзя сохранить без изменений)",
   "«{name}» BCP Inspector-yň ýazgylary ýazyşy ýaly ýazylmandyr (ony üýtgetmän saklap bolmaýar)")
_m("exchange.revisions_gap", "record {uuid} lacks some of its earlier revisions",
   "у записи {uuid} не хватает части предыдущих редакций", "{uuid} ýazgynyň käbir öňki neşirleri ýok")

# -- document checks (the bcp-inspection/1 schema and the database's limits) ---------------------
_m("exchange.schema_type", "{expected} expected", "ожидается {expected}", "{expected} garaşylýar")
_m("exchange.schema_enum", "must be one of: {allowed}", "должно быть одним из: {allowed}",
   "şulardan biri bolmaly: {allowed}")
_m("exchange.schema_min_length", "at least {min} character(s)", "не менее {min} символов", "iň az {min} nyşan")
_m("exchange.schema_max_length", "at most {max} characters", "не более {max} символов", "iň köp {max} nyşan")
_m("exchange.schema_pattern", "“{value}” is not in the expected form", "«{value}» не в ожидаемом виде",
   "«{value}» garaşylýan görnüşde däl")
_m("exchange.schema_date", "“{value}” is not a date (YYYY-MM-DD)", "«{value}» — не дата (ГГГГ-ММ-ДД)",
   "«{value}» sene däl (ÝÝÝÝ-AA-GG)")
_m("exchange.schema_minimum", "must be at least {min}", "должно быть не меньше {min}", "iň az {min} bolmaly")
_m("exchange.schema_above", "must be above {min}", "должно быть больше {min}", "{min}-dan uly bolmaly")
_m("exchange.schema_maximum", "must be at most {max}", "должно быть не больше {max}", "iň köp {max} bolmaly")
_m("exchange.schema_required", "required", "обязательное поле", "hökmany meýdan")
_m("exchange.schema_unknown_key", "not a key of bcp-inspection/1", "не является ключом bcp-inspection/1",
   "bcp-inspection/1 açary däl")
_m("exchange.schema_one_of", "matches none (or more than one) of the allowed forms",
   "не подходит ни под одну (или подходит под несколько) из допустимых форм",
   "rugsat berlen görnüşleriň hiç birine (ýa-da birnäçesine) gabat gelýär")
_m("exchange.doc_nul", "contains a NUL character", "содержит символ NUL", "NUL nyşanyny saklaýar")
_m("exchange.doc_username", "“{value}” is not a username (Latin letters, digits, dot, hyphen, underscore)",
   "«{value}» — не имя пользователя (латинские буквы, цифры, точка, дефис, подчёркивание)",
   "«{value}» ulanyjy ady däl (latyn harplary, sanlar, nokat, defis, aşaky çyzyk)")
_m("exchange.doc_checklist_version", "{id} {version} is not a checklist id and version",
   "{id} {version} — не идентификатор и версия чек-листа", "{id} {version} barlag sanawynyň kody we wersiýasy däl")
_m("exchange.doc_record_hash", "the record does not match its record hash", "запись не совпадает со своим хешем",
   "ýazgy öz hashy bilen gabat gelmeýär")

# -- keys and trust --------------------------------------------------------------------------
_m("exchange.key_unreadable", "The workstation key {path} cannot be read; restore it from a backup or move it "
   "away to make a new one (and have head office trust the new key)",
   "Ключ рабочего места {path} не читается; восстановите его из резервной копии или уберите, чтобы создать "
   "новый (и попросите головной офис доверять новому ключу)",
   "{path} iş ýeriniň açary okalmaýar; ony ätiýaçlyk nusgadan dikeldiň ýa-da täzesini döretmek üçin aýyryň "
   "(we baş edaradan täze açara ynanmagy haýyş ediň)")
_m("exchange.key_bad_public", "not an Ed25519 public key", "не открытый ключ Ed25519", "Ed25519 açyk açary däl")
_m("exchange.key_file_unreadable", "Cannot read {path}: {reason}", "Не удаётся прочитать {path}: {reason}",
   "{path} okap bolmaýar: {reason}")
_m("exchange.key_file_invalid", "{path} is not a workstation public key file (bcp-workstation-key/1 or PEM)",
   "{path} — не файл открытого ключа рабочего места (bcp-workstation-key/1 или PEM)",
   "{path} iş ýeriniň açyk açar faýly däl (bcp-workstation-key/1 ýa-da PEM)")
_m("exchange.key_fingerprint_mismatch", "{path}: the fingerprint written in the file does not match its key",
   "{path}: отпечаток, записанный в файле, не соответствует ключу",
   "{path}: faýlda ýazylan barmak yzy açar bilen gabat gelmeýär")
_m("exchange.key_not_trusted", "No trusted key has the fingerprint {fingerprint}",
   "Нет доверенного ключа с отпечатком {fingerprint}", "{fingerprint} barmak yzly ynamdar açar ýok")
_m("exchange.key_workstation", "Workstation", "Рабочее место", "Iş ýeri")
_m("exchange.key_bcp", "BCP", "Пункт пропуска", "Serhet geçiş nokady")
_m("exchange.key_public", "Public key (Ed25519)", "Открытый ключ (Ed25519)", "Açyk açar (Ed25519)")
_m("exchange.key_fingerprint", "Fingerprint (SHA-256)", "Отпечаток (SHA-256)", "Barmak yzy (SHA-256)")
_m("exchange.key_file", "Private key file", "Файл закрытого ключа", "Ýapyk açaryň faýly")
_m("exchange.key_exported", "Public key written to {path} (fingerprint {fingerprint})",
   "Открытый ключ записан в {path} (отпечаток {fingerprint})",
   "Açyk açar {path} faýla ýazyldy (barmak yzy {fingerprint})")
_m("exchange.key_trusted", "Bundles signed by {name} ({fingerprint}) are now accepted",
   "Пакеты, подписанные {name} ({fingerprint}), теперь принимаются",
   "{name} ({fingerprint}) tarapyndan gol çekilen bukjalar indi kabul edilýär")
_m("exchange.key_already_trusted", "{name} ({fingerprint}) was already trusted",
   "{name} ({fingerprint}) уже в списке доверенных", "{name} ({fingerprint}) eýýäm ynamdar")
_m("exchange.key_untrusted", "Bundles signed by {name} are no longer accepted",
   "Пакеты, подписанные {name}, больше не принимаются", "{name} tarapyndan gol çekilen bukjalar indi kabul edilmeýär")
_m("exchange.no_trusted_keys", "No other workstation is trusted yet (inspector keys trust FILE)",
   "Другим рабочим местам пока не доверяют (inspector keys trust FILE)",
   "Entek başga iş ýerlerine ynanylmaýar (inspector keys trust FILE)")

# -- export and sync -------------------------------------------------------------------------
_m("exchange.cannot_write", "Cannot write {path}: {reason}", "Не удаётся записать {path}: {reason}",
   "{path} ýazyp bolmaýar: {reason}")
_m("exchange.exported", "Wrote {path}: {records} record(s), {revisions} revision(s), {attachments} file(s), "
   "signed by key {fingerprint}",
   "Записан {path}: записей {records}, редакций {revisions}, файлов {attachments}, подписан ключом {fingerprint}",
   "{path} ýazyldy: {records} ýazgy, {revisions} neşir, {attachments} faýl, {fingerprint} açar bilen gol çekildi")
_m("exchange.bad_since", "--since “{value}” is not a date (YYYY-MM-DD)", "--since «{value}» — не дата (ГГГГ-ММ-ДД)",
   "--since «{value}» sene däl (ÝÝÝÝ-AA-GG)")
_m("exchange.sync_unreachable", "Cannot use the central database {target}: {reason}; nothing is lost, run the "
   "sync again when the link is back",
   "Центральная база {target} недоступна: {reason}; ничего не потеряно, повторите синхронизацию, когда появится связь",
   "{target} merkezi maglumat bazasyny ulanyp bolmaýar: {reason}; hiç zat ýitmedi, aragatnaşyk dikelende "
   "sinhronlaşdyrmany gaýtadan işlediň")
_m("exchange.synced", "Synchronized with {target}: {cases} record(s) sent ({inserted} new, {replaced} updated, "
   "{reviewed} reviews, {unchanged} unchanged, {conflicts} conflict(s)); received {checklists} checklist "
   "version(s), {accounts} account(s), {deactivated} deactivation(s)",
   "Синхронизировано с {target}: отправлено записей {cases} (новых {inserted}, обновлено {replaced}, решений "
   "проверки {reviewed}, без изменений {unchanged}, конфликтов {conflicts}); получено версий чек-листов "
   "{checklists}, учётных записей {accounts}, отключений {deactivated}",
   "{target} bilen sinhronlaşdyryldy: {cases} ýazgy iberildi ({inserted} täze, {replaced} täzelenen, {reviewed} "
   "gözden geçirme, {unchanged} üýtgemedik, {conflicts} gapma-garşylyk); {checklists} barlag sanawynyň wersiýasy, "
   "{accounts} hasap, {deactivated} öçürme alyndy")

# -- command line help -------------------------------------------------------------------------
_m("exchange.help_export", "write a signed bundle of records for head office",
   "записать подписанный пакет записей для головного офиса",
   "baş edara üçin ýazgylaryň gol çekilen bukjasyny ýazmak")
_m("exchange.help_since", "only records changed on or after this day (YYYY-MM-DD)",
   "только записи, изменённые в этот день или позже (ГГГГ-ММ-ДД)",
   "diňe şu gün ýa-da soňra üýtgedilen ýazgylar (ÝÝÝÝ-AA-GG)")
_m("exchange.help_status", "only records whose current status is one of these",
   "только записи с одним из этих текущих статусов", "diňe häzirki ýagdaýy şulardan biri bolan ýazgylar")
_m("exchange.help_output", "the bundle file to write", "файл пакета для записи", "ýazylmaly bukja faýly")
_m("exchange.help_import", "verify a bundle and merge its records", "проверить пакет и объединить его записи",
   "bukjany barlamak we ýazgylaryny birleşdirmek")
_m("exchange.help_keys", "this workstation's signing key and the keys it trusts",
   "ключ подписи этого рабочего места и доверенные ключи",
   "bu iş ýeriniň gol açary we ynanylýan açarlar")
_m("exchange.help_keys_show", "print the public key and its fingerprint", "показать открытый ключ и его отпечаток",
   "açyk açary we onuň barmak yzyny görkezmek")
_m("exchange.help_keys_export", "write the public key to a file for head office",
   "записать открытый ключ в файл для головного офиса", "açyk açary baş edara üçin faýla ýazmak")
_m("exchange.help_keys_trust", "accept bundles signed by the key in FILE", "принимать пакеты, подписанные ключом из FILE",
   "FILE-daky açar bilen gol çekilen bukjalary kabul etmek")
_m("exchange.help_keys_name", "a name for the key, e.g. the BCP and workstation",
   "имя ключа, например пункт пропуска и рабочее место", "açaryň ady, meselem serhet geçiş nokady we iş ýeri")
_m("exchange.help_keys_list", "list the trusted keys", "список доверенных ключей", "ynamdar açarlaryň sanawy")
_m("exchange.help_keys_untrust", "stop accepting bundles signed by a key", "перестать принимать пакеты, подписанные ключом",
   "açar bilen gol çekilen bukjalary kabul etmegi bes etmek")
_m("exchange.help_sync", "push records to the central database and pull accounts and checklists",
   "отправить записи в центральную базу и получить учётные записи и чек-листы",
   "ýazgylary merkezi maglumat bazasyna ibermek we hasaplary hem-de barlag sanawlaryny almak")
_m("exchange.help_to", "the central database, e.g. postgresql+psycopg://user@host/inspector",
   "центральная база, например postgresql+psycopg://user@host/inspector",
   "merkezi maglumat bazasy, meselem postgresql+psycopg://user@host/inspector")

# -- conflicts kept aside ----------------------------------------------------------------------
_m("exchange.conflict_not_found", "No conflict number {id}", "Нет конфликта с номером {id}",
   "{id} belgili gapma-garşylyk ýok")
_m("exchange.conflict_resolved", "Conflict {id} is already resolved", "Конфликт {id} уже разрешён",
   "{id} gapma-garşylyk eýýäm çözüldi")

# -- the trust model (issue 13): who may change what, references, log-in ------------------
_m("exchange.conflict_reason.locked_differs", "a finalized record arrived with different content",
   "финализированная запись пришла с другим содержанием",
   "tamamlanan ýazgy başga mazmun bilen geldi")
_m("exchange.conflict_reason.user_differs", "a person is named with other details than here",
   "человек указан с другими данными, чем здесь",
   "adam bu ýerdäkiden başga maglumatlar bilen görkezilýär")
_m("exchange.conflict_reason.not_owner",
   "the case belongs to another workstation: the sender may not create or change it",
   "дело принадлежит другому рабочему месту: отправитель не может его создавать или менять",
   "iş başga iş ýerine degişli: iberiji ony döredip ýa-da üýtgedip bilmeýär")
_m("exchange.conflict_reason.other_bcp", "the case is of another BCP than the sending workstation's",
   "дело другого пункта пропуска, чем у отправившего рабочего места",
   "iş iberen iş ýeriniňkiden başga serhet geçelgesine degişli")
_m("exchange.conflict_reason.other_workstation_code",
   "the reference carries another workstation's code",
   "номер содержит код другого рабочего места",
   "belgide başga iş ýeriniň kody bar")
_m("exchange.conflict_reason.reference_taken",
   "another case already has this reference: the two workstations numbered without codes; ask the BCP "
   "to give each workstation its own code",
   "у другого дела уже есть этот номер: рабочие места нумеровали без кодов; попросите пункт пропуска "
   "дать каждому рабочему месту свой код",
   "başga işde eýýäm şu belgi bar: iş ýerleri kodsyz belgilediler; serhet geçelgesinden her iş ýerine "
   "öz koduny bermegi haýyş ediň")
_m("exchange.import_needs_login", "Importing a bundle needs a supervisor or an administrator to log in "
   "(--user NAME; the password is asked, or read from INSPECTOR_PASSWORD)",
   "Для импорта пакета нужен вход начальника смены или администратора (--user ИМЯ; пароль спрашивается "
   "или берётся из INSPECTOR_PASSWORD)",
   "Bukjany import etmek üçin smena başlygy ýa-da administrator girmeli (--user ADY; açarsöz soralýar "
   "ýa-da INSPECTOR_PASSWORD-dan okalýar)")
_m("exchange.help_user", "the supervisor or administrator who imports (password asked or from INSPECTOR_PASSWORD)",
   "начальник смены или администратор, который импортирует (пароль спрашивается или из INSPECTOR_PASSWORD)",
   "import edýän smena başlygy ýa-da administrator (açarsöz soralýar ýa-da INSPECTOR_PASSWORD-dan)")
_m("exchange.unsigned_act",
   "{name}: the {what} of {who} carries no valid officer signature ({reason})",
   "{name}: {what} ({who}) не имеет действительной подписи сотрудника ({reason})",
   "{name}: {who} üçin {what} işgäriň hakyky goly ýok ({reason})")
_m("exchange.act_section", "section {agency}", "раздел {agency}", "{agency} bölümi")
_m("exchange.act_finalization", "finalization", "финализация", "tamamlama")
_m("exchange.act_review", "review", "проверка", "gözden geçirme")
_m("exchange.sig_missing", "no signature", "нет подписи", "gol ýok")
_m("exchange.sig_wrong_signer", "signed by someone else", "подписано другим лицом", "başga biri gol çekdi")
_m("exchange.sig_unknown_key", "the key is neither known here nor carried for this person",
   "ключ не известен здесь и не приложен для этого человека",
   "açar bu ýerde belli däl we bu adam üçin goşulmandyr")
_m("exchange.sig_key_of_local_account",
   "a bundle may not bring a new key for an account of this database",
   "пакет не может привезти новый ключ для учётной записи этой базы",
   "bukja bu bazanyň hasaby üçin täze açar getirip bilmeýär")
_m("exchange.sig_other_content", "the signature is for other content", "подпись относится к другому содержанию",
   "gol başga mazmun üçin")
_m("exchange.sig_invalid", "the signature does not verify", "подпись не проходит проверку", "gol barlagdan geçmeýär")
_m("exchange.key_workstation_mismatch",
   "The key of workstation {trusted} signed a bundle that claims to come from workstation {claimed}",
   "Ключ рабочего места {trusted} подписал пакет, который называет себя пакетом рабочего места {claimed}",
   "{trusted} iş ýeriniň açary özüni {claimed} iş ýeriniňki diýip atlandyrýan bukja gol çekdi")
_m("exchange.workstation_code_taken",
   "Workstation code {code} of {bcp} is already used here by another workstation ({other}); give one of "
   "them another code before exchanging records",
   "Код рабочего места {code} пункта {bcp} здесь уже использует другое рабочее место ({other}); дайте одному "
   "из них другой код до обмена записями",
   "{bcp} geçelgesiniň {code} iş ýeri kody bu ýerde eýýäm başga iş ýeri ({other}) tarapyndan ulanylýar; "
   "ýazgylary alyşmazdan öň olaryň birine başga kod beriň")
_m("inspection.workstation_code_invalid",
   "The workstation code must be one letter, optionally followed by a letter or digit (A, B, F2), not {value}",
   "Код рабочего места — одна буква, за которой может идти буква или цифра (A, B, F2), а не {value}",
   "Iş ýeriniň kody bir harp, yzyndan harp ýa-da san gelip biler (A, B, F2), {value} däl")
_m("inspection.workstation_code_set",
   "This workstation already has the code {code}; its references carry it and it cannot change",
   "У этого рабочего места уже есть код {code}; он есть в его номерах и не может меняться",
   "Bu iş ýeriniň eýýäm {code} kody bar; ol belgilerde bar we üýtgäp bilmeýär")
_m("inspection.reference_ambiguous",
   "Two or more cases have the reference {reference} (numbered on different workstations): name the case "
   "by its uuid ({uuids})",
   "У двух или более дел номер {reference} (нумеровались на разных рабочих местах): укажите дело по uuid "
   "({uuids})",
   "{reference} belgisi iki ýa-da has köp işde bar (dürli iş ýerlerinde belgilenipdir): işi uuid bilen "
   "görkeziň ({uuids})")
_m("exchange.help_keys_head_office", "the key is head office's: its bundles may bring reviews of this workstation's cases",
   "ключ головного офиса: его пакеты могут привозить проверки дел этого рабочего места",
   "açar baş edaranyňky: onuň bukjalary bu iş ýeriniň işleriniň gözden geçirmelerini getirip biler")
_m("exchange.help_keys_code", "give this workstation its short code (once; new references carry it)",
   "задать короткий код этого рабочего места (один раз; он войдёт в новые номера)",
   "bu iş ýeriniň gysga koduny bermek (bir gezek; täze belgilerde bolar)")
_m("exchange.workstation_code_given", "This workstation's code is {code}: new references read like FRB-2026-{code}-000001",
   "Код этого рабочего места — {code}: новые номера выглядят как FRB-2026-{code}-000001",
   "Bu iş ýeriniň kody {code}: täze belgiler FRB-2026-{code}-000001 ýaly bolar")
_m("exchange.key_code", "Workstation code", "Код рабочего места", "Iş ýeriniň kody")
_m("exchange.help_origin", "only the cases the workstation with this id owns (head office's bundle back to a BCP)",
   "только дела рабочего места с этим id (пакет головного офиса обратно на пункт пропуска)",
   "diňe şu id-li iş ýeriniň işleri (baş edaranyň serhet geçelgesine yzyna bukjasy)")
