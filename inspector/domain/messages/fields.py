"""Field labels: how messages name a field (see :mod:`inspector.domain.fields`).

``field.<name>`` names a top-level field and starts with a capital;
``field.<parent>.<name>`` a field inside an object or a list line, in lower
case after the parent's label ("Document 1: date"); ``field.<list>.line`` one
line of a list.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- the consignment ---------------------------------------------------------------------------
_m("field.document", "The data", "Данные", "Maglumatlar")
_m("field.format", "Format", "Формат", "Format")
_m("field.bcp", "BCP", "Пункт пропуска", "Serhet geçiş nokady")
_m("field.direction", "Direction", "Направление", "Ugur")
_m("field.procedure", "Procedure", "Процедура", "Prosedura")
_m("field.risk_lane", "Risk lane", "Коридор риска", "Töwekgelçilik koridory")
_m("field.declaration_ref", "Declaration reference", "Номер декларации", "Deklarasiýanyň belgisi")
_m("field.arrived_at", "Arrival time", "Время прибытия", "Geliş wagty")
_m("field.released_at", "Release time", "Время выпуска", "Goýberiş wagty")
_m("field.vehicle", "Vehicle", "Транспортное средство", "Ulag")
_m("field.vehicle.tractor_plate", "tractor plate", "номер тягача", "çekiji ulagyň belgisi")
_m("field.vehicle.trailer_plate", "trailer plate", "номер прицепа", "tirkegiň belgisi")
_m("field.vehicle.country", "country of registration", "страна регистрации", "hasaba alnan ýurdy")
_m("field.transit", "Transit", "Транзит", "Tranzit")
_m("field.transit.route", "route", "маршрут", "ugur")
_m("field.transit.exit_bcp", "exit BCP", "пункт пропуска на выезде", "çykyş serhet geçiş nokady")
_m("field.transit.deadline", "deadline", "срок", "möhlet")
_m("field.drivers", "Drivers", "Водители", "Sürüjiler")
_m("field.drivers.line", "Driver {n}", "Водитель {n}", "Sürüji {n}")
_m("field.drivers.name_latin", "name as in the passport (Latin)", "имя как в паспорте (латиницей)",
   "pasportdaky ýaly ady (latyn harplary bilen)")
_m("field.drivers.name_original", "name in the original script", "имя в оригинальном написании",
   "asyl ýazylyşyndaky ady")
_m("field.drivers.passport_number", "passport number", "номер паспорта", "pasportyň belgisi")
_m("field.drivers.nationality", "nationality", "гражданство", "raýatlygy")
_m("field.documents", "Documents", "Документы", "Resminamalar")
_m("field.documents.line", "Document {n}", "Документ {n}", "Resminama {n}")
_m("field.documents.type", "type", "вид", "görnüşi")
_m("field.documents.number", "number", "номер", "belgisi")
_m("field.documents.issuer", "issuer", "кем выдан", "kim tarapyndan berlen")
_m("field.documents.date", "date", "дата", "senesi")
_m("field.cargo", "Cargo", "Груз", "Ýük")
_m("field.cargo.line", "Cargo line {n}", "Груз, строка {n}", "Ýük, setir {n}")
_m("field.cargo.description", "description", "описание", "beýany")
_m("field.cargo.hs_code", "HS code", "код ТН ВЭД", "HS kody")
_m("field.cargo.packages", "packages", "число мест", "gaplaryň sany")
_m("field.cargo.gross_mass_kg", "gross mass (kg)", "масса брутто (кг)", "brutto agramy (kg)")
_m("field.cargo.origin_country", "country of origin", "страна происхождения", "gelip çykan ýurdy")
_m("field.cargo.consignor", "consignor", "отправитель", "iberiji")
_m("field.cargo.consignee", "consignee", "получатель", "alyjy")
_m("field.seals", "Seals", "Пломбы", "Möhürler")
_m("field.seals.line", "Seal {n}", "Пломба {n}", "Möhür {n}")
_m("field.seals.number", "number", "номер", "belgisi")
_m("field.seals.status", "condition", "состояние", "ýagdaýy")
_m("field.seals.new_number", "new seal number", "номер новой пломбы", "täze möhüriň belgisi")
_m("field.seals.affixed_by", "affixed by", "кем наложена", "kim tarapyndan basylan")
_m("field.agencies", "Agencies", "Службы", "Gulluklar")
_m("field.agencies.line", "Agency {n}", "Служба {n}", "Gulluk {n}")
_m("field.agencies.agency", "agency", "служба", "gulluk")
# Defaults of the field rules, when a caller names no field.
_m("field.plate", "Plate", "Номерной знак", "Belgi")
_m("field.hs_code", "HS code", "Код ТН ВЭД", "HS kody")
_m("field.country", "Country", "Страна", "Ýurt")
_m("field.gross_mass_kg", "Gross mass (kg)", "Масса брутто (кг)", "Brutto agramy (kg)")
_m("field.packages", "Packages", "Число мест", "Gaplaryň sany")
_m("field.date", "Date", "Дата", "Sene")
_m("field.time", "Time", "Время", "Wagt")

# -- accounts -----------------------------------------------------------------------------------
_m("field.username", "Username", "Имя пользователя", "Ulanyjy ady")
_m("field.full_name", "Full name", "Полное имя", "Doly ady")
_m("field.badge_number", "Service ID number", "Номер служебного удостоверения", "Gulluk şahadatnamasynyň belgisi")
_m("field.password", "Password", "Пароль", "Açar sözi")
_m("field.role", "Role", "Роль", "Roly")
_m("field.agency", "Agency", "Служба", "Gulluk")
_m("field.admin", "Administrator", "Администратор", "Administrator")

# -- sections, decisions, reviews, files --------------------------------------------------------
_m("field.decision", "Decision", "Решение", "Karar")
_m("field.remarks", "Remarks", "Замечания", "Bellikler")
_m("field.remarks.line", "Remark {n}", "Замечание {n}", "Bellik {n}")
_m("field.remarks.agency", "agency", "служба", "gulluk")
_m("field.remarks.item", "item", "пункт", "sorag")
_m("field.remarks.remark", "text", "текст", "teksti")
_m("field.note", "Note", "Примечание", "Bellik")
_m("field.comment", "Comment", "Комментарий", "Teswir")
_m("field.reason", "Reason", "Причина", "Sebäbi")
_m("field.outcome", "Review outcome", "Результат проверки", "Barlagyň netijesi")
_m("field.file", "File", "Файл", "Faýl")
_m("field.filename", "File name", "Имя файла", "Faýlyň ady")
_m("field.caption", "Caption", "Подпись к файлу", "Faýlyň ýazgysy")
_m("field.name", "Name", "Название", "Ady")
_m("field.to", "Destination", "Назначение", "Niýetlenen ýeri")
# A checklist item, named by its question.
_m("field.item", "“{text}”", "«{text}»", "«{text}»")
_m("field.item_note", "{item}: note", "{item}: примечание", "{item}: bellik")
_m("field.item_photos", "{item}: photos", "{item}: фото", "{item}: suratlar")
