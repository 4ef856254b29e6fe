<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CheckedBefore</name>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation><numerusform>Checked before: %n earlier check of the same claim (View &gt; Checked before)</numerusform><numerusform>Checked before: %n earlier checks of the same claim (View &gt; Checked before)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation><numerusform>%n earlier check for this claim</numerusform><numerusform>%n earlier checks for this claim</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation><numerusform>%n earlier check for this claim, {same} likely the same claim</numerusform><numerusform>%n earlier checks for this claim, {same} likely the same claim</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation><numerusform>%n earlier check for “{query}”</numerusform><numerusform>%n earlier checks for “{query}”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation><numerusform>%n earlier check for “{query}”, {same} likely the same claim</numerusform><numerusform>%n earlier checks for “{query}”, {same} likely the same claim</numerusform></translation>
    </message>
    </context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation><numerusform>Connected as {login} ({role}); %n document on the desk</numerusform><numerusform>Connected as {login} ({role}); %n documents on the desk</numerusform></translation>
    </message>
    </context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation><numerusform>No connection to the team database: {problem}. Reconnecting by itself… The change you made is kept and will be saved when the connection is back.</numerusform><numerusform>No connection to the team database: {problem}. Reconnecting by itself… The %n changes you made are kept and will be saved when the connection is back.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ImportProgress</name>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation><numerusform>{name} was imported with %n note:</numerusform><numerusform>{name} was imported with %n notes:</numerusform></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation><numerusform>%n more not found in version {number}: listed last, not counted here.</numerusform><numerusform>%n more not found in version {number}: listed last, not counted here.</numerusform></translation>
    </message>
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
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation><numerusform>{people} changed %n annotation</numerusform><numerusform>{people} changed %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation><numerusform>Someone changed %n annotation</numerusform><numerusform>Someone changed %n annotations</numerusform></translation>
    </message>
    </context>
<context>
    <name>Suggestions</name>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation><numerusform>%n sentence may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</numerusform><numerusform>%n sentences may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation><numerusform>%n suggestion left</numerusform><numerusform>%n suggestions left</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation><numerusform>Connection back; saved %n kept change</numerusform><numerusform>Connection back; saved %n kept changes</numerusform></translation>
    </message>
    </context>
<context>
    <name>VersionCompareDialog</name>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation><numerusform>%n insertion</numerusform><numerusform>%n insertions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation><numerusform>%n deletion</numerusform><numerusform>%n deletions</numerusform></translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation><numerusform>Imported %n annotation from {name}</numerusform><numerusform>Imported %n annotations from {name}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation><numerusform>{imported}; %n skipped: {reasons}</numerusform><numerusform>{imported}; %n skipped: {reasons}</numerusform></translation>
    </message>
</context>
</TS>