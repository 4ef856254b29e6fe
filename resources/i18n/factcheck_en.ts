<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation><numerusform>%n claim</numerusform><numerusform>%n claims</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n quote</numerusform><numerusform>%n quotes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    </context>
</TS>