"""Texts of the printed reports (SPEC §5) and of ``inspector report``.

Every word a report prints comes from here, in English, Russian and Turkmen
(Latin). Bilingual reports (``tk+ru``) print the Turkmen text with the Russian
one under it. Have a native speaker review the Turkmen before release.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- header ---------------------------------------------------------------------------
_m("report.country", "Turkmenistan", "Туркменистан", "Türkmenistan")
_m("report.title", "Consolidated single-window inspection report",
   "Сводный акт совместного досмотра по принципу «единого окна»",
   "«Ýeke-täk penjire» boýunça bilelikdäki barlagyň jemleýji hasabaty")
_m("report.short_title", "Joint inspection report", "Акт совместного досмотра", "Bilelikdäki barlagyň hasabaty")
_m("report.title_agency", "Agency inspection report", "Акт досмотра контролирующей службы",
   "Gözegçilik gullugynyň barlag hasabaty")
_m("report.bcp", "Border crossing point", "Пункт пропуска", "Serhet geçiş nokady")
_m("report.reference", "Reference", "Регистрационный номер", "Hasaba alyş belgisi")
_m("report.date", "Date of inspection", "Дата досмотра", "Barlagyň senesi")
_m("report.revision", "Revision", "Редакция", "Redaksiýa")
_m("report.original", "Original", "Первоначальная", "Asyl nusga")
_m("report.amendment", "Amendment {number}", "Изменение № {number}", "Üýtgetme № {number}")
_m("report.amendment_reason", "Reason for the amendment", "Основание изменения", "Üýtgetmäniň sebäbi")
_m("report.amended_by", "Amended by", "Изменение внёс", "Üýtgeden")
_m("report.status", "Record status", "Статус записи", "Ýazgynyň ýagdaýy")
_m("report.record_id", "Record ID", "Идентификатор записи", "Ýazgynyň belgisi")
_m("report.record_hash", "Record SHA-256", "SHA-256 записи", "Ýazgynyň SHA-256 hashy")
_m("report.hash_of_current", "of the current content; the record is not finalized",
   "текущего содержания; запись не оформлена", "häzirki mazmunyňky; ýazgy tassyklanmadyk")
_m("report.preliminary", "DRAFT — NOT VALID: the record is not finalized; this copy is not valid for release.",
   "ПРОЕКТ — НЕДЕЙСТВИТЕЛЕН: запись не оформлена; копия недействительна для выпуска.",
   "TASLAMA — GÜÝJI ÝOK: ýazgy tassyklanmadyk; bu nusga goýbermek üçin güýje eýe däl.")
_m("report.draft_mark", "DRAFT — NOT VALID", "ПРОЕКТ — НЕДЕЙСТВИТЕЛЕН", "TASLAMA — GÜÝJI ÝOK")
_m("report.superseded_by", "SUPERSEDED by revision {number}", "ЗАМЕНЕНО редакцией № {number}",
   "ÇALŞYRYLDY: redaksiýa № {number}")
_m("report.printed", "Printed {time}", "Напечатано {time}", "Çap edildi {time}")
_m("report.revision_short", "Revision {number}", "Редакция № {number}", "Redaksiýa № {number}")
_m("report.revision_returned", "Revision {number}, corrected after a return for correction",
   "Редакция № {number}, исправлена после возврата на доработку",
   "Redaksiýa № {number}, düzetmek üçin yzyna gaýtarylandan soň düzedildi")

# -- page 1 summary ----------------------------------------------------------------------
_m("report.confirmed_by", "Confirmed by {who}, {time}", "Подтверждено: {who}, {time}", "Tassyklan: {who}, {time}")
_m("report.proposed_not_confirmed", "PROPOSED — not confirmed by the lead officer",
   "ПРЕДЛАГАЕМОЕ — не подтверждено ответственным должностным лицом",
   "TEKLIP EDILÝÄN — jogapkär wezipeli adam tarapyndan tassyklanmadyk")
_m("report.decision_unsigned", "{decision} (proposed; not signed)", "{decision} (предлагается; не подписано)",
   "{decision} (teklip; gol çekilmedik)")
_m("report.agency", "Agency", "Служба", "Gullugy")
_m("report.agency_decision_short", "Decision", "Решение", "Karar")
_m("report.flagged", "Flagged items (non-compliant)", "Отмеченные пункты (несоответствия)",
   "Bellenen soraglar (laýyk gelmezlikler)")
_m("report.more_flagged", "… and {count} more: see Part II", "… и ещё {count}: см. часть II",
   "… we ýene {count}: II bölüme serediň")

# -- Part I: consignment ------------------------------------------------------------------
_m("report.part1", "Part I. Consignment and vehicle", "Часть I. Груз и транспортное средство",
   "I bölüm. Ýük we ulag")
_m("report.general", "Procedure", "Процедура", "Tertip")
_m("report.direction", "Direction", "Направление", "Ugur")
_m("report.procedure", "Customs procedure", "Таможенная процедура", "Gümrük tertibi")
_m("report.risk_lane", "Risk lane (ASYCUDA)", "Коридор риска (ASYCUDA)", "Töwekgelçilik koridory (ASYCUDA)")
_m("report.declaration", "Declaration", "Декларация", "Deklarasiýa")
_m("report.arrived", "Arrival", "Прибытие", "Gelen wagty")
_m("report.vehicle", "Vehicle", "Транспортное средство", "Ulag")
_m("report.tractor_plate", "Tractor unit plate", "Номер тягача", "Çekiji ulagyň belgisi")
_m("report.trailer_plate", "Trailer plate", "Номер прицепа", "Tirkegiň belgisi")
_m("report.vehicle_country", "Country of registration", "Страна регистрации", "Hasaba alnan ýurdy")
_m("report.drivers", "Drivers", "Водители", "Sürüjiler")
_m("report.name_latin", "Name (passport, Latin)", "Имя (по паспорту, латиницей)",
   "Ady (pasport boýunça, latyn harplarynda)")
_m("report.name_original", "Name (original script)", "Имя (в оригинальном написании)", "Ady (asyl ýazuwda)")
_m("report.passport", "Passport", "Паспорт", "Pasport")
_m("report.nationality", "Nationality", "Гражданство", "Raýatlygy")
_m("report.documents", "Documents", "Документы", "Resminamalar")
_m("report.doc_type", "Document", "Документ", "Resminama")
_m("report.number", "Number", "Номер", "Belgisi")
_m("report.issuer", "Issued by", "Кем выдан", "Beren edara")
_m("report.doc_date", "Date", "Дата", "Senesi")
_m("report.cargo", "Cargo", "Груз", "Ýük")
_m("report.description", "Description of goods", "Наименование товара", "Harydyň ady")
_m("report.hs_code", "HS code", "Код ТН ВЭД", "HS kody")
_m("report.packages", "Packages", "Мест", "Gap sany")
_m("report.gross_kg", "Gross, kg", "Брутто, кг", "Brutto, kg")
_m("report.origin", "Origin", "Происхождение", "Gelip çykyşy")
_m("report.consignor", "Consignor", "Отправитель", "Iberiji")
_m("report.consignee", "Consignee", "Получатель", "Alyjy")
_m("report.total", "Total", "Итого", "Jemi")
_m("report.seals", "Seals on arrival", "Пломбы при прибытии", "Gelende möhürler")
_m("report.seal_number", "Seal number", "Номер пломбы", "Möhüriň belgisi")
_m("report.seal_status", "Condition found", "Состояние", "Ýagdaýy")
_m("report.none_recorded", "None recorded.", "Не указаны.", "Görkezilmedik.")

# -- Part II: agencies ------------------------------------------------------------------
_m("report.part2", "Part II. Controls by the agencies", "Часть II. Контроль служб", "II bölüm. Gulluklaryň barlagy")
_m("report.part2_agency", "Part II. Control by the agency", "Часть II. Контроль службы", "II bölüm. Gullugyň barlagy")
_m("report.not_involved", "Not involved", "Не участвовала", "Gatnaşmady")
_m("report.checklist", "Checklist", "Чек-лист", "Barlag sanawy")
_m("report.officer", "Officer", "Должностное лицо", "Wezipeli adam")
_m("report.badge", "badge {badge}", "личный № {badge}", "şahsy belgi № {badge}")
_m("report.period", "Inspection time", "Время досмотра", "Barlagyň wagty")
_m("report.signed_at", "Signed", "Подписано", "Gol çekildi")
_m("report.checked", "Items checked", "Проверено пунктов", "Barlanan soraglar")
_m("report.compliant", "Compliant", "Соответствует", "Talaba laýyk")
_m("report.noncompliant", "Non-compliant", "Не соответствует", "Talaba laýyk däl")
_m("report.not_applicable", "Not applicable", "Неприменимо", "Degişli däl")
_m("report.findings", "Non-compliant findings", "Выявленные несоответствия", "Ýüze çykarylan laýyk gelmezlikler")
_m("report.no_findings", "No non-compliance found.", "Несоответствий не выявлено.",
   "Laýyk gelmezlik ýüze çykarylmady.")
_m("report.item", "Checklist item", "Пункт чек-листа", "Barlag sanawynyň soragy")
_m("report.answer", "Answer", "Ответ", "Jogap")
_m("report.severity", "Severity", "Степень", "Agyrlyk derejesi")
_m("report.note", "Officer's note", "Примечание должностного лица", "Wezipeli adamyň belligi")
_m("report.agency_decision", "Decision of the agency", "Решение службы", "Gullugyň karary")
_m("report.no_decision", "No decision taken", "Решение не принято", "Karar kabul edilmedi")
_m("report.remarks", "Remarks", "Замечания", "Bellikler")
_m("report.returned_comment", "Returned for correction", "Возвращено на доработку", "Düzetmek üçin yzyna gaýtaryldy")
_m("report.signature", "Signature", "Подпись", "Goly")
_m("report.not_signed", "Not signed", "Не подписано", "Gol çekilmedik")
_m("report.photo_ref", "photo {number}", "фото {number}", "surat {number}")

# -- Part III: consolidated decision -------------------------------------------------------
_m("report.part3", "Part III. Consolidated decision", "Часть III. Сводное решение", "III bölüm. Jemleýji karar")
_m("report.consolidated", "Consolidated decision", "Сводное решение", "Jemleýji karar")
_m("report.decision_pending", "Not taken: waiting for {agencies}", "Не принято: ожидаются решения: {agencies}",
   "Kabul edilmedi: şu gulluklaryň kararyna garaşylýar: {agencies}")
_m("report.decision_proposed", "{decision} (most restrictive agency decision; not yet confirmed)",
   "{decision} (наиболее строгое решение служб; ещё не подтверждено)",
   "{decision} (gulluklaryň iň berk karary; entek tassyklanmadyk)")
_m("report.held_by", "Held by", "Задерживают", "Saklaýan gulluklar")
_m("report.confirmed", "Confirmed", "Подтверждено", "Tassyklandy")
_m("report.decision_note", "Note", "Примечание", "Bellik")
_m("report.after_inspection", "Seals after inspection", "Пломбы после досмотра", "Barlagdan soňky möhürler")
_m("report.new_seal", "New seal", "Новая пломба", "Täze möhür")
_m("report.affixed_by", "Affixed by", "Наложил", "Basan")
_m("report.no_reseal", "No new seals affixed.", "Новые пломбы не накладывались.", "Täze möhür basylmady.")
_m("report.transit", "Onward conditions (transit)", "Условия дальнейшего следования (транзит)",
   "Mundan beýläk hereket şertleri (tranzit)")
_m("report.route", "Route", "Маршрут", "Marşrut")
_m("report.exit_bcp", "Exit BCP", "Пункт выезда", "Çykyş serhet geçiş nokady")
_m("report.deadline", "Deadline", "Срок", "Möhleti")
_m("report.no_transit", "Not applicable: not a transit consignment.", "Не применяется: груз не следует транзитом.",
   "Degişli däl: ýük tranzit däl.")
_m("report.release_review", "Release and review", "Выпуск и проверка", "Goýberiş we gözden geçirme")
_m("report.released_at", "Release time", "Время выпуска", "Goýberilen wagty")
_m("report.not_released", "Not released", "Не выпущено", "Goýberilmedi")
_m("report.dwell", "Arrival to release", "От прибытия до выпуска", "Gelenden goýberilýänçä")
_m("report.duration", "{hours} h {minutes} min", "{hours} ч {minutes} мин", "{hours} sag {minutes} min")
_m("report.lead_officer", "Lead officer", "Ответственное должностное лицо", "Jogapkär wezipeli adam")
_m("report.finalized", "Finalized", "Оформлено", "Tassyklandy")
_m("report.review", "Supervisor review", "Проверка начальником смены", "Smena başlygynyň gözden geçirmesi")
_m("report.not_reviewed", "Not reviewed yet", "Ещё не проверено", "Entek gözden geçirilmedi")
_m("report.signatures", "Signatures and acknowledgement", "Подписи и ознакомление", "Gollar we tanyşmak")
_m("report.acknowledgement", "The driver has received a copy of this report and acknowledges the decision.",
   "Водитель получил копию настоящего акта и ознакомлен с решением.",
   "Sürüji şu hasabatyň nusgasyny aldy we karar bilen tanyşdy.")
_m("report.party", "Agency / party", "Служба / сторона", "Gullugy / tarap")
_m("report.name", "Name", "Ф. И. О.", "Familiýasy, ady")
_m("report.driver", "Driver", "Водитель", "Sürüji")

_m("report.decision_and_signatures", "Consolidated decision and signatures", "Сводное решение и подписи",
   "Jemleýji karar we gollar")
_m("report.lead_confirms", "Lead officer — confirms the consolidated decision",
   "Ответственное должностное лицо — подтверждает сводное решение",
   "Jogapkär wezipeli adam — jemleýji karary tassyklaýar")
_m("report.signed_electronically", "Signed electronically by {who}, {time}", "Подписано электронно: {who}, {time}",
   "Elektron gol çeken: {who}, {time}")
_m("report.key_fingerprint", "Key fingerprint {fingerprint}", "Отпечаток ключа {fingerprint}",
   "Açaryň barmak yzy {fingerprint}")
_m("report.stamp", "Place for the official stamp", "Место для печати", "Resmi möhür üçin ýer")
_m("report.no_acknowledgement", "No driver's acknowledgement: this copy is not a final, valid report.",
   "Ознакомление водителя не проводится: эта копия не является окончательным действительным актом.",
   "Sürüji tanyşdyrylmaýar: bu nusga gutarnykly we güýji bolan hasabat däl.")
_m("report.conditions", "Conditions and measures ordered", "Условия и назначенные меры",
   "Şertler we bellenen çäreler")
_m("report.no_conditions", "None: no conditions, treatment or samples.", "Нет: условий, обработки и проб нет.",
   "Ýok: şert, işläp bejermek we nusga ýok.")
_m("report.measure", "Measure", "Мера", "Çäre")
_m("report.details", "Details", "Подробности", "Jikme-jiklikler")
_m("report.measure_samples", "Laboratory samples", "Лабораторные пробы", "Barhana nusgalary")
_m("report.measure_treatment", "Treatment", "Обработка", "Işläp bejermek")
_m("report.seal_from_checklist", "recorded in the customs checklist", "указана в чек-листе таможни",
   "gümrük barlag sanawynda görkezilen")
_m("report.deadline_return", "Deadline to leave the territory", "Срок вывоза с территории",
   "Çägiden çykarmagyň möhleti")
_m("report.deadline_destroy", "Deadline for destruction", "Срок уничтожения", "Ýok etmegiň möhleti")
_m("report.deadline_from_checklist", "recorded in the checklist: {agency}", "указан в чек-листе: {agency}",
   "barlag sanawynda görkezilen: {agency}")
_m("report.deadline_not_set", "Not set in the record.", "В записи не указан.", "Ýazgyda görkezilmedik.")
_m("report.revisions", "Revisions of this record", "Редакции этой записи", "Bu ýazgynyň redaksiýalary")
_m("report.revision_kind", "Kind", "Вид", "Görnüşi")
_m("report.kind_returned", "Returned for correction by the supervisor", "Возврат на доработку начальником смены",
   "Smena başlygy düzetmek üçin yzyna gaýtardy")
_m("report.kind_amended", "Amendment of a finalized record", "Изменение оформленной записи",
   "Tassyklanan ýazgynyň üýtgetmesi")
_m("report.revision_when_who", "Date, by", "Дата, кто", "Senesi, kim")
_m("report.reopened", "Sections reopened", "Открытые разделы", "Täzeden açylan bölümler")
_m("report.previous_hash", "Previous revision SHA-256", "SHA-256 предыдущей редакции", "Öňki redaksiýanyň SHA-256")
_m("report.legal_and_appeal", "Legal basis and right of appeal", "Правовое основание и порядок обжалования",
   "Hukuk esasy we şikaýat etmek hukugy")
_m("report.legal_basis", "Legal basis", "Правовое основание", "Hukuk esasy")
_m("report.appeal", "Right of appeal", "Порядок обжалования", "Şikaýat etmek hukugy")
_m("report.information", "Recorded for information", "Сведения без оценки", "Maglumat üçin")
_m("report.no_answers_yet", "No items answered yet: nothing has been checked.", "Ответов ещё нет: проверка не проводилась.",
   "Entek jogap berilmedi: hiç zat barlanmady.")
_m("report.reviewer_remark", "Reviewer's remark", "Замечание проверяющего", "Gözden geçirijiniň belligi")
_m("report.reviewer_remarks", "Reviewer's remarks on this section", "Замечания проверяющего к разделу",
   "Gözden geçirijiniň bu bölüm boýunça bellikleri")
_m("report.attached_at", "attached {time}", "добавлено {time}", "goşuldy {time}")
_m("report.low_resolution", "low resolution: {width}×{height} px", "низкое разрешение: {width}×{height} пикс.",
   "pes çözgüt: {width}×{height} piksel")

# -- appendix ----------------------------------------------------------------------------
_m("report.appendix", "Appendix. Answered checklists", "Приложение. Заполненные чек-листы",
   "Goşundy. Doldurylan barlag sanawlary")
_m("report.photos", "Photos", "Фотографии", "Suratlar")
_m("report.other_attachments", "Other attachments", "Прочие вложения", "Beýleki goşundylar")
_m("report.image_unreadable", "[image cannot be shown: {name}]", "[изображение не отображается: {name}]",
   "[surat görkezilip bilinmeýär: {name}]")
_m("report.no_answers", "No items answered.", "Ответов нет.", "Jogap berilmedi.")
_m("report.answer_yes", "Yes", "Да", "Hawa")
_m("report.answer_no", "No", "Нет", "Ýok")
_m("report.answer_na", "Not applicable", "Неприменимо", "Degişli däl")
_m("report.photo_caption", "Photo {number}", "Фото {number}", "Surat {number}")
_m("report.photo_count", "photos: {count}", "фото: {count}", "suratlar: {count}")

# -- page furniture -------------------------------------------------------------------------
_m("report.page", "Page {page} of {pages}", "Страница {page} из {pages}", "Sahypa {page} / {pages}")

# -- shift summary ---------------------------------------------------------------------------
_m("report.shift_title", "Shift summary", "Сводка за смену", "Smenanyň jemleýji sanawy")
_m("report.shift_period", "Period", "Период", "Döwür")
_m("report.all_bcps", "All border crossing points", "Все пункты пропуска", "Ähli serhet geçiş nokatlary")
_m("report.inspections", "Inspections", "Досмотров", "Barlaglar")
_m("report.released_count", "Released", "Выпущено", "Goýberildi")
_m("report.held_count", "Not released", "Не выпущено", "Goýberilmedi")
_m("report.open_count", "Not finalized", "Не оформлено", "Tassyklanmadyk")
_m("report.dwell_median", "Arrival to release, median", "От прибытия до выпуска, медиана",
   "Gelenden goýberilýänçä, mediana")
_m("report.dwell_p90", "Arrival to release, 90th percentile", "От прибытия до выпуска, 90-й процентиль",
   "Gelenden goýberilýänçä, 90-njy prosentil")
_m("report.agency_decisions", "Agency decisions", "Решения служб", "Gulluklaryň kararlary")
_m("report.shift_empty", "No inspections arrived in this period.", "За этот период досмотров не было.",
   "Bu döwürde barlag bolmady.")
_m("report.shift_supervisor", "Shift supervisor: name, signature, date and time",
   "Начальник смены: фамилия, подпись, дата и время", "Smena başlygy: familiýasy, goly, senesi we wagty")
_m("report.shift_checked", "I have checked this summary against the records of the shift.",
   "Сводка сверена с записями смены.", "Bu sanaw smenanyň ýazgylary bilen barlanyldy.")

# -- command line --------------------------------------------------------------------------
_m("report.help", "print an inspection report or a shift summary as PDF",
   "напечатать акт досмотра или сводку за смену в PDF", "barlag hasabatyny ýa-da smenanyň sanawyny PDF görnüşinde çap etmek")
_m("report.help_key", "the inspection (reference or uuid)", "досмотр (номер или uuid)",
   "barlag (hasaba alyş belgisi ýa-da uuid)")
_m("report.help_revision", "an earlier revision (0 = original)", "более ранняя редакция (0 — первоначальная)",
   "öňki redaksiýa (0 — asyl nusga)")
_m("report.help_lang", "report language: en, ru, tk or tk+ru (bilingual)",
   "язык отчёта: en, ru, tk или tk+ru (двуязычный)", "hasabatyň dili: en, ru, tk ýa-da tk+ru (iki dilde)")
_m("report.help_appendix", "add the full answered checklists and the photos",
   "добавить заполненные чек-листы и фотографии", "doldurylan barlag sanawlaryny we suratlary goşmak")
_m("report.help_agency", "only this agency's part (single-agency report)",
   "только часть этой службы (акт одной службы)", "diňe şu gullugyň bölegi (bir gullugyň hasabaty)")
_m("report.help_output", "the PDF file to write", "PDF-файл для записи", "ýazyljak PDF faýly")
_m("report.help_shift", "a shift summary of this day (YYYY-MM-DD) instead of one inspection",
   "сводка за смену этого дня (ГГГГ-ММ-ДД) вместо одного досмотра",
   "bir barlagyň ýerine şu günüň (ÝÝÝÝ-AA-GG) smena sanawy")
_m("report.help_bcp", "only this border crossing point", "только этот пункт пропуска", "diňe şu serhet geçiş nokady")
_m("report.help_from", "shift start, HH:MM (default 00:00)", "начало смены, ЧЧ:ММ (по умолчанию 00:00)",
   "smenanyň başy, SS:MM (adaty 00:00)")
_m("report.help_to", "shift end, HH:MM; an end not after the start is on the next day (default: 24 hours later)",
   "конец смены, ЧЧ:ММ; не позже начала — значит следующего дня (по умолчанию через 24 часа)",
   "smenanyň soňy, SS:MM; başyndan giç bolmasa, ertesi gün (adaty: 24 sagatdan soň)")
_m("report.key_or_shift", "name inspections (REF|UUID …), or select them with --status/--since/--until, or give --shift DATE",
   "укажите досмотры (REF|UUID …), или выберите их через --status/--since/--until, или --shift ДАТА",
   "barlaglary (REF|UUID …) görkeziň, ýa-da --status/--since/--until bilen saýlaň, ýa-da --shift SENE görkeziň")
_m("report.help_status", "every current record in this status (repeatable)",
   "все текущие записи с этим статусом (можно повторять)", "şu ýagdaýdaky ähli häzirki ýazgylar (gaýtalap bolýar)")
_m("report.help_since", "records that arrived on or after this day (YYYY-MM-DD)",
   "записи, прибывшие в этот день или позже (ГГГГ-ММ-ДД)", "şu gün ýa-da ondan soň gelen ýazgylar (ÝÝÝÝ-AA-GG)")
_m("report.help_until", "records that arrived on or before this day (YYYY-MM-DD)",
   "записи, прибывшие в этот день или раньше (ГГГГ-ММ-ДД)", "şu gün ýa-da ondan öň gelen ýazgylar (ÝÝÝÝ-AA-GG)")
_m("report.help_combined", "several reports in one PDF file (otherwise -o names a folder, one file each)",
   "несколько актов в одном PDF (иначе -o — папка, по файлу на акт)",
   "birnäçe hasabat bir PDF faýlda (bolmasa -o bukjany görkezýär, her hasabat üçin bir faýl)")
_m("report.revision_one", "--revision applies to one named inspection", "--revision относится к одному досмотру",
   "--revision diňe bir barlaga degişli")
_m("report.since_after_until", "--since is after --until", "--since позже --until", "--since --until-dan giç")
_m("report.nothing_selected", "No inspection matches", "Нет подходящих досмотров", "Laýyk gelýän barlag ýok")
_m("report.needs_folder", "several reports go to a folder (or use --combined)",
   "несколько актов записываются в папку (или укажите --combined)",
   "birnäçe hasabat bukja ýazylýar (ýa-da --combined ulanyň)")
_m("report.shift_only", "{option} belongs to a shift summary (--shift)", "{option} относится к сводке за смену (--shift)",
   "{option} smenanyň sanawyna degişli (--shift)")
_m("report.inspection_only", "{option} belongs to the report of one inspection",
   "{option} относится к акту одного досмотра", "{option} bir barlagyň hasabatyna degişli")
_m("report.bad_date", "not a date YYYY-MM-DD: {value}", "не дата ГГГГ-ММ-ДД: {value}", "ÝÝÝÝ-AA-GG sene däl: {value}")
_m("report.bad_time", "not a time HH:MM: {value}", "не время ЧЧ:ММ: {value}", "SS:MM wagt däl: {value}")
_m("report.agency_not_involved", "{agency} took no part in {reference}", "{agency} не участвовала в досмотре {reference}",
   "{agency} {reference} barlagyna gatnaşmady")
_m("report.cannot_write", "Cannot write {path}: {reason}", "Не удаётся записать {path}: {reason}",
   "{path} ýazyp bolmady: {reason}")
_m("report.not_a_folder", "the folder does not exist", "папка не существует", "bukja ýok")
_m("report.is_a_folder", "it is a folder", "это папка", "bu bukja")
_m("report.written", "{path}: {pages} page(s)", "{path}: страниц: {pages}", "{path}: {pages} sahypa")
