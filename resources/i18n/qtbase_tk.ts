<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Turkmen for Qt's own texts (standard buttons, file and print dialogs, edit menus):
     Qt ships no Turkmen. Sources as in Qt 6's qtbase catalogue; installed in front of
     Qt's Russian (inspector/ui/i18n.py). -->
<TS version="2.1" language="tk_TM" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Bukja</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Hemmesini saýla</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Bir ädim &amp;ýokary</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Bir ädim &amp;aşak</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Banner Pages</source>
        <translation>Baş sahypalar</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Töleg maglumaty:</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Çäklendirilen</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Gizlin</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Gündiz (06:00–17:59)</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Soňunda:</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Möhletsiz sakla</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Ýumuş</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Ýumuşy dolandyrmak</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Ýumuşyň ileriligi:</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Gije (18:00–05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ýok</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Häzir çap et</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Meýilleşdirilen çap:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ikinji smena (16:00–23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Örän gizlin</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Belli bir wagtda</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standart</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Başynda:</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Üçünji smena (00:00–07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Aýratyn möhüm</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Çäklendirilmedik</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Dynç günleri (şenbe–ýekşenbe)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Tassyklama gerek</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>%2 üstünde %1 ulanmak üçin tassyklama gerek.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>%1 ulanmak üçin tassyklama gerek.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Açar sözi:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Ulanyjy ady:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Ýap</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>Bu habary ýene &amp;görkez</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Çynlakaý ýalňyşlyk:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Düzediş habary:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Düzedip bolmajak ýalňyşlyk:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Maglumat:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Duýduryş:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Bukja tapylmady.
Bukjanyň adynyň dogry berlendigini barlaň.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Faýl tapylmady.
Faýlyň adynyň dogry berlendigini barlaň.</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 faýly</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 eýýäm bar.
Ony çalyşmalymy?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Saýla</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poz</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Täze bukja</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Adyny üýtget</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» ýazgydan goralan.
Ýöne-de ony pozmalymy?</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Lakam</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Ähli faýllar (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» hakykatdan-da pozulsynmy?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yza</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Jikme-jik görnüşe geç</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Sanaw görnüşine geç</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Bukjany pozup bolmady.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Täze bukja döret</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Jikme-jik görnüş</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Bukjalar</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Bukja:</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faýl</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Faýlyň &amp;ady:</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Faýl bukjasy</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faýllar</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Faýllaryň görnüşi:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Bukjany tap</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Şu ýerde gözle:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Faýllaryň &amp;görnüşi:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Bukja</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Öňe</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Yza git</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Öňe git</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ýokarky bukja geç</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Sanaw</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Ýerler we bellikler</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Şu ýerde gözle:</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meniň kompýuterim</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Täze bukja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ýokarky bukja</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Soňky ýerler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Aýyr</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Başga at bilen ýatda sakla</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ýarlyk</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Görkez </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Gizlin faýllary görkez</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Gapdal panel</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Näbelli</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;"%1" adyny ulanyp bolmaýar.&lt;/b&gt;&lt;p&gt;Has gysga ýa-da dyngy belgisiz başga at ulanyp görüň.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompýuter</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Üýtgedilen senesi</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nädogry faýl ady</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Görnüşi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Meniň kompýuterim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ady</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçegi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Görnüşi</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ýatyr</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ýa&amp;p</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ýatda &amp;sakla</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Ýatda saklamazdan ýap</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Bahany giriziň:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Göçür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Goý</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yza al</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hemmesini saýla</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Qt barada</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Jikme-jiklikleri gizle...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Jikme-jiklikleri görkez...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt barada&lt;/h3&gt;&lt;p&gt;Bu programma Qt-nyň %1 wersiýasyny ulanýar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Öz ölçegi</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Beýikligi:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Dýuým (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Albom görnüşi</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Gyralar</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimetr (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ugry</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Sahypalaryň ýerleşişi</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Sahypalaryň tertibi:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Sahypanyň ölçegi:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Bir listdäki sahypalar:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kagyz</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Kagyz çeşmesi:</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pika (P̸)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkt (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Kitap görnüşi</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ters albom görnüşi</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Ters kitap görnüşi</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ini:</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>aşaky gyra</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>çep gyra</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>pt</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>sag gyra</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ýokarky gyra</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ýok</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Hawa</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Bes et</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ulan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ýap</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taşla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Kömek</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Äsgerme</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hemmesine ý&amp;ok</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Öňki ýagdaýyna getir</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Deslapky sazlamalar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Gaýtala</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ýatda sakla</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hemmesini ýatda sakla</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Hemmesine &amp;hawa</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 eýýäm bar.
Onuň üstüne ýazmalymy?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 dogry ýazylmady. Sahypalary we aralyklary «,» bilen bölüň, aralyklary «-» bilen görkeziň; aralyklar biri-birini kesmeli däl.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 bukjadyr.
Başga faýl adyny saýlaň.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Sazlamalar &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Sazlamalar &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Çap et</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Ähli sahypalar</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Aşakdan ýokary, çepden saga</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Aşakdan ýokary, sagdan çepe</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Iki taraplaýyn çap sazlamalarynda gapma-garşylyk</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Jübüt sahypalar</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 faýlyna ýazyp bolmaýar.
Başga faýl adyny saýlaň.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Sahypalar nädogry görkezildi</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Çepden saga, aşakdan ýokary</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Çepden saga, ýokardan aşak</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Ýerli faýl</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Täk sahypalar</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>«Bir listdäki sahypalar» we «Sahypalar toplumy» bile ulanylyp bilinmeýär.
Olaryň birini öçüriň.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Faýla çap et ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Faýla çap et (PDF)</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Sagdan çepe, aşakdan ýokary</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Sagdan çepe, ýokardan aşak</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>«Başy» «Soňundan» uly bolup bilmez.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Iki taraplaýyn çap sazlamalarynda gapma-garşylyk bar. Düzetmelimi?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Ýokardan aşak, çepden saga</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Ýokardan aşak, sagdan çepe</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF faýlyny ýaz</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-e geçir</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Birinji sahypa</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Sahypa boýunça</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ini boýunça</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Albom görnüşi</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Soňky sahypa</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Indiki sahypa</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Sahypa sazlamalary</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sahypa sazlamalary</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Kitap görnüşi</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Öňki sahypa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Çap et</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Çap öňünden görmek</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Garşylykly sahypalary görkez</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Ähli sahypalary görkez</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Bir sahypany görkez</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ulalt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Kiçelt</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Giňişleýin sazlamalarda gapma-garşylyk</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Ýumuşyň sazlamalary</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Sahypa sazlamalarynda gapma-garşylyk</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Printeriň häsiýetleri</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Sahypa sazlamalarynda gapma-garşylyk bar. Düzetmelimi?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Käbir giňişleýin sazlamalarda gapma-garşylyk bar. Düzetmelimi?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Giňişleýin</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sahypa</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Käbir sazlamalarda gapma-garşylyk bar. Olary düzediň.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Nusgalar boýunça tertiple</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Reňkli</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Reňk tertibi</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Nusgalar</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Nusga sany:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Häzirki sahypa</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Iki taraplaýyn çap</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Çal öwüşgin</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Uzyn tarapdan tikmek</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Öçük</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Sazlamalar</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Çykyş sazlamalary</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Sahypalar toplumy:</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Sahypalar &amp;toplumy:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sahypalar</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Sahypalar:</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Hemmesini</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Çap aralygy</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Ters tertipde</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Saýlanan bölek</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Gysga tarapdan tikmek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Sahypalary ýa-da aralyklary otur bilen bölüp görkeziň. Aralyk defis bilen bölünen iki san bilen görkezilýär. Mysal üçin, 3,5-7,9: 3, 5, 6, 7 we 9-njy sahypalar çap ediler.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ady:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ýerleşýän ýeri:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Çykyş &amp;faýly:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Häsiýetleri</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Öňünden görmek</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Görnüşi:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ýatyr</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Iň aşak</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Çep gyra</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Bir sahypa aşak</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Bir sahypa çepe</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Bir sahypa saga</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Bir sahypa ýokary</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Sag gyra</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Aşak aýla</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Şu ýere aýla</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Çepe aýla</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Saga aýla</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Ýokary aýla</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Iň ýokary</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Çepe aýla</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Saga aýla</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Göçür</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Goý</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gaýtala</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Yza al</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Kes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poz</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Hemmesini saýla</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Salgysyny göçür</translation>
    </message>
</context>
</TS>
