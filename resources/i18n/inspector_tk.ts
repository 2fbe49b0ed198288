<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tk_TM" sourcelanguage="en">
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="61" />
        <source>Sections to reopen:</source>
        <translation>Täzeden açylmaly bölümler:</translation>
    </message>
</context>
<context>
    <name>AgencyTab</name>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="133" />
        <source>Sign section…</source>
        <extracomment>the section changed in the database (reload the record)</extracomment>
        <translation>Bölüme gol çek…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="134" />
        <source>Decision of the agency</source>
        <translation>Gullugyň karary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="135" />
        <source>Remarks</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="136" />
        <source>Conditions, samples sent, treatment ordered …</source>
        <translation>Şertler, iberilen nusgalar, bellenen işläp bejeriş …</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="140" />
        <source>— choose —</source>
        <translation>— saýlaň —</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="193" />
        <source>Returned by the supervisor for correction: {comment}</source>
        <translation>Smena başlygy düzetmek üçin yzyna gaýtardy: {comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="182" />
        <source>Findings — {counts}</source>
        <translation>Laýyk gelmezlikler — {counts}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="183" />
        <source>No findings</source>
        <translation>Laýyk gelmezlik ýok</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="187" />
        <source>Signed by {name}, {time}</source>
        <translation>Gol çeken: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="189" />
        <source>Not signed</source>
        <translation>Gol çekilmedik</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="268" />
        <source>Locked: the record is finalized. Corrections only by an amendment.</source>
        <translation>Gulplandy: ýazgy resmileşdirildi. Düzetmeler diňe düzediş bilen.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="270" />
        <source>Signed: this section can no longer change.</source>
        <translation>Gol çekildi: bu bölüm indi üýtgemeýär.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="272" />
        <source>Read only: only an officer of {agency} answers this section.</source>
        <translation>Diňe okamak üçin: bu bölümi {agency} gullugynyň işgäri dolduryar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="224" />
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} okap bolmaýar: {reason}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="252" />
        <source>Sign the {agency} section of {reference}. After signing it can no longer change.</source>
        <translation>{reference} barlagynyň «{agency}» bölümine gol çekiň. Gol çekilenden soň ony üýtgedip bolmaz.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="263" />
        <source>Signature</source>
        <translation>Gol</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="414" />
        <source>This section is read only.</source>
        <translation>Bu bölüm diňe okamak üçin.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="426" />
        <source>“{key}” does not answer this item. Keys: {keys}</source>
        <translation>“{key}” bu bende jogap bermeýär. Düwmeler: {keys}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="427" />
        <source>“{key}” does not answer this item.</source>
        <translation>“{key}” bu bende jogap bermeýär.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="175" />
        <source>Restored from {file}.</source>
        <translation>{file} faýlyndan dikeldildi.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="177" />
        <source>The previous database was kept as {backup}.</source>
        <translation>Öňki maglumat bazasy {backup} hökmünde saklandy.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="98" />
        <source>Backups</source>
        <translation>Ätiýaçlyk nusgalar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="99" />
        <source>Backups are kept in {folder}. The first start of each day makes one; migrations and restores make one first.</source>
        <translation>Ätiýaçlyk nusgalar {folder} bukjasynda saklanýar. Her günüň ilkinji işe girizilişi bir nusga döredýär; täzelenmeden we dikeltmeden öň hem nusga döredilýär.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Made</source>
        <translation>Döredildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="105" />
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="110" />
        <source>Back up now</source>
        <translation>Häzir nusga al</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="113" />
        <source>Restore selected…</source>
        <translation>Saýlananyny dikelt…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="116" />
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="131" />
        <source>daily</source>
        <translation>gündelik</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="131" />
        <source>made by hand</source>
        <translation>el bilen</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="132" />
        <source>before an upgrade</source>
        <translation>täzelenmeden öň</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="132" />
        <source>before a restore</source>
        <translation>dikeltmeden öň</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="158" />
        <source>Restore</source>
        <translation>Dikeltmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="159" />
        <source>Replace the database with the backup from {time}? Records entered since then will not be in it; the current database is kept as a backup first.</source>
        <translation>Maglumat bazasy {time} senesindäki ätiýaçlyk nusga bilen çalşyrylsynmy? Şondan soň girizilen ýazgylar onda bolmaz; häzirki maglumat bazasy ozal ätiýaçlyk nusga hökmünde saklanýar.</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="49" />
        <source>Preparing the reports…</source>
        <translation>Hasabatlar taýýarlanýar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="49" />
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/batch.py" line="73" />
        <source>Printed {done} of {total} reports…</source>
        <translation>{total} hasabatdan {done} sanysy çap edildi…</translation>
    </message>
</context>
<context>
    <name>BundleFiles</name>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="49" />
        <source>Export bundle</source>
        <translation>Bukjany geçirmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="50" />
        <location filename="../../inspector/ui/dialogs/exchange.py" line="56" />
        <source>Exchange bundles (*.zip)</source>
        <translation>Alyş-çalyş bukjalary (*.zip)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="55" />
        <source>Import bundle</source>
        <translation>Bukjany ýüklemek</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="24" />
        <source>Change my password</source>
        <translation>Açar sözümi üýtgetmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="25" />
        <source>Your signing key stays the same: it is locked again under the new password.</source>
        <translation>Gol açaryňyz öňküligine galýar: ol täze açar sözi bilen gaýtadan gulplanýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="39" />
        <source>Current password</source>
        <translation>Häzirki açar sözi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="39" />
        <source>New password</source>
        <translation>Täze açar sözi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="40" />
        <source>New password again</source>
        <translation>Täze açar sözi gaýtadan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/change_password.py" line="59" />
        <source>The two new passwords differ</source>
        <translation>Iki täze açar sözi gabat gelmeýär</translation>
    </message>
</context>
<context>
    <name>ChecklistFilePicker</name>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="37" />
        <source>Add checklist version</source>
        <translation>Barlag sanawynyň wersiýasyny goşmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="38" />
        <source>Checklists (*.yaml *.yml)</source>
        <translation>Barlag sanawlary (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="79" />
        <source>Checklists</source>
        <translation>Barlag sanawlary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Agency</source>
        <translation>Gulluk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Checklist</source>
        <translation>Barlag sanawy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="80" />
        <source>Version</source>
        <translation>Wersiýa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="81" />
        <source>Items</source>
        <translation>Soraglar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="81" />
        <source>Title</source>
        <translation>Ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="82" />
        <source>Add version from file…</source>
        <translation>Faýldan wersiýa goş…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Excel-den import…</translation>
    </message>
    <message>
        <source>Save Excel template…</source>
        <translation>Excel nusgasyny ýazdyrmak…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="84" />
        <source>Newer versions are kept in {path}</source>
        <translation>Täze wersiýalar {path} bukjasynda saklanýar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="117" />
        <source>Checklist added</source>
        <translation>Barlag sanawy goşuldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/checklists.py" line="118" />
        <source>{id} version {version} is now used for new inspections.</source>
        <translation>Indi täze barlaglarda {id}, {version} wersiýa ulanylýar.</translation>
    </message>
</context>
<context>
    <name>ChoiceButtonsWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="178" />
        <source>keys 1–{last}</source>
        <translation>1–{last} düwmeler</translation>
    </message>
</context>
<context>
    <name>ChoiceListWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="217" />
        <source>keys 1–{last}, Space opens the list</source>
        <translation>1–{last} düwmeler, boşluk sanawy açýar</translation>
    </message>
</context>
<context>
    <name>ConsignmentTab</name>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="185" />
        <source>Consignment</source>
        <extracomment>something was saved (reload the record)</extracomment>
        <translation>Umumy maglumatlar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="186" />
        <source>Vehicle</source>
        <translation>Ulag</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="187" />
        <source>Transit</source>
        <translation>Tranzit</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="188" />
        <source>Participating agencies</source>
        <translation>Gatnaşýan gulluklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="189" />
        <source>BCP</source>
        <translation>Serhet geçiş nokady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="189" />
        <source>Direction</source>
        <translation>Ugur</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="190" />
        <source>Procedure</source>
        <translation>Tertip</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="190" />
        <source>Risk lane</source>
        <translation>Töwekgelçilik koridory</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="191" />
        <source>Declaration</source>
        <translation>Deklarasiýa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="191" />
        <source>Arrived</source>
        <translation>Gelen wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="193" />
        <source>Tractor plate</source>
        <translation>Çekiji ulagyň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="193" />
        <source>Trailer plate</source>
        <translation>Tirkegiň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="194" />
        <source>Country (ISO)</source>
        <translation>Ýurt (ISO)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="196" />
        <source>Route</source>
        <translation>Marşrut</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="197" />
        <source>Exit BCP</source>
        <translation>Çykyş nokady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="198" />
        <source>Deadline</source>
        <translation>Tranzit möhleti</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="206" />
        <source>Use proposed agencies</source>
        <translation>Teklip edilen gulluklary ulan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Documents</source>
        <translation>Resminamalar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Number</source>
        <translation>Belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="207" />
        <source>Issuer</source>
        <translation>Beren edara</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="205" />
        <source>Date ({pattern})</source>
        <translation>Senesi ({pattern})</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="209" />
        <source>Drivers</source>
        <translation>Sürüjiler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="209" />
        <source>Name as in passport (Latin)</source>
        <translation>Ady pasport boýunça (latynça)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="210" />
        <source>Name in original script</source>
        <translation>Ady asyl ýazuwda</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="210" />
        <source>Passport</source>
        <translation>Pasport</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="211" />
        <source>Nationality</source>
        <translation>Raýatlygy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Cargo</source>
        <translation>Ýük</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Description</source>
        <translation>Harydyň ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>HS code</source>
        <translation>HS kody</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="212" />
        <source>Packages</source>
        <translation>Gap sany</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Gross kg</source>
        <translation>Brutto, kg</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Origin</source>
        <translation>Gelip çykyşy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="213" />
        <source>Consignor</source>
        <translation>Iberiji</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="214" />
        <source>Consignee</source>
        <translation>Alyjy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Seals</source>
        <translation>Möhürler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="215" />
        <source>New seal</source>
        <translation>Täze möhür</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="216" />
        <source>Affixed by</source>
        <translation>Basan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="264" />
        <source>Proposed from the HS codes: {agencies}</source>
        <translation>HS kodlary boýunça teklip edilýär: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="272" />
        <source>Locked: the record is finalized. Corrections only by an amendment.</source>
        <translation>Gulplandy: ýazgy resmileşdirildi. Düzetmeler diňe düzediş bilen.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/consignment.py" line="274" />
        <source>Read only: the lead officer or a supervisor completes the consignment.</source>
        <translation>Diňe okamak üçin: umumy maglumatlary öňdebaryjy işgär ýa-da smena başlygy dolduryar.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Dashboard</source>
        <translation>Görkezijiler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Export CSV…</source>
        <translation>CSV-e eksport…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Time Release Study (PDF)…</source>
        <translation>Goýberiş wagtynyň barlagy (PDF)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 7 days</source>
        <translation>Soňky 7 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 30 days</source>
        <translation>Soňky 30 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 91 days</source>
        <translation>Soňky 91 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Last 365 days</source>
        <translation>Soňky 365 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Between dates…</source>
        <translation>Seneleriň arasynda…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All BCPs</source>
        <translation>Ähli serhet geçiş nokatlary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All lanes</source>
        <translation>Ähli koridorlar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>All agencies</source>
        <translation>Ähli gulluklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Computing the figures…</source>
        <translation>Görkezijiler hasaplanýar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Inspections</source>
        <translation>Barlaglar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Released</source>
        <translation>Goýberildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Held</source>
        <translation>Saklanyldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Not finalized</source>
        <translation>Resmileşdirilmedik</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Arrival to release, median</source>
        <translation>Gelenden goýberilýänçä, mediana</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Arrival to release, 90th percentile</source>
        <translation>Gelenden goýberilýänçä, 90-njy prosentil</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>{first} – {last} · computed {time} · click a bar or a point to see its records</source>
        <translation>{first} – {last} · {time} hasaplandy · ýazgylary görmek üçin sütüne ýa-da nokada basyň</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Dashboard: {figure}</source>
        <translation>Görkezijiler: {figure}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source> — slowest tenth</source>
        <translation> — iň uzak dowam eden 10 %</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Export the figures as CSV</source>
        <translation>Görkezijileri CSV görnüşinde eksport etmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/dashboard.py" line="0" />
        <source>Save the Time Release Study</source>
        <translation>Goýberiş wagtynyň barlagyny ýatda saklamak</translation>
    </message>
</context>
<context>
    <name>DecisionTab</name>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <source>Agency</source>
        <extracomment>the record changed (reload it) a new revision was created (open it)</extracomment>
        <translation>Gulluk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <location filename="../../inspector/ui/editor/decision_tab.py" line="154" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="151" />
        <source>Officer</source>
        <translation>Wezipeli adam</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="152" />
        <source>Signed</source>
        <translation>Gol çekildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="153" />
        <source>Consolidated decision (lead officer)</source>
        <translation>Jemleýji karar (jogapkär inspektor)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="155" />
        <source>Reason, if stricter</source>
        <translation>Sebäbi (has berk bolsa)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="156" />
        <source>Release time</source>
        <translation>Goýberiş wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="157" />
        <source>Confirm decision</source>
        <translation>Karary tassykla</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="158" />
        <source>Finalize and lock</source>
        <translation>Resmileşdir we gulpla</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="159" />
        <source>Review and corrections</source>
        <translation>Gözden geçirme we düzedişler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="160" />
        <source>Approve</source>
        <translation>Makulla</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="161" />
        <source>Return for correction…</source>
        <translation>Düzetmäge gaýtar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="162" />
        <source>Amend…</source>
        <translation>Üýtgetme giriz…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="180" />
        <source>not involved</source>
        <translation>gatnaşmaýar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="184" />
        <source>not signed</source>
        <translation>gol çekilmedik</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="190" />
        <source>Consolidated decision: {decision}</source>
        <translation>Jemleýji karar: {decision}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="193" />
        <source>Waiting for: {agencies}</source>
        <translation>Garaşylýan gulluklar: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="196" />
        <source>Proposed consolidated decision: {decision}</source>
        <translation>Teklip edilýän jemleýji karar: {decision}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="199" />
        <source>held by {agencies}</source>
        <translation>saklaýan gulluklar: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="221" />
        <source>Status: {status}</source>
        <translation>Ýagdaýy: {status}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="223" />
        <source>Confirmed by {name}, {time}</source>
        <translation>Tassyklan: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="227" />
        <source>Finalized by {name}, {time}</source>
        <translation>Resmileşdirip gulplan: {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="230" />
        <source>Released: {time}</source>
        <translation>Goýberildi: {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="233" />
        <source>Review: {outcome} by {name}, {time}. {comment}</source>
        <translation>Gözden geçirme: {outcome}, {name}, {time}. {comment}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="237" />
        <source>Record hash: {hash}</source>
        <translation>Ýazgynyň hashy: {hash}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="284" />
        <source>{reference}, revision {revision}: {decision}; agencies: {agencies}</source>
        <translation>{reference}, redaksiýa {revision}: {decision}; gulluklar: {agencies}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="301" />
        <source>Finalize {summary}. The record is locked and signed with your key; it can then only be corrected by an amendment.</source>
        <translation>Resmileşdirilýär: {summary}. Ýazgy gulplanýar we siziň açaryňyz bilen gol çekilýär; soňra ony diňe düzediş bilen düzedip bolýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="308" />
        <source>Approve {summary}. Your approval is signed with your key.</source>
        <translation>Makullanýar: {summary}. Makullamaňyza siziň açaryňyz bilen gol çekilýär.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="266" />
        <source>Return for correction</source>
        <translation>Düzetmek üçin yzyna gaýtarmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="267" />
        <source>Say what must be corrected; the officers of the chosen agencies will see it in their section.</source>
        <translation>Nämäni düzetmelidigini görkeziň; saýlanan gulluklaryň wezipeli adamlary muny öz bölümlerinde görerler.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="321" />
        <source>Return {summary} for correction of: {chosen}. Your decision is signed with your key.</source>
        <translation>Düzetmäge gaýtarylýar: {summary}; düzetmeli gulluklar: {chosen}. Kararyňyza siziň açaryňyz bilen gol çekilýär.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="277" />
        <source>Amend the record</source>
        <translation>Ýazgyny üýtgetmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/decision_tab.py" line="278" />
        <source>An amendment creates a new revision; this one stays unchanged and printable. Give the reason.</source>
        <translation>Üýtgetme täze redaksiýa döredýär; şu redaksiýa üýtgewsiz galýar we ony çap edip bolýar. Sebäbini görkeziň.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="114" />
        <source>Exchange with head office</source>
        <translation>Merkezi edara bilen alyş-çalyş</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="115" />
        <source>Export records to a signed bundle</source>
        <translation>Ýazgylary gol çekilen bukja geçirmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="116" />
        <source>Only records changed since</source>
        <translation>Diňe şu seneden bäri üýtgän ýazgylar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="117" />
        <source>Export…</source>
        <translation>Geçir…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="118" />
        <source>Import a bundle</source>
        <translation>Bukjany ýüklemek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="119" />
        <source>The bundle is checked whole first (signature of a trusted workstation, every file's hash); nothing is changed if anything is wrong.</source>
        <translation>Ilki bukja doly barlanýar (ynamly iş ýeriniň goly, her faýlyň hashy); islendik ýalňyşlykda hiç zat üýtgedilmeýär.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="121" />
        <source>Import…</source>
        <translation>Ýükle…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="122" />
        <source>Conflicts waiting for a supervisor</source>
        <translation>Smena başlygynyň kararyna garaşýan gapma-garşylyklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Received</source>
        <translation>Alyndy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Record</source>
        <translation>Ýazgy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="123" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="124" />
        <source>From</source>
        <translation>Nireden</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="125" />
        <source>Mark resolved…</source>
        <translation>Çözüldi diýip belle…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="140" />
        <source>Synchronize with head office</source>
        <translation>Merkezi edara bilen sinhronlaşdyrmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="141" />
        <source>Central database:</source>
        <translation>Merkezi maglumat bazasy:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="142" />
        <source>Password:</source>
        <translation>Açar sözi:</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="143" />
        <source>for example {url}</source>
        <translation>meselem, {url}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="143" />
        <source>only if the server asks for one; never saved</source>
        <translation>diňe serwer sorasa; saklanmaýar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="144" />
        <source>Test server without TLS (records travel unencrypted)</source>
        <translation>TLS-siz synag serweri (ýazgylar şifrlenmän geçýär)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="145" />
        <source>Synchronize</source>
        <translation>Sinhronlaşdyr</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="146" />
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="165" />
        <source>Exported {records} records ({revisions} revisions, {attachments} photos and scans) to {path}.
Signed by this workstation, key {key}.</source>
        <translation>{records} ýazgy ({revisions} redaksiýa, {attachments} surat we skan) {path} faýlyna geçirildi.
Bu iş ýeri tarapyndan gol çekildi, açar {key}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="184" />
        <source>Imported {file}, signed by {signer}. Record revisions: {inserted} new, {replaced} updated, {reviewed} reviews applied, {unchanged} already here, {conflicts} conflict(s). {users} account(s) created inactive.</source>
        <translation>{file} ýüklendi, gol çeken: {signer}. Ýazgylaryň redaksiýalary: täze — {inserted}, täzelenen — {replaced}, ulanylan gözden geçirmeler — {reviewed}, eýýäm bar — {unchanged}, gapma-garşylyk — {conflicts}. Işjeň däl hasaplar döredildi: {users}.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="261" />
        <source>The central database URL does not ask for TLS: records would travel in the clear. Add ?sslmode=verify-full to the URL (docs/encryption.md), or tick “{box}” for a test server on this machine.</source>
        <translation>Merkezi maglumat bazasynyň salgysy TLS talap etmeýär: ýazgylar açyk geçerdi. Salga ?sslmode=verify-full goşuň (docs/encryption.md) ýa-da şu kompýuterdäki synag serweri üçin «{box}» belgiläň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="264" />
        <source>Connecting to the central database…</source>
        <translation>Merkezi maglumat bazasyna birikilýär…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="280" />
        <source>Stopping after the batch being sent…</source>
        <translation>Iberilýän bölek gutarandan soň saklanýar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="301" />
        <source>Synchronization stopped. The records already sent stay at head office; the next synchronization sends the rest.</source>
        <translation>Sinhronlaşdyrma saklandy. Eýýäm iberilen ýazgylar merkezi edarada galýar; indiki sinhronlaşdyrma galanlaryny iberer.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="306" />
        <source>The synchronization failed; nothing is lost.</source>
        <translation>Sinhronlaşdyrma başa barmady; hiç zat ýitmedi.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="216" />
        <source>Resolve conflict</source>
        <translation>Gapma-garşylygy çözmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/exchange.py" line="217" />
        <source>What was done about this copy?</source>
        <translation>Bu nusga bilen näme edildi?</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="60" />
        <source>Save report as PDF</source>
        <translation>Hasabaty PDF görnüşinde saklamak</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="35" />
        <source>Welcome to BCP Inspector</source>
        <translation>BCP Inspector programmasyna hoş geldiňiz</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="36" />
        <source>This database has no accounts yet. Create the administrator account: the administrator adds the officers' and supervisors' accounts and manages checklist versions.</source>
        <translation>Bu maglumat bazasynda entek hasap ýok. Administratoryň hasabyny dörediň: administrator wezipeli adamlaryň we smena başlyklarynyň hasaplaryny goşýar hem-de barlag sanawlarynyň wersiýalaryny dolandyrýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="77" />
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="59" />
        <source>Username</source>
        <translation>Ulanyjy ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="60" />
        <source>Full name</source>
        <translation>Familiýasy, ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="61" />
        <source>Password</source>
        <translation>Açar sözi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="62" />
        <source>Password again</source>
        <translation>Açar sözi gaýtadan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="63" />
        <source>This workstation's BCP</source>
        <translation>Iş ornunyň serhet geçiş nokady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="70" />
        <source>This workstation's code</source>
        <translation>Iş ýeriniň kody</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/first_start.py" line="53" />
        <source>A, B, … (unique at this BCP)</source>
        <translation>A, B, … (bu geçelgede gaýtalanmaýan)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="56" />
        <source>Audit trail of {reference} (all revisions)</source>
        <translation>{reference} boýunça hereketler žurnaly (ähli redaksiýalar)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>Time</source>
        <translation>Wagt</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="58" />
        <source>What</source>
        <translation>Näme</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="59" />
        <source>Before</source>
        <translation>Öňki</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="59" />
        <source>After</source>
        <translation>Täze</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="29" />
        <source>Yes</source>
        <translation>Hawa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="29" />
        <source>No</source>
        <translation>Ýok</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="30" />
        <source>N/A</source>
        <translation>Degişli däl</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="37" />
        <source>Inspection opened</source>
        <translation>Barlag açyldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="38" />
        <source>Agency joined</source>
        <translation>Gulluk goşuldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="39" />
        <source>Agency removed</source>
        <translation>Gulluk aýryldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="40" />
        <source>Consignment changed</source>
        <translation>Ýük maglumatlary üýtgedildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="39" />
        <source>Answer</source>
        <translation>Jogap</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="42" />
        <source>Answer cleared (item no longer applies)</source>
        <translation>Jogap aýryldy (sorag indi degişli däl)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="43" />
        <source>Photo or scan attached</source>
        <translation>Surat ýa-da skan goşuldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="42" />
        <source>Photo or scan removed</source>
        <translation>Surat ýa-da skan aýryldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="44" />
        <source>Agency decision</source>
        <translation>Gullugyň karary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="45" />
        <source>Section signed</source>
        <translation>Bölüme gol çekildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="46" />
        <source>All sections signed</source>
        <translation>Ähli bölümlere gol çekildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="47" />
        <source>Consolidated decision confirmed</source>
        <translation>Jemleýji karar tassyklandy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="48" />
        <source>Finalized and locked</source>
        <translation>Resmileşdirildi we gulplandy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="49" />
        <source>Approved by the supervisor</source>
        <translation>Smena başlygy makullady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="50" />
        <source>Returned for correction</source>
        <translation>Düzetmek üçin yzyna gaýtaryldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="51" />
        <source>New revision for correction</source>
        <translation>Düzetmek üçin täze redaksiýa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_tab.py" line="52" />
        <source>Amendment opened</source>
        <translation>Üýtgetme açyldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="60" />
        <source>BCP</source>
        <translation>Serhet geçelgesi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="61" />
        <source>Direction</source>
        <translation>Ugry</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="62" />
        <source>Procedure</source>
        <translation>Tertibi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="63" />
        <source>Risk lane</source>
        <translation>Töwekgelçilik koridory</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="64" />
        <source>Declaration</source>
        <translation>Deklarasiýa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="65" />
        <source>Arrived</source>
        <translation>Gelen wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="66" />
        <source>Released</source>
        <translation>Goýberilen wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="67" />
        <source>Tractor plate</source>
        <translation>Çekijiniň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="68" />
        <source>Trailer plate</source>
        <translation>Tirkegiň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="69" />
        <source>Country</source>
        <translation>Ýurdy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="70" />
        <source>Route</source>
        <translation>Ugry (marşrut)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="71" />
        <source>Exit BCP</source>
        <translation>Çykyş geçelgesi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="72" />
        <source>Deadline</source>
        <translation>Möhleti</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="73" />
        <source>Drivers</source>
        <translation>Sürüjiler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="74" />
        <source>Documents</source>
        <translation>Resminamalar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="75" />
        <source>Cargo</source>
        <translation>Ýük</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="76" />
        <source>Seals</source>
        <translation>Möhürler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="77" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="78" />
        <source>Remarks</source>
        <translation>Bellikler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="79" />
        <source>Note</source>
        <translation>Bellik</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="80" />
        <source>Comment</source>
        <translation>Teswir</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="81" />
        <source>Reason</source>
        <translation>Sebäbi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="82" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="83" />
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="84" />
        <source>Caption</source>
        <translation>Suratyň ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="85" />
        <source>Checklist</source>
        <translation>Barlag sanawy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="129" />
        <source>cleared, no longer applies</source>
        <translation>arassalandy, bent indi degişli däl</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="161" />
        <source>photos: {count}</source>
        <translation>surat: {count}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/history_text.py" line="163" />
        <source>note: “{note}”</source>
        <translation>bellik: “{note}”</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Reference</source>
        <translation>Belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Status</source>
        <translation>Ýagdaýy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Arrived</source>
        <translation>Gelen wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="41" />
        <source>Tractor</source>
        <translation>Çekiji</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Trailer</source>
        <translation>Tirkeg</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>BCP</source>
        <translation>Geçiş nokady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Agencies</source>
        <translation>Gulluklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="42" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="43" />
        <source>Released</source>
        <translation>Goýberildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="43" />
        <source>Lead officer</source>
        <translation>Jogapkär inspektor</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="61" />
        <source>Finalized</source>
        <translation>Resmileşdirildi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="63" />
        <source>Vehicle</source>
        <translation>Ulag</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="105" />
        <location filename="../../inspector/ui/models/inspection_table.py" line="131" />
        <source>Returned for correction</source>
        <translation>Düzetmäge gaýtaryldy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="100" />
        <source>{decision}, released {time}</source>
        <translation>{decision}, goýberildi {time}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="98" />
        <source>Customs</source>
        <translation>Gümrük</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="98" />
        <source>Vet</source>
        <translation>Wet.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="99" />
        <source>Phyto</source>
        <translation>Fito</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/models/inspection_table.py" line="99" />
        <source>San-epid</source>
        <translation>San-epid</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="169" />
        <source>Saved</source>
        <translation>Ýatda saklandy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="113" />
        <source>Report…</source>
        <extracomment>the window was closed</extracomment>
        <translation>Hasabat…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="114" />
        <source>Consignment</source>
        <translation>Ýük maglumatlary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="120" />
        <source>Decision</source>
        <translation>Karar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="121" />
        <source>History</source>
        <translation>Taryh</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="125" />
        <source>Original</source>
        <translation>Asyl nusga</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/window.py" line="125" />
        <source>Amendment {n}</source>
        <translation>Üýtgetme № {n}</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="124" />
        <source>Inspections</source>
        <extracomment>the user asked to open a record (reference) the user asked for a new inspection</extracomment>
        <translation>Barlaglar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="122" />
        <source>Search: plate, reference, name…</source>
        <translation>Gözleg: ulag belgisi, belgi, at…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="123" />
        <source>Plate, reference, document number, declaration, driver's name or passport, consignor or consignee, HS code. Enter or Down: to the results; Enter there opens the record. Ctrl+F comes back here.</source>
        <translation>Ulag belgisi, hasaba alyş belgisi, resminamanyň belgisi, deklarasiýa, sürüjiniň ady ýa-da pasporty, iberiji ýa-da alyjy, HS kody. Enter ýa-da «aşak» — netijelere; şol ýerde Enter ýazgyny açýar. Ctrl+F — yzyna şu ýere.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="126" />
        <source>New inspection</source>
        <translation>Täze barlag</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="127" />
        <source>Print selected…</source>
        <translation>Saýlananlary çap et…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="128" />
        <source>Any time</source>
        <translation>Ähli wagt</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Today</source>
        <translation>Şu gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Last 7 days</source>
        <translation>Soňky 7 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="129" />
        <source>Last 30 days</source>
        <translation>Soňky 30 gün</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="130" />
        <source>Between dates…</source>
        <translation>Seneleriň aralygynda…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="131" />
        <source>All statuses</source>
        <translation>Ähli ýagdaýlar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="132" />
        <source>All agencies</source>
        <translation>Ähli gulluklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="133" />
        <source>All decisions</source>
        <translation>Ähli kararlar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/inspections.py" line="135" />
        <source>All BCPs</source>
        <translation>Ähli geçiş nokatlary</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="84" />
        <source>Note (what was seen, where, action taken)</source>
        <extracomment>an answer was given: (item id, value) the note was edited: (item id, text) the officer wants to attach a photo to this item</extracomment>
        <translation>Bellik (näme görüldi, nirede, haýsy çäre görüldi)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="120" />
        <source>Finding: {severity}</source>
        <translation>Laýyk gelmezlik: {severity}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="105" />
        <source>Add photo ({count})</source>
        <translation>Surat goş ({count})</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/item_row.py" line="86" />
        <source>Add photo</source>
        <translation>Surat goş</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="106" />
        <source>Add</source>
        <extracomment>the lines changed: list of dicts as in bcp-inspection/1</extracomment>
        <translation>Goş</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="107" />
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="79" />
        <source>Log in</source>
        <translation>Ulgama giriş</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="79" />
        <source>Switch user</source>
        <translation>Ulanyjyny çalyşmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="80" />
        <source>Locked</source>
        <translation>Gulplandy</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="84" />
        <source>Log in with your personal account. Every change is recorded under it.</source>
        <translation>Şahsy hasabyňyz bilen giriň. Her bir üýtgeşme şol hasabyň adyndan ýazylýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="85" />
        <source>The next officer logs in; open records stay saved.</source>
        <translation>Indiki wezipeli adam girýär; açyk ýazgylar ýatda saklanyp galýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="86" />
        <source>The workstation was locked after a period of inactivity. Enter your password, or Cancel to switch user.</source>
        <translation>Iş orny işjeňsizlik sebäpli gulplandy. Açar sözüňizi giriziň ýa-da ulanyjyny çalyşmak üçin ýatyryň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="89" />
        <source>Username</source>
        <translation>Ulanyjy ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="90" />
        <source>Password</source>
        <translation>Açar sözi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="91" />
        <source>Language</source>
        <translation>Dil</translation>
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
        <translation>Barlaglar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="181" />
        <source>My work</source>
        <translation>Meniň işim</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="166" />
        <source>Review</source>
        <translation>Gözden geçirme</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Checklists</source>
        <translation>Barlag sanawlary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="167" />
        <source>Users</source>
        <translation>Ulanyjylar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="0" />
        <source>Dashboard</source>
        <translation>Görkezijiler</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="171" />
        <source>New inspection</source>
        <translation>Täze barlag</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="172" />
        <source>Switch user</source>
        <translation>Ulanyjyny çalyş</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="173" />
        <source>Lock</source>
        <translation>Gulpla</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="225" />
        <source>Change my password…</source>
        <translation>Açar sözümi üýtget…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="174" />
        <source>Backups…</source>
        <translation>Ätiýaçlyk nusgalar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="175" />
        <source>Exchange…</source>
        <translation>Alyş-çalyş…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="176" />
        <source>Database: {path}</source>
        <translation>Maglumat bazasy: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="194" />
        <source>Nobody logged in</source>
        <translation>Hiç kim girmedi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="197" />
        <source>all agencies</source>
        <translation>ähli gulluklar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="198" />
        <source>{name} — {role}, {agency}</source>
        <translation>{name} — {role}, {agency}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="201" />
        <source>BCP: {name}</source>
        <translation>Serhet geçiş nokady: {name}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="219" />
        <source>Saved</source>
        <translation>Ýatda saklandy</translation>
    </message>
</context>
<context>
    <name>MultiChoiceWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="274" />
        <source>keys 1–{last} tick options, Enter moves on</source>
        <translation>1–{last} düwmeler wariantlary belleýär, Enter — indiki</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="38" />
        <source>New joint inspection</source>
        <translation>Täze bilelikdäki barlag</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="84" />
        <source>BCP</source>
        <translation>Serhet geçiş nokady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="85" />
        <source>Direction</source>
        <translation>Ugur</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="86" />
        <source>Procedure</source>
        <translation>Tertip</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="87" />
        <source>Arrived</source>
        <translation>Gelen wagty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="88" />
        <source>Tractor plate</source>
        <translation>Çekiji ulagyň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="89" />
        <source>Trailer plate</source>
        <translation>Tirkegiň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="90" />
        <source>Country of registration (ISO)</source>
        <translation>Hasaba alnan ýurdy (ISO)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="91" />
        <source>Cargo description</source>
        <translation>Ýüküň ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="92" />
        <source>HS code</source>
        <translation>HS kody</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="93" />
        <source>Gross mass, kg</source>
        <translation>Brutto agramy, kg</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/new_inspection.py" line="111" />
        <source>Agencies taking part: {agencies}</source>
        <translation>Gatnaşýan gulluklar: {agencies}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="130" />
        <source>Confirm with your password</source>
        <translation>Açar sözi bilen tassyklamak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="148" />
        <source>Optionally sign in the box (finger, stylus or mouse):</source>
        <translation>Isleseňiz, meýdançada gol çekiň (barmak, stilus ýa-da syçan bilen):</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/login.py" line="150" />
        <source>Clear</source>
        <translation>Arassala</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="45" />
        <source>Add photo</source>
        <translation>Surat goş</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/agency_tab.py" line="46" />
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Suratlar we skanlar (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="65" />
        <source>Scan</source>
        <translation>Skan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="67" />
        <source>Photo {n}: Enter to view, Delete to remove</source>
        <translation>Surat {n}: Enter — görmek, Delete — aýyrmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="68" />
        <source>Photo {n}: Enter to view</source>
        <translation>Surat {n}: Enter — görmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="79" />
        <source>View full size</source>
        <translation>Doly ölçegde görmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="80" />
        <source>Remove photo…</source>
        <translation>Suraty aýyr…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="110" />
        <source>This attachment is not a picture (a scanned PDF); it prints in the report's appendix.</source>
        <translation>Bu goşundy surat däl (PDF skan); ol namanyň goşundysynda çap edilýär.</translation>
    </message>
</context>
<context>
    <name>PhotoWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="396" />
        <source>Photos: {count}</source>
        <translation>Surat: {count}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="318" />
        <source>No photo</source>
        <translation>Surat ýok</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="399" />
        <source>Tab to the photo button, then Space</source>
        <translation>Tab bilen surat düwmesine, soň boşluk</translation>
    </message>
</context>
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="37" />
        <source>The first %n record(s) shown; scroll for more</source>
        <translation>
            <numerusform>Ilkinji %n ýazgy görkezildi; galanlary üçin aşak aýlaň</numerusform>
            <numerusform>Ilkinji %n ýazgy görkezildi; galanlary üçin aşak aýlaň</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="38" />
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>Görkezilen ýazgylar: %n</numerusform>
            <numerusform>Görkezilen ýazgylar: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <location filename="../../inspector/ui/pages/record_list.py" line="163" />
        <source>Search: plate, reference, name…</source>
        <extracomment>the user asked to open a record (reference)</extracomment>
        <translation>Gözleg: ulag belgisi, belgi, at…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/record_list.py" line="164" />
        <source>Plate, reference, document number, declaration, driver's name or passport, consignor or consignee. Enter or Down: to the results; Enter there opens the record.</source>
        <translation>Ulag belgisi, hasaba alyş belgisi, resminamanyň belgisi, deklarasiýa, sürüjiniň ady ýa-da pasporty, iberiji ýa-da alyjy. Enter ýa-da «aşak» — netijelere; şol ýerde Enter ýazgyny açýar.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="45" />
        <source>The database cannot be opened</source>
        <translation>Maglumat bazasyny açyp bolmaýar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="51" />
        <source>The newest good backup is from {time}:
{path}

Restore it? The damaged file is kept as a backup, not deleted.</source>
        <translation>Iň soňky sazlaşykly ätiýaçlyk nusga {time} senesinden:
{path}

Ony dikeltmelimi? Zeperlenen faýl ätiýaçlyk nusga hökmünde saklanýar, pozulmaýar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="54" />
        <source>No good backup was found in {folder}. Choose a backup file, or quit and ask your administrator.</source>
        <translation>{folder} bukjasynda sazlaşykly ätiýaçlyk nusga tapylmady. Ätiýaçlyk nusga faýlyny saýlaň ýa-da çykyp administratora ýüz tutuň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="60" />
        <source>Restore the newest backup</source>
        <translation>Iň soňky nusgany dikelt</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="63" />
        <source>Choose a backup…</source>
        <translation>Nusgany saýla…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="65" />
        <source>Quit</source>
        <translation>Çyk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="85" />
        <source>Choose a backup</source>
        <translation>Ätiýaçlyk nusgany saýlamak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/backups.py" line="86" />
        <source>Databases (*.db)</source>
        <translation>Maglumat bazalary (*.db)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Recovery key</source>
        <translation>Dikeltmek açary</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>The database is encrypted. This recovery key opens it without any password. It is shown only now: write it down or print the sheet, and lock it away.</source>
        <translation>Maglumat bazasy şifrlenen. Bu dikeltmek açary ony açar sözsüz açýar. Ol diňe häzir görkezilýär: ony ýazyp alyň ýa-da sahypany çap ediň we gulplap saklaň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Save the sheet as PDF…</source>
        <translation>Sahypany PDF görnüşinde ýazdyr…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>I have written it down</source>
        <translation>Men ony ýazyp aldym</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/dialogs/unlock.py" line="1" />
        <source>Save the recovery sheet</source>
        <translation>Dikeltmek sahypasyny ýazdyr</translation>
    </message>
</context>
<context>
    <name>RemoveLinesQuestion</name>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="70" />
        <source>Remove lines</source>
        <translation>Setirleri aýyrmak</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/editor/lines.py" line="69" />
        <source>Remove %n selected line(s)?</source>
        <translation>
            <numerusform>Saýlanan %n setiri aýyrmalymy?</numerusform>
            <numerusform>Saýlanan %n setiri aýyrmalymy?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/lines.py" line="71" />
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
</context>
<context>
    <name>RemovePhotoQuestion</name>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="136" />
        <source>Remove photo</source>
        <translation>Suraty aýyrmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/photos.py" line="137" />
        <source>Remove this photo from “{item}”? The removal is recorded in the history.</source>
        <translation>Bu surat “{item}” bendinden aýrylsynmy? Aýyrmak taryha ýazylýar.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="147" />
        <source>Report {reference}</source>
        <translation>{reference} hasabaty</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="148" />
        <source>Appendix: full checklists and photos</source>
        <translation>Goşundy: doly barlag sanawlary we suratlar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="149" />
        <source>Print…</source>
        <translation>Çap et…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="150" />
        <source>Save as PDF…</source>
        <translation>PDF görnüşinde sakla…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="151" />
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="166" />
        <source>Building the report…</source>
        <translation>Hasabat düzülýär…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="210" />
        <source>Saved to {path}</source>
        <translation>Saklandy: {path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="201" />
        <source>Printing…</source>
        <translation>Çap edilýär…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="201" />
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/report/preview.py" line="218" />
        <source>Printing cancelled</source>
        <translation>Çap etmek ýatyryldy</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="73" />
        <source>Review queue</source>
        <extracomment>open a record (reference)</extracomment>
        <translation>Gözden geçirmek üçin nobat</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="47" />
        <source>Finalized records waiting for a supervisor, the newest first. Open one (Enter) to read it in full and approve it there, or return it for correction.</source>
        <translation>Smena başlygynyň gözden geçirmegine garaşýan resmileşdirilen ýazgylar; iň täzeleri birinji. Ýazgyny doly okamak we şol ýerde makullamak üçin açyň (Enter) ýa-da düzetmek üçin yzyna gaýtaryň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="76" />
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="78" />
        <source>Return for correction…</source>
        <translation>Düzetmäge gaýtar…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="116" />
        <source>Return for correction</source>
        <translation>Düzetmek üçin yzyna gaýtarmak</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="117" />
        <source>Say what must be corrected; the officers of the chosen agencies will see it in their section.</source>
        <translation>Nämäni düzetmelidigini görkeziň; saýlanan gulluklaryň wezipeli adamlary muny öz bölümlerinde görerler.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/review.py" line="64" />
        <source>Return {reference} for correction: signed with your key.</source>
        <translation>Düzetmäge gaýtarylýar: {reference}; kararyňyza siziň açaryňyz bilen gol çekilýär.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="35" />
        <source>New account</source>
        <translation>Täze hasap</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="61" />
        <source>Username</source>
        <translation>Ulanyjy ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="62" />
        <source>Full name</source>
        <translation>Familiýasy, ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="63" />
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="64" />
        <source>Agency</source>
        <translation>Gulluk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="65" />
        <source>Badge number</source>
        <translation>Nyşanyň belgisi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="66" />
        <source>Password</source>
        <translation>Açar sözi</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="67" />
        <source>Password again</source>
        <translation>Açar sözi gaýtadan</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="122" />
        <source>Users</source>
        <translation>Ulanyjylar</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Username</source>
        <translation>Ulanyjy ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Full name</source>
        <translation>Familiýasy, ady</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="123" />
        <source>Role</source>
        <translation>Roly</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Agency</source>
        <translation>Gulluk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Badge</source>
        <translation>Nyşan</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="124" />
        <source>Active</source>
        <translation>Işjeň</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="125" />
        <source>Add account…</source>
        <translation>Hasap goş…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="127" />
        <source>Set password…</source>
        <translation>Açar sözüni belle…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="145" />
        <source>yes</source>
        <translation>hawa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="145" />
        <source>no</source>
        <translation>ýok</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="153" />
        <source>Activate</source>
        <translation>Işjeňleşdir</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="154" />
        <source>Deactivate…</source>
        <translation>Öçür…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="161" />
        <source>Deactivate account</source>
        <translation>Hasaby öçürmek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="162" />
        <source>Deactivate the account of {name} ({username})? They can no longer log in; everything they recorded stays as it is.</source>
        <translation>{name} ({username}) hasabyny öçürmelimi? Ol mundan beýläk ulgama girip bilmez; onuň ýazan ähli zady üýtgewsiz galar.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="165" />
        <source>Deactivate</source>
        <translation>Öçür</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="174" />
        <source>Set password</source>
        <translation>Açar sözüni bellemek</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/users.py" line="175" />
        <source>New password for {name}:</source>
        <translation>{name} üçin täze açar sözi:</translation>
    </message>
</context>
<context>
    <name>WorkQueuePage</name>
    <message>
        <location filename="../../inspector/ui/pages/work_queue.py" line="34" />
        <source>My work</source>
        <translation>Meniň işim</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/pages/work_queue.py" line="35" />
        <source>Records waiting for the {agency} section, the newest arrival first.</source>
        <translation>«{agency}» bölümine garaşýan ýazgylar; iň soňky gelenler birinji.</translation>
    </message>
</context>
<context>
    <name>WorkbookFiles</name>
    <message>
        <source>Import checklist from Excel</source>
        <translation>Barlag sanawyny Excel-den import etmek</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel kitaplary (*.xlsx)</translation>
    </message>
    <message>
        <source>Save checklist template</source>
        <translation>Barlag sanawynyň nusgasyny ýazdyrmak</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>Import checklist from Excel</source>
        <translation>Barlag sanawyny Excel-den import etmek</translation>
    </message>
    <message>
        <source>Choose workbook…</source>
        <translation>Kitaby saýlamak…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Nusgany ýazdyrmak…</translation>
    </message>
    <message>
        <source>Add this version</source>
        <translation>Bu wersiýany goşmak</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýapmak</translation>
    </message>
    <message>
        <source>Choose an Excel workbook with the sheets settings, survey and choices (XLSForm style). Its problems are listed with their cells; a correct workbook shows the form in every language before the version is added. The template explains every column in English, Russian and Turkmen.</source>
        <translation>settings, survey we choices sahypaly Excel kitabyny saýlaň (XLSForm görnüşinde). Onuň ýalňyşlyklary öýjükleri bilen görkezilýär; dogry kitap üçin wersiýa goşulmazdan öň forma ähli dillerde görkezilýär. Nusga her sütüni iňlis, rus we türkmen dillerinde düşündirýär.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} okalýar…</translation>
    </message>
    <message>
        <source>{file}: {count} problem(s) to correct in the workbook. Nothing was added.</source>
        <translation>{file}: kitapda düzedilmeli {count} mesele. Hiç zat goşulmady.</translation>
    </message>
    <message>
        <source>{title} — {id} version {version}, {agency}, {items} items. Try the form; answers are not kept.</source>
        <translation>{title} — {id}, {version} wersiýa, {agency}, {items} sorag. Formany synap görüň; jogaplar saklanmaýar.</translation>
    </message>
</context>
<context>
    <name>YesNoWidget</name>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="123" />
        <source>Yes</source>
        <extracomment>the officer gave (or cleared, with None) an answer</extracomment>
        <translation>Hawa</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="123" />
        <source>No</source>
        <translation>Ýok</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/editor/answer_widgets.py" line="125" />
        <source>N/A</source>
        <translation>Degişli däl</translation>
    </message>
</context>
<context>
    <name>bcp_time</name>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="91" />
        <source>DD.MM.YYYY</source>
        <translation>GG.AA.ÝÝÝÝ</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="188" />
        <source>A date is needed here ({pattern}).</source>
        <translation>Bu ýerde sene gerek ({pattern}).</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="195" />
        <source>“{text}” is not a date. Type it as {pattern}.</source>
        <translation>“{text}” sene däl. {pattern} görnüşinde ýazyň.</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="255" />
        <source>Calendar (F4)</source>
        <translation>Senenama (F4)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/bcp_time.py" line="292" />
        <source>HH:MM</source>
        <translation>SS:MM</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../inspector/ui/errors.py" line="24" />
        <source>Not possible</source>
        <translation>Mümkin däl</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="31" />
        <source>Unexpected error</source>
        <translation>Garaşylmadyk ýalňyşlyk</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="32" />
        <source>Something went wrong. Everything you entered before this was saved.

Details are in the log file:
{path}</source>
        <translation>Näsazlyk ýüze çykdy. Şoňa çenli girizen ähli maglumatlaryňyz ýatda saklandy.

Jikme-jiklikler žurnal faýlynda:
{path}</translation>
    </message>
</context>
</TS>
