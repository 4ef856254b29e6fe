<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Labels</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>