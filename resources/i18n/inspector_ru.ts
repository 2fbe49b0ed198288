<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="61" />
        <source>Sections to reopen:</source>
        <translation>Разделы для повторного открытия:</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="133" />
        <source>Sign section…</source>
        <extracomment>the section changed in the database (reload the record)</extracomment>
        <translation>Подписать раздел…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="134" />
        <source>Decision of the agency</source>
        <translation>Решение службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="135" />
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="136" />
        <source>Conditions, samples sent, treatment ordered …</source>
        <translation>Условия, направленные пробы, назначенная обработка …</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="140" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="193" />
        <source>Returned by the supervisor for correction: {comment}</source>
        <translation>Возвращено начальником смены на доработку: {comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="182" />
        <source>Findings — {counts}</source>
        <translation>Несоответствия — {counts}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="183" />
        <source>No findings</source>
        <translation>Несоответствий нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="187" />
        <source>Signed by {name}, {time}</source>
        <translation>Подписал: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="189" />
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="268" />
        <source>Locked: the record is finalized. Corrections only by an amendment.</source>
        <translation>Заблокировано: запись оформлена. Исправления — только поправкой.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="270" />
        <source>Signed: this section can no longer change.</source>
        <translation>Подписано: этот раздел больше не меняется.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="272" />
        <source>Read only: only an officer of {agency} answers this section.</source>
        <translation>Только просмотр: этот раздел заполняет сотрудник службы «{agency}».</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="224" />
        <source>Cannot read {file}: {reason}</source>
        <translation>Не удаётся прочитать {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="252" />
        <source>Sign the {agency} section of {reference}. After signing it can no longer change.</source>
        <translation>Подпишите раздел «{agency}» досмотра {reference}. После подписания его нельзя будет изменить.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="263" />
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="414" />
        <source>This section is read only.</source>
        <translation>Этот раздел только для просмотра.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="426" />
        <source>“{key}” does not answer this item. Keys: {keys}</source>
        <translation>«{key}» не отвечает на этот пункт. Клавиши: {keys}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="427" />
        <source>“{key}” does not answer this item.</source>
        <translation>«{key}» не отвечает на этот пункт.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="175" />
        <source>Restored from {file}.</source>
        <translation>Восстановлено из {file}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="177" />
        <source>The previous database was kept as {backup}.</source>
        <translation>Прежняя база данных сохранена как {backup}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="98" />
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="99" />
        <source>Backups are kept in {folder}. The first start of each day makes one; migrations and restores make one first.</source>
        <translation>Резервные копии хранятся в {folder}. Первый запуск каждого дня создаёт копию; перед обновлением и восстановлением копия создаётся заранее.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="110" />
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="113" />
        <source>Restore selected…</source>
        <translation>Восстановить выбранную…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="116" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="131" />
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="131" />
        <source>made by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="132" />
        <source>before an upgrade</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="132" />
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="158" />
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="159" />
        <source>Replace the database with the backup from {time}? Records entered since then will not be in it; the current database is kept as a backup first.</source>
        <translation>Заменить базу данных резервной копией от {time}? Записей, внесённых после этого, в ней не будет; текущая база данных предварительно сохраняется как резервная копия.</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="49" />
        <source>Preparing the reports…</source>
        <translation>Подготовка актов…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="49" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="73" />
        <source>Printed {done} of {total} reports…</source>
        <translation>Напечатано актов: {done} из {total}…</translation>
    </message>
</context>
<context>
    <name>BundleFiles</name>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="49" />
        <source>Export bundle</source>
        <translation>Выгрузка пакета</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="50" />
        <location filename="../../inspector/ui/dialogs/exchange.py" line="56" />
        <source>Exchange bundles (*.zip)</source>
        <translation>Пакеты обмена (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="55" />
        <source>Import bundle</source>
        <translation>Загрузка пакета</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="24" />
        <source>Change my password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="25" />
        <source>Your signing key stays the same: it is locked again under the new password.</source>
        <translation>Ваш ключ подписи остаётся прежним: он заново защищается новым паролем.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="39" />
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="39" />
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="40" />
        <source>New password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="59" />
        <source>The two new passwords differ</source>
        <translation>Новые пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>ChecklistFilePicker</name>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="37" />
        <source>Add checklist version</source>
        <translation>Добавить версию чек-листа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="38" />
        <source>Checklists (*.yaml *.yml)</source>
        <translation>Чек-листы (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="79" />
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Agency</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="81" />
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="81" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="82" />
        <source>Add version from file…</source>
        <translation>Добавить версию из файла…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Импорт из Excel…</translation>
    </message>
    <message>
        <source>Save Excel template…</source>
        <translation>Сохранить шаблон Excel…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="84" />
        <source>Newer versions are kept in {path}</source>
        <translation>Новые версии хранятся в папке {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="117" />
        <source>Checklist added</source>
        <translation>Чек-лист добавлен</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="118" />
        <source>{id} version {version} is now used for new inspections.</source>
        <translation>Для новых досмотров теперь применяется {id}, версия {version}.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtonsWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="178" />
        <source>keys 1–{last}</source>
        <translation>клавиши 1–{last}</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="217" />
        <source>keys 1–{last}, Space opens the list</source>
        <translation>клавиши 1–{last}, пробел открывает список</translation>
    </message>
</context>
<context>
    <name>ConsignmentTab</name>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="185" />
        <source>Consignment</source>
        <extracomment>something was saved (reload the record)</extracomment>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="186" />
        <source>Vehicle</source>
        <translation>Транспортное средство</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="187" />
        <source>Transit</source>
        <translation>Транзит</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="188" />
        <source>Participating agencies</source>
        <translation>Участвующие службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="189" />
        <source>BCP</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="189" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="190" />
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="190" />
        <source>Risk lane</source>
        <translation>Коридор риска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="191" />
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="191" />
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="193" />
        <source>Tractor plate</source>
        <translation>Номер тягача</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="193" />
        <source>Trailer plate</source>
        <translation>Номер прицепа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="194" />
        <source>Country (ISO)</source>
        <translation>Страна (ISO)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="196" />
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="197" />
        <source>Exit BCP</source>
        <translation>Пункт выезда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="198" />
        <source>Deadline</source>
        <translation>Срок транзита</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="206" />
        <source>Use proposed agencies</source>
        <translation>Применить предложенные службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Issuer</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="205" />
        <source>Date ({pattern})</source>
        <translation>Дата ({pattern})</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="209" />
        <source>Drivers</source>
        <translation>Водители</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="209" />
        <source>Name as in passport (Latin)</source>
        <translation>Имя по паспорту (латиницей)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="210" />
        <source>Name in original script</source>
        <translation>Имя в оригинальном написании</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="210" />
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="211" />
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Description</source>
        <translation>Наименование товара</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Packages</source>
        <translation>Кол-во мест</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Consignor</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="214" />
        <source>Consignee</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Seals</source>
        <translation>Пломбы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>New seal</source>
        <translation>Новая пломба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="216" />
        <source>Affixed by</source>
        <translation>Наложил</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="264" />
        <source>Proposed from the HS codes: {agencies}</source>
        <translation>Предложено по кодам ТН ВЭД: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="272" />
        <source>Locked: the record is finalized. Corrections only by an amendment.</source>
        <translation>Заблокировано: запись оформлена. Исправления — только поправкой.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="274" />
        <source>Read only: the lead officer or a supervisor completes the consignment.</source>
        <translation>Только просмотр: общие сведения заполняет ведущий сотрудник или начальник смены.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Time Release Study (PDF)…</source>
        <translation>Исследование времени выпуска (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 91 days</source>
        <translation>Последние 91 день</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Between dates…</source>
        <translation>Между датами…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All BCPs</source>
        <translation>Все пункты пропуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All lanes</source>
        <translation>Все коридоры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All agencies</source>
        <translation>Все службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Computing the figures…</source>
        <translation>Расчёт показателей…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Inspections</source>
        <translation>Досмотры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Released</source>
        <translation>Выпущено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Held</source>
        <translation>Задержано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Not finalized</source>
        <translation>Не оформлено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Arrival to release, median</source>
        <translation>От прибытия до выпуска, медиана</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Arrival to release, 90th percentile</source>
        <translation>От прибытия до выпуска, 90-й процентиль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>{first} – {last} · computed {time} · click a bar or a point to see its records</source>
        <translation>{first} – {last} · рассчитано {time} · нажмите на столбец или точку, чтобы увидеть записи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Dashboard: {figure}</source>
        <translation>Сводка: {figure}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source> — slowest tenth</source>
        <translation> — самые долгие 10 %</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Export the figures as CSV</source>
        <translation>Экспорт показателей в CSV</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Save the Time Release Study</source>
        <translation>Сохранить исследование времени выпуска</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <source>Agency</source>
        <extracomment>the record changed (reload it) a new revision was created (open it)</extracomment>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <location filename="../../inspector/ui/editor/decision_tab.py" line="154" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <source>Officer</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="152" />
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="153" />
        <source>Consolidated decision (lead officer)</source>
        <translation>Сводное решение (ведущий инспектор)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="155" />
        <source>Reason, if stricter</source>
        <translation>Основание (если строже)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="156" />
        <source>Release time</source>
        <translation>Время выпуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="157" />
        <source>Confirm decision</source>
        <translation>Подтвердить решение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="158" />
        <source>Finalize and lock</source>
        <translation>Оформить и закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="159" />
        <source>Review and corrections</source>
        <translation>Проверка и исправления</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="160" />
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="161" />
        <source>Return for correction…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="162" />
        <source>Amend…</source>
        <translation>Внести изменение…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="180" />
        <source>not involved</source>
        <translation>не участвует</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="184" />
        <source>not signed</source>
        <translation>не подписано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="190" />
        <source>Consolidated decision: {decision}</source>
        <translation>Сводное решение: {decision}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="193" />
        <source>Waiting for: {agencies}</source>
        <translation>Ожидаются решения: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="196" />
        <source>Proposed consolidated decision: {decision}</source>
        <translation>Предлагаемое сводное решение: {decision}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="199" />
        <source>held by {agencies}</source>
        <translation>задерживают: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="221" />
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="223" />
        <source>Confirmed by {name}, {time}</source>
        <translation>Подтвердил: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="227" />
        <source>Finalized by {name}, {time}</source>
        <translation>Оформил: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="230" />
        <source>Released: {time}</source>
        <translation>Выпущено: {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="233" />
        <source>Review: {outcome} by {name}, {time}. {comment}</source>
        <translation>Проверка: {outcome}, {name}, {time}. {comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="237" />
        <source>Record hash: {hash}</source>
        <translation>Хеш записи: {hash}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="284" />
        <source>{reference}, revision {revision}: {decision}; agencies: {agencies}</source>
        <translation>{reference}, редакция {revision}: {decision}; службы: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="301" />
        <source>Finalize {summary}. The record is locked and signed with your key; it can then only be corrected by an amendment.</source>
        <translation>Оформить {summary}. Запись закрывается и подписывается вашим ключом; после этого исправить её можно только внесением изменения.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="308" />
        <source>Approve {summary}. Your approval is signed with your key.</source>
        <translation>Утвердить {summary}. Утверждение подписывается вашим ключом.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="266" />
        <source>Return for correction</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="267" />
        <source>Say what must be corrected; the officers of the chosen agencies will see it in their section.</source>
        <translation>Укажите, что нужно исправить; должностные лица выбранных служб увидят это в своём разделе.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="321" />
        <source>Return {summary} for correction of: {chosen}. Your decision is signed with your key.</source>
        <translation>Вернуть {summary} на доработку службам: {chosen}. Ваше решение подписывается вашим ключом.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="277" />
        <source>Amend the record</source>
        <translation>Изменение записи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="278" />
        <source>An amendment creates a new revision; this one stays unchanged and printable. Give the reason.</source>
        <translation>Изменение создаёт новую редакцию; текущая остаётся без изменений и доступна для печати. Укажите основание.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="114" />
        <source>Exchange with head office</source>
        <translation>Обмен с центральным аппаратом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="115" />
        <source>Export records to a signed bundle</source>
        <translation>Выгрузка записей в подписанный пакет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="116" />
        <source>Only records changed since</source>
        <translation>Только записи, изменённые с</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="117" />
        <source>Export…</source>
        <translation>Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="118" />
        <source>Import a bundle</source>
        <translation>Загрузка пакета</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="119" />
        <source>The bundle is checked whole first (signature of a trusted workstation, every file's hash); nothing is changed if anything is wrong.</source>
        <translation>Сначала пакет проверяется целиком (подпись доверенного рабочего места, хеш каждого файла); при любой ошибке ничего не изменяется.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="121" />
        <source>Import…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="122" />
        <source>Conflicts waiting for a supervisor</source>
        <translation>Конфликты, ожидающие решения начальника смены</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="124" />
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="125" />
        <source>Mark resolved…</source>
        <translation>Отметить как решённый…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="140" />
        <source>Synchronize with head office</source>
        <translation>Синхронизация с центральным аппаратом</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="141" />
        <source>Central database:</source>
        <translation>Центральная база:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="142" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="143" />
        <source>for example {url}</source>
        <translation>например, {url}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="143" />
        <source>only if the server asks for one; never saved</source>
        <translation>только если сервер его требует; не сохраняется</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="144" />
        <source>Test server without TLS (records travel unencrypted)</source>
        <translation>Тестовый сервер без TLS (записи передаются без шифрования)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="145" />
        <source>Synchronize</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="146" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="165" />
        <source>Exported {records} records ({revisions} revisions, {attachments} photos and scans) to {path}.
Signed by this workstation, key {key}.</source>
        <translation>Выгружено записей: {records} (редакций: {revisions}, фото и сканов: {attachments}) в {path}.
Подписано этим рабочим местом, ключ {key}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="184" />
        <source>Imported {file}, signed by {signer}. Record revisions: {inserted} new, {replaced} updated, {reviewed} reviews applied, {unchanged} already here, {conflicts} conflict(s). {users} account(s) created inactive.</source>
        <translation>Загружен {file}, подписан: {signer}. Редакции записей: новых — {inserted}, обновлено — {replaced}, применено проверок — {reviewed}, уже были — {unchanged}, конфликтов — {conflicts}. Создано неактивных учётных записей: {users}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="261" />
        <source>The central database URL does not ask for TLS: records would travel in the clear. Add ?sslmode=verify-full to the URL (docs/encryption.md), or tick “{box}” for a test server on this machine.</source>
        <translation>Адрес центральной базы не требует TLS: записи передавались бы открыто. Добавьте к адресу ?sslmode=verify-full (docs/encryption.md) или отметьте «{box}» для тестового сервера на этой машине.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="264" />
        <source>Connecting to the central database…</source>
        <translation>Подключение к центральной базе…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="280" />
        <source>Stopping after the batch being sent…</source>
        <translation>Остановка после отправки текущей порции…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="301" />
        <source>Synchronization stopped. The records already sent stay at head office; the next synchronization sends the rest.</source>
        <translation>Синхронизация остановлена. Уже отправленные записи остаются в центральном аппарате; следующая синхронизация отправит остальные.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="306" />
        <source>The synchronization failed; nothing is lost.</source>
        <translation>Синхронизация не удалась; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="216" />
        <source>Resolve conflict</source>
        <translation>Решение конфликта</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="217" />
        <source>What was done about this copy?</source>
        <translation>Что сделано с этой копией?</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="60" />
        <source>Save report as PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="35" />
        <source>Welcome to BCP Inspector</source>
        <translation>Добро пожаловать в BCP Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="36" />
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers' and supervisors' accounts and manages checklist versions.</source>
        <translation>В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора: администратор добавляет учётные записи должностных лиц и начальников смен и управляет версиями чек-листов.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="77" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="59" />
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="60" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="61" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="62" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="63" />
        <source>This workstation's BCP</source>
        <translation>Пункт пропуска рабочего места</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="70" />
        <source>This workstation's code</source>
        <translation>Код рабочего места</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="53" />
        <source>A, B, … (unique at this BCP)</source>
        <translation>A, B, … (уникален на этом пункте пропуска)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="56" />
        <source>Audit trail of {reference} (all revisions)</source>
        <translation>Журнал действий по {reference} (все редакции)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="59" />
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="59" />
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="29" />
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="29" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="30" />
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="37" />
        <source>Inspection opened</source>
        <translation>Досмотр открыт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="38" />
        <source>Agency joined</source>
        <translation>Служба подключена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="39" />
        <source>Agency removed</source>
        <translation>Служба исключена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="40" />
        <source>Consignment changed</source>
        <translation>Сведения о грузе изменены</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="39" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="42" />
        <source>Answer cleared (item no longer applies)</source>
        <translation>Ответ удалён (пункт больше не применим)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="43" />
        <source>Photo or scan attached</source>
        <translation>Приложено фото или скан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="42" />
        <source>Photo or scan removed</source>
        <translation>Фото или скан удалён</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="44" />
        <source>Agency decision</source>
        <translation>Решение службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="45" />
        <source>Section signed</source>
        <translation>Раздел подписан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="46" />
        <source>All sections signed</source>
        <translation>Все разделы подписаны</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="47" />
        <source>Consolidated decision confirmed</source>
        <translation>Сводное решение подтверждено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="48" />
        <source>Finalized and locked</source>
        <translation>Оформлено и закрыто</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="49" />
        <source>Approved by the supervisor</source>
        <translation>Утверждено начальником смены</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="50" />
        <source>Returned for correction</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="51" />
        <source>New revision for correction</source>
        <translation>Новая редакция для исправления</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="52" />
        <source>Amendment opened</source>
        <translation>Открыто изменение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="60" />
        <source>BCP</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="61" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="62" />
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="63" />
        <source>Risk lane</source>
        <translation>Коридор риска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="64" />
        <source>Declaration</source>
        <translation>Декларация</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="65" />
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="66" />
        <source>Released</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="67" />
        <source>Tractor plate</source>
        <translation>Номер тягача</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="68" />
        <source>Trailer plate</source>
        <translation>Номер прицепа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="69" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="70" />
        <source>Route</source>
        <translation>Маршрут</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="71" />
        <source>Exit BCP</source>
        <translation>Пункт выезда</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="72" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="73" />
        <source>Drivers</source>
        <translation>Водители</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="74" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="75" />
        <source>Cargo</source>
        <translation>Груз</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="76" />
        <source>Seals</source>
        <translation>Пломбы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="77" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="78" />
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="79" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="80" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="81" />
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="82" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="83" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="84" />
        <source>Caption</source>
        <translation>Подпись к фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="85" />
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="129" />
        <source>cleared, no longer applies</source>
        <translation>очищен, пункт больше не применяется</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="161" />
        <source>photos: {count}</source>
        <translation>фото: {count}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="163" />
        <source>note: “{note}”</source>
        <translation>примечание: «{note}»</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Reference</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Tractor</source>
        <translation>Тягач</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Trailer</source>
        <translation>Прицеп</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>BCP</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Agencies</source>
        <translation>Службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="43" />
        <source>Released</source>
        <translation>Выпуск</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="43" />
        <source>Lead officer</source>
        <translation>Ведущий инспектор</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="61" />
        <source>Finalized</source>
        <translation>Оформлено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="63" />
        <source>Vehicle</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="105" />
        <location filename="../../inspector/ui/models/inspection_table.py" line="131" />
        <source>Returned for correction</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="100" />
        <source>{decision}, released {time}</source>
        <translation>{decision}, выпуск {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="98" />
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="98" />
        <source>Vet</source>
        <translation>Вет.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="99" />
        <source>Phyto</source>
        <translation>Фито</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="99" />
        <source>San-epid</source>
        <translation>Санэпид</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="169" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="113" />
        <source>Report…</source>
        <extracomment>the window was closed</extracomment>
        <translation>Акт…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="114" />
        <source>Consignment</source>
        <translation>Сведения о грузе</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="120" />
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="121" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="125" />
        <source>Original</source>
        <translation>Первоначальная</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="125" />
        <source>Amendment {n}</source>
        <translation>Изменение № {n}</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="124" />
        <source>Inspections</source>
        <extracomment>the user asked to open a record (reference) the user asked for a new inspection</extracomment>
        <translation>Досмотры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="122" />
        <source>Search: plate, reference, name…</source>
        <translation>Поиск: госномер, рег. номер, имя…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="123" />
        <source>Plate, reference, document number, declaration, driver's name or passport, consignor or consignee, HS code. Enter or Down: to the results; Enter there opens the record. Ctrl+F comes back here.</source>
        <translation>Госномер, рег. номер, номер документа, декларация, имя или паспорт водителя, отправитель или получатель, код ТН ВЭД. Enter или «вниз» — к результатам; Enter там открывает запись. Ctrl+F — обратно сюда.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="126" />
        <source>New inspection</source>
        <translation>Новый досмотр</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="127" />
        <source>Print selected…</source>
        <translation>Печать выбранных…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="128" />
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="130" />
        <source>Between dates…</source>
        <translation>Между датами…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="131" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="132" />
        <source>All agencies</source>
        <translation>Все службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="133" />
        <source>All decisions</source>
        <translation>Все решения</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="135" />
        <source>All BCPs</source>
        <translation>Все пункты пропуска</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="84" />
        <source>Note (what was seen, where, action taken)</source>
        <extracomment>an answer was given: (item id, value) the note was edited: (item id, text) the officer wants to attach a photo to this item</extracomment>
        <translation>Примечание (что обнаружено, где, принятые меры)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="120" />
        <source>Finding: {severity}</source>
        <translation>Несоответствие: {severity}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="105" />
        <source>Add photo ({count})</source>
        <translation>Добавить фото ({count})</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="86" />
        <source>Add photo</source>
        <translation>Добавить фото</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="106" />
        <source>Add</source>
        <extracomment>the lines changed: list of dicts as in bcp-inspection/1</extracomment>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="107" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="79" />
        <source>Log in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="79" />
        <source>Switch user</source>
        <translation>Смена пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="80" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="84" />
        <source>Log in with your personal account. Every change is recorded under it.</source>
        <translation>Войдите под своей личной учётной записью. Все изменения записываются от её имени.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="85" />
        <source>The next officer logs in; open records stay saved.</source>
        <translation>Входит следующее должностное лицо; открытые записи остаются сохранёнными.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="86" />
        <source>The workstation was locked after a period of inactivity. Enter your password, or Cancel to switch user.</source>
        <translation>Рабочее место заблокировано после периода бездействия. Введите пароль или нажмите «Отмена», чтобы сменить пользователя.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="89" />
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="90" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="91" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="165" />
        <source>BCP Inspector</source>
        <translation>BCP Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="166" />
        <source>Inspections</source>
        <translation>Досмотры</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="181" />
        <source>My work</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="166" />
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="0" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="171" />
        <source>New inspection</source>
        <translation>Новый досмотр</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="172" />
        <source>Switch user</source>
        <translation>Сменить пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="173" />
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="225" />
        <source>Change my password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="174" />
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="175" />
        <source>Exchange…</source>
        <translation>Обмен…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="176" />
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="194" />
        <source>Nobody logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="197" />
        <source>all agencies</source>
        <translation>все службы</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="198" />
        <source>{name} — {role}, {agency}</source>
        <translation>{name} — {role}, {agency}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="201" />
        <source>BCP: {name}</source>
        <translation>Пункт пропуска: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="219" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="274" />
        <source>keys 1–{last} tick options, Enter moves on</source>
        <translation>клавиши 1–{last} отмечают варианты, Enter — дальше</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="38" />
        <source>New joint inspection</source>
        <translation>Новый совместный досмотр</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="84" />
        <source>BCP</source>
        <translation>Пункт пропуска</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="85" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="86" />
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="87" />
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="88" />
        <source>Tractor plate</source>
        <translation>Номер тягача</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="89" />
        <source>Trailer plate</source>
        <translation>Номер прицепа</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="90" />
        <source>Country of registration (ISO)</source>
        <translation>Страна регистрации (ISO)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="91" />
        <source>Cargo description</source>
        <translation>Наименование груза</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="92" />
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="93" />
        <source>Gross mass, kg</source>
        <translation>Масса брутто, кг</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="111" />
        <source>Agencies taking part: {agencies}</source>
        <translation>Участвующие службы: {agencies}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="130" />
        <source>Confirm with your password</source>
        <translation>Подтверждение паролем</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="148" />
        <source>Optionally sign in the box (finger, stylus or mouse):</source>
        <translation>При желании распишитесь в поле (пальцем, стилусом или мышью):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="150" />
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="45" />
        <source>Add photo</source>
        <translation>Добавить фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="46" />
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Фото и сканы (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="65" />
        <source>Scan</source>
        <translation>Скан</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="67" />
        <source>Photo {n}: Enter to view, Delete to remove</source>
        <translation>Фото {n}: Enter — просмотр, Delete — удалить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="68" />
        <source>Photo {n}: Enter to view</source>
        <translation>Фото {n}: Enter — просмотр</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="79" />
        <source>View full size</source>
        <translation>Просмотр в полном размере</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="80" />
        <source>Remove photo…</source>
        <translation>Удалить фото…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="110" />
        <source>This attachment is not a picture (a scanned PDF); it prints in the report's appendix.</source>
        <translation>Это вложение не изображение (скан PDF); оно печатается в приложении к акту.</translation>
    </message>
</context>
<context>
    <name>PhotoWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="396" />
        <source>Photos: {count}</source>
        <translation>Фото: {count}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="318" />
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="399" />
        <source>Tab to the photo button, then Space</source>
        <translation>Tab до кнопки фото, затем пробел</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="37" />
        <source>The first %n record(s) shown; scroll for more</source>
        <translation>
            <numerusform>Показана первая %n запись; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Показаны первые %n записи; прокрутите, чтобы увидеть больше</numerusform>
            <numerusform>Показаны первые %n записей; прокрутите, чтобы увидеть больше</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="38" />
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>Показана %n запись</numerusform>
            <numerusform>Показаны %n записи</numerusform>
            <numerusform>Показано %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../inspector/ui/pages/record_list.py" line="163" />
        <source>Search: plate, reference, name…</source>
        <extracomment>the user asked to open a record (reference)</extracomment>
        <translation>Поиск: госномер, рег. номер, имя…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/record_list.py" line="164" />
        <source>Plate, reference, document number, declaration, driver's name or passport, consignor or consignee. Enter or Down: to the results; Enter there opens the record.</source>
        <translation>Госномер, рег. номер, номер документа, декларация, имя или паспорт водителя, отправитель или получатель. Enter или «вниз» — к результатам; Enter там открывает запись.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="45" />
        <source>The database cannot be opened</source>
        <translation>Базу данных нельзя открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="51" />
        <source>The newest good backup is from {time}:
{path}

Restore it? The damaged file is kept as a backup, not deleted.</source>
        <translation>Последняя исправная резервная копия от {time}:
{path}

Восстановить её? Повреждённый файл сохраняется как резервная копия и не удаляется.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="54" />
        <source>No good backup was found in {folder}. Choose a backup file, or quit and ask your administrator.</source>
        <translation>В {folder} не найдено исправной резервной копии. Выберите файл резервной копии или выйдите и обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="60" />
        <source>Restore the newest backup</source>
        <translation>Восстановить последнюю копию</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="63" />
        <source>Choose a backup…</source>
        <translation>Выбрать копию…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="65" />
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="85" />
        <source>Choose a backup</source>
        <translation>Выбор резервной копии</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="86" />
        <source>Databases (*.db)</source>
        <translation>Базы данных (*.db)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>The database is encrypted. This recovery key opens it without any password. It is shown only now: write it down or print the sheet, and lock it away.</source>
        <translation>База данных зашифрована. Этот ключ восстановления открывает её без пароля. Он показан только сейчас: запишите его или распечатайте лист и заприте.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Save the sheet as PDF…</source>
        <translation>Сохранить лист в PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>I have written it down</source>
        <translation>Я записал(а) его</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Save the recovery sheet</source>
        <translation>Сохранить лист восстановления</translation>
    </message>
</context>
<context>
    <name>RemoveLinesQuestion</name>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="70" />
        <source>Remove lines</source>
        <translation>Удаление строк</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/editor/lines.py" line="69" />
        <source>Remove %n selected line(s)?</source>
        <translation>
            <numerusform>Удалить %n выбранную строку?</numerusform>
            <numerusform>Удалить %n выбранные строки?</numerusform>
            <numerusform>Удалить %n выбранных строк?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="71" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>RemovePhotoQuestion</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="136" />
        <source>Remove photo</source>
        <translation>Удаление фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="137" />
        <source>Remove this photo from “{item}”? The removal is recorded in the history.</source>
        <translation>Удалить это фото из пункта «{item}»? Удаление записывается в историю.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="147" />
        <source>Report {reference}</source>
        <translation>Акт {reference}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="148" />
        <source>Appendix: full checklists and photos</source>
        <translation>Приложение: полные чек-листы и фото</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="149" />
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="150" />
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="151" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="166" />
        <source>Building the report…</source>
        <translation>Формирование акта…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="210" />
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="200" />
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="201" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="218" />
        <source>Printing cancelled</source>
        <translation>Печать отменена</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="73" />
        <source>Review queue</source>
        <extracomment>open a record (reference)</extracomment>
        <translation>Очередь на проверку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="47" />
        <source>Finalized records waiting for a supervisor, the newest first. Open one (Enter) to read it in full and approve it there, or return it for correction.</source>
        <translation>Оформленные записи, ожидающие проверки начальником смены; сначала последние. Откройте запись (Enter), чтобы прочитать её полностью и утвердить, или верните её на доработку.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="76" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="78" />
        <source>Return for correction…</source>
        <translation>Вернуть на доработку…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="116" />
        <source>Return for correction</source>
        <translation>Возврат на доработку</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="117" />
        <source>Say what must be corrected; the officers of the chosen agencies will see it in their section.</source>
        <translation>Укажите, что нужно исправить; должностные лица выбранных служб увидят это в своём разделе.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="64" />
        <source>Return {reference} for correction: signed with your key.</source>
        <translation>Вернуть {reference} на доработку: решение подписывается вашим ключом.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="35" />
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="61" />
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="62" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="63" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="64" />
        <source>Agency</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="65" />
        <source>Badge number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="66" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="67" />
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="122" />
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Full name</source>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Agency</source>
        <translation>Служба</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Badge</source>
        <translation>Жетон</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="125" />
        <source>Add account…</source>
        <translation>Добавить учётную запись…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="127" />
        <source>Set password…</source>
        <translation>Задать пароль…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="145" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="145" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="153" />
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="154" />
        <source>Deactivate…</source>
        <translation>Отключить…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="161" />
        <source>Deactivate account</source>
        <translation>Отключение учётной записи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="162" />
        <source>Deactivate the account of {name} ({username})? They can no longer log in; everything they recorded stays as it is.</source>
        <translation>Отключить учётную запись {name} ({username})? Войти в систему будет нельзя; всё, что записано под ней, останется без изменений.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="165" />
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="174" />
        <source>Set password</source>
        <translation>Задать пароль</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="175" />
        <source>New password for {name}:</source>
        <translation>Новый пароль для {name}:</translation>
    </message>
</context>
<context>
    <name>WorkQueuePage</name>
    <message>
        <location filename="../../inspector/ui/pages/work_queue.py" line="34" />
        <source>My work</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/work_queue.py" line="35" />
        <source>Records waiting for the {agency} section, the newest arrival first.</source>
        <translation>Записи, ожидающие раздела службы «{agency}»; сначала последние прибывшие.</translation>
    </message>
</context>
<context>
    <name>WorkbookFiles</name>
    <message>
        <source>Import checklist from Excel</source>
        <translation>Импорт чек-листа из Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save checklist template</source>
        <translation>Сохранить шаблон чек-листа</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>Import checklist from Excel</source>
        <translation>Импорт чек-листа из Excel</translation>
    </message>
    <message>
        <source>Choose workbook…</source>
        <translation>Выбрать книгу…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Сохранить шаблон…</translation>
    </message>
    <message>
        <source>Add this version</source>
        <translation>Добавить эту версию</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose an Excel workbook with the sheets settings, survey and choices (XLSForm style). Its problems are listed with their cells; a correct workbook shows the form in every language before the version is added. The template explains every column in English, Russian and Turkmen.</source>
        <translation>Выберите книгу Excel с листами settings, survey и choices (в стиле XLSForm). Её ошибки перечисляются с ячейками; для правильной книги форма показывается на всех языках до добавления версии. Шаблон объясняет каждый столбец на английском, русском и туркменском.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Чтение {file}…</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s) to correct in the workbook. Nothing was added.</source>
        <translation>{file}: ошибок для исправления в книге: {count}. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>{title} — {id} version {version}, {agency}, {items} items. Try the form; answers are not kept.</source>
        <translation>{title} — {id} версии {version}, {agency}, пунктов: {items}. Попробуйте форму; ответы не сохраняются.</translation>
    </message>
</context>
<context>
    <name>YesNoWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="123" />
        <source>Yes</source>
        <extracomment>the officer gave (or cleared, with None) an answer</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="123" />
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="125" />
        <source>N/A</source>
        <translation>Н/П</translation>
    </message>
</context>
<context>
    <name>bcp_time</name>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="91" />
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="188" />
        <source>A date is needed here ({pattern}).</source>
        <translation>Здесь нужна дата ({pattern}).</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="195" />
        <source>“{text}” is not a date. Type it as {pattern}.</source>
        <translation>«{text}» — не дата. Введите в виде {pattern}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="255" />
        <source>Calendar (F4)</source>
        <translation>Календарь (F4)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="292" />
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../inspector/ui/errors.py" line="24" />
        <source>Not possible</source>
        <translation>Невозможно</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="31" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="32" />
        <source>Something went wrong. Everything you entered before this was saved.

Details are in the log file:
{path}</source>
        <translation>Что-то пошло не так. Всё, что вы ввели до этого, сохранено.

Подробности в файле журнала:
{path}</translation>
    </message>
</context>
</TS>
