"""Texts of the Time Release Study, the dashboard's charts and the data exports.

Stage names follow the WCO Time Release Study guide's wording where it has one.
Have a native speaker review the Turkmen before release.
"""

from __future__ import annotations

from inspector.domain.messages.catalogue import add as _m

# -- stages (docs/trs.md) -----------------------------------------------------------------
_m("stage.queue", "Arrival to inspection opened", "От прибытия до открытия досмотра",
   "Gelenden barlag açylýança")
_m("stage.agency_start", "Waiting for the agencies", "Ожидание контролирующих служб",
   "Gözegçilik gulluklaryna garaşmak")
_m("stage.inspection", "Agency inspections (critical path)", "Досмотр службами (критический путь)",
   "Gulluklaryň barlagy (möhüm ýol)")
_m("stage.decision", "Consolidated decision", "Сводное решение", "Jemleýji karar")
_m("stage.finalization", "Finalization", "Оформление", "Resmileşdirmek")
_m("stage.release", "Finalized to release", "От оформления до выпуска", "Resmileşdirilenden goýberilýänçä")
_m("stage.total", "Arrival to release", "От прибытия до выпуска", "Gelenden goýberilýänçä")
_m("stage.short.queue", "Opening", "Открытие", "Açmak")
_m("stage.short.agency_start", "Waiting", "Ожидание", "Garaşmak")
_m("stage.short.inspection", "Inspections", "Досмотры", "Barlaglar")
_m("stage.short.decision", "Decision", "Решение", "Karar")
_m("stage.short.finalization", "Finalization", "Оформление", "Resmileşdirmek")
_m("stage.short.release", "Release", "Выпуск", "Goýbermek")
_m("stage.short.total", "Total", "Всего", "Jemi")
_m("agencystage.wait", "Waiting for the agency", "Ожидание службы", "Gulluga garaşmak")
_m("agencystage.work", "The agency's inspection", "Досмотр службой", "Gullugyň barlagy")
_m("agencystage.total", "Opened to signed", "От открытия до подписи", "Açylandan gol çekilýänçä")

# -- figures ---------------------------------------------------------------------------------
_m("trs.title", "Time Release Study", "Исследование времени выпуска", "Goýberiş wagtynyň barlagy")
_m("trs.subtitle", "Where trucks wait at the border crossing point (WCO method)",
   "Где ожидают грузовики в пункте пропуска (методика ВТамО)",
   "Ýük ulaglary serhet geçiş nokadynda nirede garaşýar (BGG usuly)")
_m("trs.period", "Period", "Период", "Döwür")
_m("trs.previous", "Previous period", "Предыдущий период", "Öňki döwür")
_m("trs.change", "Change", "Изменение", "Üýtgeýiş")
_m("trs.all_bcps", "All border crossing points", "Все пункты пропуска", "Ähli serhet geçiş nokatlary")
_m("trs.filters", "Records", "Записи", "Ýazgylar")
_m("trs.no_filters", "every record that arrived in the period", "все записи о прибывших в период",
   "döwürde gelenleriň ähli ýazgylary")
_m("trs.inspections", "Inspections", "Досмотры", "Barlaglar")
_m("trs.released", "Released", "Выпущено", "Goýberildi")
_m("trs.held", "Held", "Задержано", "Saklanyldy")
_m("trs.open", "Not finalized", "Не оформлено", "Resmileşdirilmedik")
_m("trs.median", "Median", "Медиана", "Mediana")
_m("trs.p75", "75th percentile", "75-й процентиль", "75-nji prosentil")
_m("trs.p90", "90th percentile", "90-й процентиль", "90-njy prosentil")
_m("trs.count", "Records", "Записей", "Ýazgy")
_m("trs.stage", "Stage", "Этап", "Tapgyr")
_m("trs.stages", "Time per stage", "Время по этапам", "Tapgyrlar boýunça wagt")
_m("trs.stages_note",
   "Agencies inspect in parallel: their stage ends when the last one signs. Stages need not add up "
   "to the total: each counts only the records that have both of its times.",
   "Службы досматривают параллельно: этап заканчивается подписью последней из них. Сумма этапов "
   "может не совпадать с общим временем: каждый этап учитывает только записи, где есть оба его времени.",
   "Gulluklar bir wagtda barlaýar: tapgyr iň soňky gol bilen tamamlanýar. Tapgyrlaryň jemi umumy "
   "wagta deň bolmazlygy mümkin: her tapgyr diňe iki wagty hem bar bolan ýazgylary hasaba alýar.")
_m("trs.agency_times", "Time per agency", "Время по службам", "Gulluklar boýunça wagt")
_m("trs.lane_times", "Arrival to release per risk lane", "От прибытия до выпуска по коридорам риска",
   "Töwekgelçilik koridorlary boýunça gelenden goýberilýänçä")
_m("trs.bcp_times", "Border crossing points compared", "Сравнение пунктов пропуска",
   "Serhet geçiş nokatlaryny deňeşdirmek")
_m("trs.trend_day", "Inspections and arrival to release per day", "Досмотры и время выпуска по дням",
   "Günler boýunça barlaglar we goýberiş wagty")
_m("trs.trend_week", "Inspections and arrival to release per week", "Досмотры и время выпуска по неделям",
   "Hepdeler boýunça barlaglar we goýberiş wagty")
_m("trs.decisions", "Decisions per agency", "Решения по службам", "Gulluklar boýunça kararlar")
_m("trs.consolidated", "Consolidated decisions", "Сводные решения", "Jemleýji kararlar")
_m("trs.findings", "Most frequent findings", "Наиболее частые нарушения", "Iň köp duş gelýän bozulmalar")
_m("trs.finding_item", "Checklist item", "Пункт перечня", "Sanawyň bendi")
_m("trs.share", "Share of the agency's inspections", "Доля досмотров службы", "Gullugyň barlaglaryndaky paýy")
_m("trs.physical", "Physical examinations per risk lane", "Таможенные досмотры по коридорам риска",
   "Töwekgelçilik koridorlary boýunça gümrük gözden geçirişleri")
_m("trs.physical_rate", "Physically examined", "Досмотрено физически", "Fiziki taýdan gözden geçirildi")
_m("trs.waiting", "Open sections waiting now", "Открытые разделы сейчас", "Häzir garaşýan açyk bölümler")
_m("trs.oldest", "Waiting since", "Ожидает с", "Garaşýan wagty")
_m("trs.lane", "Risk lane", "Коридор риска", "Töwekgelçilik koridory")
_m("trs.no_lane", "No lane", "Без коридора", "Koridorsyz")
_m("trs.agency", "Agency", "Служба", "Gulluk")
_m("trs.sections", "Sections", "Разделов", "Bölüm")
_m("trs.bcp", "BCP", "Пункт пропуска", "Serhet geçiş nokady")
_m("trs.duration_minutes", "{minutes} min", "{minutes} мин", "{minutes} min")
_m("trs.minutes", "minutes", "минут", "minut")
_m("trs.hours", "hours", "часов", "sagat")
_m("trs.axis_time", "Time, {unit}", "Время, {unit}", "Wagt, {unit}")
_m("trs.axis_records", "Records", "Записи", "Ýazgylar")
_m("trs.axis_share", "Share, %", "Доля, %", "Paýy, %")
_m("trs.nothing", "No records in this period.", "Нет записей за этот период.", "Bu döwürde ýazgy ýok.")
_m("trs.computed", "Computed {time} from the records in {db}",
   "Рассчитано {time} по записям базы {db}", "{time} senesinde {db} ýazgylary boýunça hasaplandy")
_m("trs.definitions", "How the stages are measured", "Как измеряются этапы", "Tapgyrlar nähili ölçelýär")
_m("trs.written", "{path} written ({pages} pages)", "Записан файл {path} (страниц: {pages})",
   "{path} ýazyldy ({pages} sahypa)")
_m("trs.written_data", "{path} written ({rows} rows)", "Записан файл {path} (строк: {rows})",
   "{path} ýazyldy ({rows} setir)")

# -- definitions (docs/trs.md) ------------------------------------------------------------------
_m("trs.def.from", "Starts when", "Начинается", "Başlanýar")
_m("trs.def.to", "Ends when", "Заканчивается", "Tamamlanýar")
_m("trs.def.opened", "the inspection is opened", "открыт досмотр", "barlag açylanda")
_m("trs.def.first_started", "the first agency records an answer", "первая служба вносит ответ",
   "ilkinji gulluk jogap girizende")
_m("trs.def.last_signed", "the last agency signs its section", "последняя служба подписывает раздел",
   "iň soňky gulluk öz bölümine gol çekende")
_m("trs.def.confirmed", "the lead officer confirms the consolidated decision",
   "ведущее должностное лицо подтверждает сводное решение", "baş wezipeli adam jemleýji karary tassyklanda")
_m("trs.def.finalized", "the record is finalized", "запись оформлена", "ýazgy resmileşdirilende")
_m("trs.def.released", "the vehicle is released (the time recorded at finalization)",
   "транспортное средство выпущено (время, указанное при оформлении)",
   "ulag goýberilende (resmileşdirilende bellenen wagt)")
_m("trs.def.note",
   "Times of the original record; a later amendment's release counts only when the original held the "
   "vehicle. Records never released are left out of the times that end with the release.",
   "Время берётся из первоначальной записи; выпуск по изменению учитывается, только если первоначально "
   "транспортное средство было задержано. Записи без выпуска не входят во время до выпуска.",
   "Wagtlar asyl ýazgydan alynýar; üýtgetme boýunça goýbermek diňe asyl ýazgyda ulag saklanan bolsa "
   "hasaba alynýar. Goýberilmedik ýazgylar goýbermek bilen tamamlanýan wagtlara girmeýär.")

# -- refusals ------------------------------------------------------------------------------------
_m("trs.empty_period", "The period ends before it starts", "Период заканчивается раньше, чем начинается",
   "Döwür başlamazdan öň gutarýar")
_m("trs.period_too_long", "The period is longer than {days} days", "Период длиннее {days} дней",
   "Döwür {days} günden uzyn")
_m("trs.bad_hs_chapter", "“{value}” is not an HS chapter (two digits, 01–97)",
   "«{value}» — не группа ТН ВЭД (две цифры, 01–97)", "“{value}” HS toparы däl (iki san, 01–97)")
_m("trs.bad_date", "“{value}” is not a date (YYYY-MM-DD)", "«{value}» — не дата (ГГГГ-ММ-ДД)",
   "“{value}” sene däl (ÝÝÝÝ-AA-GG)")
_m("export.cannot_write", "Cannot write {path}: {reason}", "Не удаётся записать {path}: {reason}",
   "{path} ýazyp bolmaýar: {reason}")
_m("export.too_many_rows",
   "The {table} table has {rows} rows, more than a spreadsheet holds ({limit}): "
   "choose a shorter period or --format csv",
   "В таблице {table} {rows} строк — больше, чем вмещает лист ({limit}): "
   "выберите период короче или --format csv",
   "{table} tablisasynda {rows} setir bar, bu sahypanyň sygdyryp bilşinden köp ({limit}): "
   "gysgarak döwri ýa-da --format csv saýlaň")
_m("export.table.inspections", "inspections", "досмотры", "barlaglar")
_m("export.table.sections", "sections", "разделы", "bölümler")
_m("export.table.answers", "answers", "ответы", "jogaplar")

# -- command line help ------------------------------------------------------------------------------
_m("trs.help", "Time Release Study: stage times, decisions and findings of a period (PDF, JSON or CSV)",
   "Исследование времени выпуска: этапы, решения и нарушения за период (PDF, JSON или CSV)",
   "Goýberiş wagtynyň barlagy: döwrüň tapgyrlary, kararlary we bozulmalary (PDF, JSON ýa-da CSV)")
_m("trs.help_from", "first day (YYYY-MM-DD, BCP time)", "первый день (ГГГГ-ММ-ДД, время пункта пропуска)",
   "ilkinji gün (ÝÝÝÝ-AA-GG, serhet geçiş nokadynyň wagty)")
_m("trs.help_to", "last day, included", "последний день, включительно", "soňky gün, goşmak bilen")
_m("trs.help_bcp", "only this border crossing point", "только этот пункт пропуска",
   "diňe şu serhet geçiş nokady")
_m("trs.help_format", "pdf (default), json or csv", "pdf (по умолчанию), json или csv",
   "pdf (adaty), json ýa-da csv")
_m("trs.help_output", "the file to write", "файл для записи", "ýazylmaly faýl")
_m("trs.help_lane", "only this risk lane", "только этот коридор риска", "diňe şu töwekgelçilik koridory")
_m("trs.help_agency", "only records this agency took part in", "только записи с участием этой службы",
   "diňe şu gullugyň gatnaşan ýazgylary")
_m("trs.help_hs", "only records with cargo of this HS chapter (two digits)",
   "только записи с грузом этой группы ТН ВЭД (две цифры)", "diňe şu HS toparynyň ýükli ýazgylary (iki san)")
_m("trs.help_direction", "only this direction", "только это направление", "diňe şu ugur")
_m("trs.help_procedure", "only this customs procedure", "только эта таможенная процедура",
   "diňe şu gümrük tertibi")
_m("export.help", "Records of a period for a spreadsheet or statistics package (CSV or XLSX)",
   "Записи за период для электронной таблицы или статистического пакета (CSV или XLSX)",
   "Döwrüň ýazgylary elektron tablisa ýa-da statistika bukjasy üçin (CSV ýa-da XLSX)")
_m("export.help_format", "csv (UTF-8 with BOM) or xlsx", "csv (UTF-8 с BOM) или xlsx", "csv (BOM bilen UTF-8) ýa-da xlsx")
_m("export.help_table", "which table: inspections, sections or answers (xlsx: all three by default)",
   "какая таблица: inspections, sections или answers (xlsx: по умолчанию все три)",
   "haýsy tablisa: inspections, sections ýa-da answers (xlsx: adatça üçüsi hem)")
