<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>RecordCount</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="37" />
        <source>The first %n record(s) shown; scroll for more</source>
        <translation>
            <numerusform>The first record shown; scroll for more</numerusform>
            <numerusform>The first %n records shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/pages/record_list.py" line="38" />
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveLinesQuestion</name>
    <message numerus="yes">
        <location filename="../../inspector/ui/editor/lines.py" line="69" />
        <source>Remove %n selected line(s)?</source>
        <translation>
            <numerusform>Remove the selected line?</numerusform>
            <numerusform>Remove the %n selected lines?</numerusform>
        </translation>
    </message>
</context>
</TS>
