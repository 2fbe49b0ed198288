"""Texts of signatures, tamper detection and report verification (issue 10 §2–§3)."""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- keys and accounts ------------------------------------------------------------------------
_m("auth.key_tampered",
   "The signing key of {username} does not match the account: it was changed outside the app. "
   "Ask an administrator to reset the password",
   "Ключ подписи {username} не соответствует учётной записи: он изменён вне программы. "
   "Попросите администратора сбросить пароль",
   "{username} hasabynyň gol açary hasaba gabat gelmeýär: ol programmanyň daşynda üýtgedilipdir. "
   "Administratordan açar sözi täzeden bellemegi haýyş ediň")
_m("review.four_eyes",
   "{reference}: you finalized (or confirmed) this record; another supervisor must review it",
   "{reference}: вы завершили (или подтвердили) эту запись; проверить её должен другой руководитель",
   "{reference}: bu ýazgyny siz tamamladyňyz (ýa-da tassykladyňyz); ony başga ýolbaşçy barlamaly")

# -- what check and verify find ------------------------------------------------------------------
_m("sig.record_hash",
   "{reference} revision {revision}: the record does not match its hash (stored {stored}…, actual {actual}…)",
   "{reference} редакция {revision}: запись не соответствует своему хешу (записан {stored}…, фактический {actual}…)",
   "{reference} {revision}-nji neşir: ýazgy öz hashyna gabat gelmeýär (ýazylan {stored}…, hakyky {actual}…)")
_m("sig.not_legacy",
   "{reference} revision {revision}: finalized without a signature, and not among the records finalized "
   "before signatures existed",
   "{reference} редакция {revision}: завершена без подписи и не входит в записи, завершённые до введения подписей",
   "{reference} {revision}-nji neşir: golsuz tamamlanypdyr we gollar girizilmezden öň tamamlanan ýazgylaryň "
   "arasynda ýok")
_m("sig.legacy_changed",
   "{reference} revision {revision}: signed before signatures existed, but changed since signatures were introduced",
   "{reference} редакция {revision}: подписана до введения подписей, но изменена после их введения",
   "{reference} {revision}-nji neşir: gollar girizilmezden öň gol çekilen, emma gollar girizilenden soň üýtgedilipdir")
_m("sig.legacy_note",
   "{count} record(s) were finalized before signatures existed: checked against the hashes recorded then",
   "{count} запис(ей) завершены до введения подписей: проверены по хешам, записанным тогда",
   "{count} ýazgy gollar girizilmezden öň tamamlanypdyr: şonda ýazylan hashlar bilen barlandy")
_m("sig.legacy_list_changed",
   "The list of records finalized before signatures existed was changed after it was recorded",
   "Список записей, завершённых до введения подписей, изменён после его записи",
   "Gollar girizilmezden öň tamamlanan ýazgylaryň sanawy ýazylandan soň üýtgedilipdir")
_m("sig.hash_format", "{reference} revision {revision}: unknown hash format {format}",
   "{reference} редакция {revision}: неизвестный формат хеша {format}",
   "{reference} {revision}-nji neşir: näbelli hash formaty {format}")
_m("sig.section_unsigned", "{reference} revision {revision}: the {agency} section is marked signed but has no signature",
   "{reference} редакция {revision}: раздел {agency} отмечен подписанным, но подписи нет",
   "{reference} {revision}-nji neşir: {agency} bölümi gol çekilen diýlip bellenen, emma goly ýok")
_m("sig.section_foreign",
   "{reference} revision {revision}: the signature of the {agency} section belongs to another record or section",
   "{reference} редакция {revision}: подпись раздела {agency} относится к другой записи или разделу",
   "{reference} {revision}-nji neşir: {agency} bölüminiň goly başga ýazga ýa-da bölüme degişli")
_m("sig.section_changed",
   "{reference} revision {revision}: the {agency} section was changed after it was signed",
   "{reference} редакция {revision}: раздел {agency} изменён после подписания",
   "{reference} {revision}-nji neşir: {agency} bölümi gol çekilenden soň üýtgedilipdir")
_m("sig.finalization_missing", "{reference} revision {revision}: finalized, but the finalization signature is missing",
   "{reference} редакция {revision}: завершена, но подпись завершения отсутствует",
   "{reference} {revision}-nji neşir: tamamlanan, emma tamamlama goly ýok")
_m("sig.finalization_foreign",
   "{reference} revision {revision}: the finalization signature is for other content",
   "{reference} редакция {revision}: подпись завершения относится к другому содержанию",
   "{reference} {revision}-nji neşir: tamamlama goly başga mazmuna degişli")
_m("sig.checkpoint_missing", "{reference} revision {revision}: the audit checkpoint of the finalization is missing",
   "{reference} редакция {revision}: отсутствует контрольная точка журнала при завершении",
   "{reference} {revision}-nji neşir: tamamlamanyň žurnal barlag nokady ýok")
_m("sig.review_without_status",
   "{reference} revision {revision}: a review is recorded, but the status says finalized (a review was undone)",
   "{reference} редакция {revision}: проверка записана, но статус «завершена» (проверка отменена)",
   "{reference} {revision}-nji neşir: barlag ýazylan, emma ýagdaýy «tamamlandy» (barlag ýatyrylypdyr)")
_m("sig.status_without_review",
   "{reference} revision {revision}: the status is {status}, but no matching signed review exists",
   "{reference} редакция {revision}: статус {status}, но соответствующей подписанной проверки нет",
   "{reference} {revision}-nji neşir: ýagdaýy {status}, emma oňa laýyk gol çekilen barlag ýok")
_m("sig.review_unsigned", "{reference} revision {revision}: the review has no signature",
   "{reference} редакция {revision}: проверка не подписана",
   "{reference} {revision}-nji neşir: barlagyň goly ýok")
_m("sig.review_changed", "{reference} revision {revision}: the review was changed after it was signed",
   "{reference} редакция {revision}: проверка изменена после подписания",
   "{reference} {revision}-nji neşir: barlag gol çekilenden soň üýtgedilipdir")
_m("sig.wrong_signer",
   "{reference} revision {revision} ({agency}): signed by {username}, not by the person the record names",
   "{reference} редакция {revision} ({agency}): подписано {username}, а не лицом, указанным в записи",
   "{reference} {revision}-nji neşir ({agency}): ýazgyda görkezilen adam däl-de, {username} gol çekipdir")
_m("sig.key_not_signers",
   "{reference} revision {revision} ({agency}): signed with a key that is not {username}'s",
   "{reference} редакция {revision} ({agency}): подписано ключом, который не принадлежит {username}",
   "{reference} {revision}-nji neşir ({agency}): {username} hasabyna degişli däl açar bilen gol çekilipdir")
_m("sig.key_unknown", "Signing key {key}… is not known to this database",
   "Ключ подписи {key}… неизвестен этой базе данных",
   "{key}… gol açary bu maglumat bazasyna näbelli")
_m("sig.key_replaced", "The signing key {key}… of {username} was replaced or changed outside the app",
   "Ключ подписи {key}… пользователя {username} подменён или изменён вне программы",
   "{username} hasabynyň {key}… gol açary programmanyň daşynda çalşyrylypdyr ýa-da üýtgedilipdir")
_m("sig.key_not_vouched",
   "The signing key {key}… of {username} was not issued by an administrator of this database",
   "Ключ подписи {key}… пользователя {username} не выдан администратором этой базы данных",
   "{username} hasabynyň {key}… gol açary bu maglumat bazasynyň administratory tarapyndan berilmändir")
_m("sig.key_chain", "Signing key {key}…: its chain of administrators is too long or circular",
   "Ключ подписи {key}…: цепочка администраторов слишком длинная или замкнутая",
   "{key}… gol açary: administratorlaryň zynjyry gaty uzyn ýa-da ýapyk")
_m("sig.invalid", "{reference} revision {revision} ({agency}): the {kind} signature of {username} is not valid",
   "{reference} редакция {revision} ({agency}): подпись ({kind}) пользователя {username} недействительна",
   "{reference} {revision}-nji neşir ({agency}): {username} hasabynyň goly ({kind}) hakyky däl")
_m("sig.checkpoint_broken",
   "{reference} revision {revision} ({agency}): the audit trail before entry {id}, which this signature "
   "covers, was rewritten",
   "{reference} редакция {revision} ({agency}): журнал до записи {id}, заверенной этой подписью, переписан",
   "{reference} {revision}-nji neşir ({agency}): bu gol bilen tassyklanan {id} ýazgysyna çenli žurnal "
   "täzeden ýazylypdyr")
_m("sig.audit_cut",
   "The audit trail ends at entry {last}, but a signature covers entry {id}: its end was cut off",
   "Журнал заканчивается записью {last}, но подпись заверяет запись {id}: его конец удалён",
   "Žurnal {last} ýazgyda gutarýar, emma gol {id} ýazgyny tassyklaýar: onuň soňy kesilipdir")
_m("sig.not_genuine", "{reference} revision {revision} is not genuine: {reason} (and {more} more; run inspector check)",
   "{reference} редакция {revision} не подлинная: {reason} (и ещё {more}; запустите inspector check)",
   "{reference} {revision}-nji neşir hakyky däl: {reason} (we ýene {more}; inspector check işlediň)")
_m("sig.account_changed",
   "Account {username}: its password hash or details were changed outside the app (its seal does not match)",
   "Учётная запись {username}: хеш пароля или данные изменены вне программы (печать не совпадает)",
   "{username} hasaby: açar söz hashy ýa-da maglumatlary programmanyň daşynda üýtgedilipdir (möhüri gabat gelmeýär)")
_m("sig.account_keyless",
   "Account {username} has a password but no signing key, and is not an account from before signatures",
   "Учётная запись {username} имеет пароль, но не имеет ключа подписи и не относится к созданным до подписей",
   "{username} hasabynyň açar sözi bar, emma gol açary ýok we ol gollardan öňki hasap däl")
_m("sig.account_key_mismatch",
   "Account {username}: its public key is not its newest issued key",
   "Учётная запись {username}: её открытый ключ не является последним выданным",
   "{username} hasaby: onuň açyk açary iň soňky berlen açar däl")
_m("sig.orphan_review",
   "{reference} revision {revision}: a signed review ({outcome}) exists in the audit trail, "
   "but the record does not show it (an approval was deleted)",
   "{reference} редакция {revision}: в журнале есть подписанная проверка ({outcome}), "
   "но запись её не содержит (одобрение удалено)",
   "{reference} {revision}-nji neşir: žurnalda gol çekilen barlag ({outcome}) bar, "
   "emma ýazgyda ol ýok (tassyklama pozulypdyr)")
_m("replay.answer_differs",
   "{reference}: answer {agency}/{item} differs from its last audit entry (changed with no audit entry)",
   "{reference}: ответ {agency}/{item} отличается от последней записи журнала (изменён без записи в журнале)",
   "{reference}: {agency}/{item} jogaby iň soňky žurnal ýazgysyndan tapawutlanýar (žurnala ýazylman üýtgedilipdir)")
_m("replay.answer_unrecorded",
   "{reference}: answer {agency}/{item} has no audit entry (added with no audit entry)",
   "{reference}: у ответа {agency}/{item} нет записи в журнале (добавлен без записи в журнале)",
   "{reference}: {agency}/{item} jogabynyň žurnal ýazgysy ýok (žurnala ýazylman goşulypdyr)")
_m("replay.section_differs",
   "{reference}: answers of the {agency} section differ from what the audit trail says they were",
   "{reference}: ответы раздела {agency} отличаются от записанных в журнале",
   "{reference}: {agency} bölüminiň jogaplary žurnalda ýazylanlardan tapawutlanýar")
_m("replay.decision_differs",
   "{reference}: the decision or remarks of the {agency} section differ from the last audit entry",
   "{reference}: решение или замечания раздела {agency} отличаются от последней записи журнала",
   "{reference}: {agency} bölüminiň karary ýa-da bellikleri iň soňky žurnal ýazgysyndan tapawutlanýar")

# -- verify -------------------------------------------------------------------------------------
_m("verify.genuine", "Genuine: {reference} revision {revision}, {status}, signed by {signer}",
   "Подлинный: {reference} редакция {revision}, {status}, подписал {signer}",
   "Hakyky: {reference} {revision}-nji neşir, {status}, gol çeken {signer}")
_m("verify.genuine_unsigned", "Matches the database: {reference} revision {revision}, {status} (not finalized: no signature)",
   "Соответствует базе данных: {reference} редакция {revision}, {status} (не завершена: подписи нет)",
   "Maglumat bazasyna gabat gelýär: {reference} {revision}-nji neşir, {status} (tamamlanmadyk: goly ýok)")
_m("verify.not_ours", "Not a BCP Inspector report code",
   "Это не код отчёта BCP Inspector", "Bu BCP Inspector hasabatynyň kody däl")
_m("verify.no_code", "{path}: no report code found (not a report made by BCP Inspector)",
   "{path}: код отчёта не найден (это не отчёт BCP Inspector)",
   "{path}: hasabat kody tapylmady (BCP Inspector tarapyndan döredilen hasabat däl)")
_m("verify.unreadable", "{path} cannot be read as a PDF: {reason}",
   "{path} не читается как PDF: {reason}", "{path} PDF hökmünde okalmaýar: {reason}")
_m("verify.no_record", "Not genuine: {reference} revision {revision} is not in this database",
   "Не подлинный: {reference} редакция {revision} отсутствует в этой базе данных",
   "Hakyky däl: {reference} {revision}-nji neşir bu maglumat bazasynda ýok")
_m("verify.hash_differs", "Not genuine: the printed record hash is not the hash of {reference} revision {revision}",
   "Не подлинный: напечатанный хеш не совпадает с хешем {reference} редакция {revision}",
   "Hakyky däl: çap edilen hash {reference} {revision}-nji neşiriň hashy däl")
_m("verify.record_bad", "Not genuine: {reason}", "Не подлинный: {reason}", "Hakyky däl: {reason}")
_m("verify.unsigned", "Not genuine: the code carries no finalization signature (the copy was printed before finalization)",
   "Не подлинный: код не содержит подписи завершения (копия напечатана до завершения)",
   "Hakyky däl: kodda tamamlama goly ýok (nusga tamamlanmazdan öň çap edilipdir)")
_m("verify.no_key", "Not genuine: no trusted key {key}… (import the officers' keys with inspector keys trust)",
   "Не подлинный: нет доверенного ключа {key}… (импортируйте ключи должностных лиц: inspector keys trust)",
   "Hakyky däl: ynamdar {key}… açar ýok (wezipeli adamlaryň açarlaryny inspector keys trust bilen getiriň)")
_m("verify.bad_signature", "Not genuine: the signature does not match the printed content",
   "Не подлинный: подпись не соответствует напечатанному содержанию",
   "Hakyky däl: gol çap edilen mazmuna gabat gelmeýär")
_m("verify.status_differs", "Not genuine: the copy says {printed}, the database says {actual}",
   "Не подлинный: в копии указано {printed}, в базе данных — {actual}",
   "Hakyky däl: nusgada {printed}, maglumat bazasynda {actual} diýlip görkezilen")
_m("verify.superseded",
   "Superseded: {reference} revision {revision} ({status}) is genuine but was replaced by revision {successor}; "
   "this copy is no longer valid",
   "Заменён: {reference} редакция {revision} ({status}) подлинная, но заменена редакцией {successor}; "
   "эта копия больше недействительна",
   "Çalşyryldy: {reference} {revision}-nji neşir ({status}) hakyky, ýöne {successor}-nji neşir bilen çalşyryldy; "
   "bu nusga indi güýjüni ýitirdi")
_m("verify.superseded_status", "superseded", "заменена", "çalşyrylan")
_m("verify.genuine_offline", "Genuine signature: {reference} revision {revision}, {status} when printed, signed by {signer}",
   "Подпись подлинная: {reference} редакция {revision}, {status} на момент печати, подписал {signer}",
   "Gol hakyky: {reference} {revision}-nji neşir, çap edilende {status}, gol çeken {signer}")
_m("verify.help", "Check a printed report against the database or trusted officers' keys",
   "Проверить напечатанный отчёт по базе данных или доверенным ключам должностных лиц",
   "Çap edilen hasabaty maglumat bazasy ýa-da ynamdar açarlar bilen barlamak")
_m("verify.help_qr", "the text of the report's QR code (as a scanner reads it)",
   "текст QR-кода отчёта (как его читает сканер)", "hasabatyň QR kodunyň teksti (skaner okaýşy ýaly)")
_m("verify.help_keys", "a file of officers' public keys (inspector keys export --officers)",
   "файл открытых ключей должностных лиц (inspector keys export --officers)",
   "wezipeli adamlaryň açyk açarlarynyň faýly (inspector keys export --officers)")
_m("verify.usage", "give FILE.pdf or --qr TEXT", "укажите FILE.pdf или --qr TEXT", "FILE.pdf ýa-da --qr TEXT görkeziň")

# -- demo ---------------------------------------------------------------------------------------
_m("demo.needs_admin",
   "This database has accounts but no administrator the demo could act as; use a new database for the demo",
   "В этой базе есть учётные записи, но нет администратора для демо; используйте для демо новую базу",
   "Bu maglumat bazasynda hasaplar bar, emma demo üçin administrator ýok; demo üçin täze maglumat bazasyny ulanyň")
_m("demo.cannot_sign",
   "The demo's accounts exist already and their password is not known here, so new demo records "
   "could not be signed; use a new database for the demo",
   "Демо-учётные записи уже существуют, а их пароль здесь неизвестен, поэтому новые демо-записи нельзя "
   "подписать; используйте для демо новую базу",
   "Demo hasaplary eýýäm bar we olaryň açar sözi bu ýerde näbelli, şonuň üçin täze demo ýazgylaryna gol "
   "çekip bolmaýar; demo üçin täze maglumat bazasyny ulanyň")
_m("replay.finalization_undone",
   "{reference} revision {revision}: the audit trail says it was finalized, but the record is open again",
   "{reference} редакция {revision}: по журналу запись завершена, но она снова открыта",
   "{reference} {revision}-nji neşir: žurnala görä tamamlanan, emma ýazgy ýene açyk")
_m("exchange.bad_keys", "{name}: not a valid list of officers' public keys",
   "{name}: неверный список открытых ключей должностных лиц",
   "{name}: wezipeli adamlaryň açyk açarlarynyň sanawy nädogry")

# -- inspections show -----------------------------------------------------------------------------
_m("show.signed_electronically", "Signed electronically by {name}, {time}, key fingerprint {fingerprint}…",
   "Подписано электронной подписью: {name}, {time}, отпечаток ключа {fingerprint}…",
   "Elektron gol bilen gol çeken: {name}, {time}, açaryň barmak yzy {fingerprint}…")
_m("show.finalized", "Finalized", "Завершено", "Tamamlandy")
_m("exchange.help_keys_officers", "the officers' signing keys (to verify printed reports elsewhere)",
   "ключи подписи должностных лиц (для проверки напечатанных отчётов в другом месте)",
   "wezipeli adamlaryň gol açarlary (çap edilen hasabatlary başga ýerde barlamak üçin)")
_m("exchange.officer_keys_exported", "{count} officer key(s) written to {path}",
   "{count} ключ(ей) должностных лиц записано в {path}", "{count} wezipeli adamyň açary {path} faýlyna ýazyldy")
_m("exchange.officer_keys_trusted", "{count} officer key(s) added: printed reports they signed can be verified here",
   "Добавлено ключей должностных лиц: {count}; подписанные ими отчёты можно проверять здесь",
   "{count} wezipeli adamyň açary goşuldy: olaryň gol çeken hasabatlaryny bu ýerde barlap bolýar")
_m("show.legacy", "Signed before signatures existed: checked against the hash recorded when signatures were introduced",
   "Подписана до введения электронных подписей: проверена по хешу, записанному при их введении",
   "Elektron gollar girizilmezden öň gol çekilen: olar girizilende ýazylan hash bilen barlandy")
