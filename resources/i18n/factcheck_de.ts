<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation>(neuen Text übernehmen)</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation>Markierungsdetails</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation>Wer die Behauptung aufgestellt oder das Zitat geäußert hat</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation>Wer sie prüft (leer: noch niemand)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation>Notizen: was geprüft wurde, mit wem, was noch offen ist</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Title / URL</source>
        <translation>Titel / URL</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Quelle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Urheber/in</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>&amp;Zugewiesen an</translation>
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation>Wählen Sie Text im Artikel aus und markieren Sie ihn als Behauptung (Ctrl+1), Zitat (Ctrl+2) oder Notiz (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation>Freigeben können nur Redakteur/innen</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation>[{number}] in Berichten; ID {id} auf der Kommandozeile</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation>Ihr Name, wie er bei jeder Markierung und Änderung erscheinen soll:</translation>
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation>In {app} ist ein Fehler aufgetreten ({error}). Ihre gespeicherte Arbeit ist sicher; bitte melden Sie diesen Fehler.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation>Der zu prüfende Entwurf. Wählen Sie Text aus, um ihn zu markieren.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation>Bereits geprüft</translation>
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation>Frühere Fakten&amp;checks suchen…</translation>
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation>Fa&amp;ktenchecks importieren…</translation>
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation>Einen ClaimReview-Feed in den Bestand früherer Faktenchecks einlesen</translation>
    </message>
    <message>
        <source>Chec&amp;ked before</source>
        <translation>Bereits &amp;geprüft</translation>
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation>Suche nach früheren Faktenchecks…</translation>
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation>Frühere Faktenchecks werden durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation><numerusform>Bereits geprüft: %n früherer Faktencheck zur selben Behauptung (Ansicht &gt; Bereits geprüft)</numerusform><numerusform>Bereits geprüft: %n frühere Faktenchecks zur selben Behauptung (Ansicht &gt; Bereits geprüft)</numerusform></translation>
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation>Die Suche wurde nicht ausgeführt: {message}</translation>
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation>Wählen Sie zuerst die Behauptung aus, die diese Bewertung erhalten soll</translation>
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation>(frühere Bewertung übernehmen)</translation>
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation>„{rating}“ steht nicht auf Ihrer Skala: Wählen Sie die Bewertung selbst; der frühere Faktencheck wurde als Quelle hinzugefügt</translation>
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation>Bewertung {verdict} übernommen</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation>Diesen früheren Faktencheck für die ausgewählte Behauptung „{claim}“ übernehmen?

Früherer Faktencheck: „{earlier}“ ({rating}, {publisher})</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation>Diesen früheren Faktencheck für die ausgewählte Behauptung „{claim}“ übernehmen?

Früherer Faktencheck: „{earlier}“ (ohne Bewertung, {publisher})</translation>
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation>Diesen früheren Faktencheck in Ihrem Browser öffnen?

{link}</translation>
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation>Faktenchecks importieren</translation>
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>ClaimReview-Feeds (*.json *.jsonld *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation>Faktenchecks aus {name} werden gelesen…</translation>
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation>Import der Faktenchecks abgebrochen</translation>
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation>Einige Einträge aus {name} wurden übersprungen:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation><numerusform>%n früherer Faktencheck zu dieser Behauptung</numerusform><numerusform>%n frühere Faktenchecks zu dieser Behauptung</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation><numerusform>%n früherer Faktencheck zu dieser Behauptung, davon {same} wahrscheinlich zur selben Behauptung</numerusform><numerusform>%n frühere Faktenchecks zu dieser Behauptung, davon {same} wahrscheinlich zur selben Behauptung</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation><numerusform>%n früherer Faktencheck zu „{query}“</numerusform><numerusform>%n frühere Faktenchecks zu „{query}“</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation><numerusform>%n früherer Faktencheck zu „{query}“, davon {same} wahrscheinlich zur selben Behauptung</numerusform><numerusform>%n frühere Faktenchecks zu „{query}“, davon {same} wahrscheinlich zur selben Behauptung</numerusform></translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation>Faktenchecks aus {name}: {added} hinzugefügt, {updated} aktualisiert, {unchanged} bereits vorhanden, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>Faktenchecks aus {name}: {added} hinzugefügt, {updated} aktualisiert, {unchanged} bereits vorhanden</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation>Faktenchecks aus {name}: {added} hinzugefügt, {updated} aktualisiert, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation>Faktenchecks aus {name}: {added} hinzugefügt, {updated} aktualisiert</translation>
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation>Früherer Faktencheck: {title}</translation>
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation>Früherer Faktencheck: {claim}</translation>
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation>Unser früherer Faktencheck in „{title}“</translation>
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation>Unser früherer Faktencheck in „einem anderen Dokument“</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation>Frühere Faktenchecks durchsuchen</translation>
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation>Alle früheren Faktenchecks durchsuchen (Ctrl+Shift+F) oder eine Behauptung im Artikel auswählen</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Frühere Faktenchecks</translation>
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation>Bewertung &amp;übernehmen</translation>
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation>Der ausgewählten Behauptung diese Bewertung geben und den früheren Faktencheck als Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>&amp;Link öffnen…</translation>
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation>Den früheren Faktencheck im Browser öffnen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation>Kein früherer Faktencheck zu dieser Behauptung gefunden</translation>
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation>Kein früherer Faktencheck zu „{query}“ gefunden</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation>(Behauptung markieren)</translation>
    </message>
    <message>
        <source>mark quote</source>
        <translation>(Zitat markieren)</translation>
    </message>
    <message>
        <source>mark note</source>
        <translation>(Notiz hinzufügen)</translation>
    </message>
    <message>
        <source>change kind</source>
        <translation>(Art ändern)</translation>
    </message>
    <message>
        <source>change verdict</source>
        <translation>(Bewertung ändern)</translation>
    </message>
    <message>
        <source>change review status</source>
        <translation>(Prüfstatus ändern)</translation>
    </message>
    <message>
        <source>change speaker</source>
        <translation>(Urheber/in ändern)</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>(Notizen ändern)</translation>
    </message>
    <message>
        <source>change sources</source>
        <translation>(Quellen ändern)</translation>
    </message>
    <message>
        <source>change assignee</source>
        <translation>(Zuweisung ändern)</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>({field} ändern)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>(no sources)</source>
        <translation>(keine Quellen)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; hat {words} am {when} geändert, während Sie daran gearbeitet haben. Es wurde nichts überschrieben. Was soll bleiben?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Stand&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Stand von {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: Ihr Stand</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: anderer Stand</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meinen Stand behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Anderen Stand übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation>Notizen &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation>Die andere Notiz, danach Ihre Ergänzungen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.redaktion.example</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation>Passwort in {file} speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation>Ein Team teilt sich eine PostgreSQL-Datenbank. Ihr dortiger Login ist der Name, der bei Ihren Änderungen vermerkt wird; seine Rolle legt fest, was Sie dürfen.</translation>
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation>geben Sie Server, Datenbank und Ihren Benutzernamen an</translation>
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation><numerusform>Verbunden als {login} ({role}); %n Dokument im Team</numerusform><numerusform>Verbunden als {login} ({role}); %n Dokumente im Team</numerusform></translation>
    </message>
    <message>
        <source>no team role yet</source>
        <translation>noch keine Team-Rolle</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation><numerusform>Keine Verbindung zur Team-Datenbank: {problem}. Die Verbindung wird automatisch wiederhergestellt… Ihre Änderung bleibt erhalten und wird gespeichert, sobald die Verbindung wieder steht.</numerusform><numerusform>Keine Verbindung zur Team-Datenbank: {problem}. Die Verbindung wird automatisch wiederhergestellt… Ihre %n Änderungen bleiben erhalten und werden gespeichert, sobald die Verbindung wieder steht.</numerusform></translation>
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation>Keine Verbindung zur Team-Datenbank: {problem}. Die Verbindung wird automatisch wiederhergestellt… Was Sie eingeben, bleibt erhalten und wird gespeichert, sobald die Verbindung wieder steht.</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation>(Markierung löschen)</translation>
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation>(aus der Klärungsliste nehmen)</translation>
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation>(Vorschlag verwerfen)</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Dokumenteigenschaften</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author or byline</source>
        <translation>Autor/in oder Autorenzeile</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>en, fr, uk…</source>
        <translation>de, en, fr…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor/in</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>ein Dokument braucht einen Titel</translation>
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation>das Veröffentlichungsdatum muss die Form {example} haben, nicht {typed}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the article or the list</source>
        <translation>Im Artikel oder in der Liste</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Im Artikel</translation>
    </message>
    <message>
        <source>In Find</source>
        <translation>In der Suche</translation>
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation>Der ausgewählten Behauptung oder dem ausgewählten Zitat diese Bewertung geben</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Ausgewählte Markierung löschen</translation>
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation>Ende der ausgewählten Markierung um ein Wort verschieben</translation>
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation>Anfang der ausgewählten Markierung um ein Wort verschieben</translation>
    </message>
    <message>
        <source>Alt with the above</source>
        <translation>Alt zusammen mit den Tasten darüber</translation>
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation>…um ein Zeichen statt um ein Wort</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation>Suche schließen und zurück zum Artikel</translation>
    </message>
    <message>
        <source>In Notes</source>
        <translation>In den Notizen</translation>
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation>Eingabe rückgängig machen (nach dem Speichern der Notiz: die Änderung rückgängig machen)</translation>
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation>Tastenkürzel von {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation>&lt;b&gt;Entwurf importieren&lt;/b&gt; (Datei &amp;gt; Importieren oder eine Datei auf das Fenster ziehen): DOCX, ODT, PDF, Markdown, eine gespeicherte Webseite oder reiner Text. „Als neues Dokument einfügen“ funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation>&lt;b&gt;Markieren, was geprüft werden muss&lt;/b&gt;: Wählen Sie Wörter im Artikel aus und drücken Sie Ctrl+1 für eine Behauptung, Ctrl+2 für ein Zitat, Ctrl+3 für eine Notiz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;Bewerten&lt;/b&gt;: Ist der Artikel oder die Liste aktiv, vergibt eine Ziffer eine Bewertung (1 ist die erste der Skala), 0 entfernt sie. Urheber/in, Quellen und Notizen tragen Sie im Bereich rechts ein; alles wird laufend gespeichert, und Ctrl+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation>&lt;b&gt;Liste abarbeiten&lt;/b&gt;: F8 springt zur nächsten Behauptung oder zum nächsten Zitat ohne Bewertung. Ctrl+F sucht Wörter im Artikel; Ctrl+Shift+L filtert die Liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation>&lt;b&gt;Ein neuer Entwurf kommt&lt;/b&gt;: Datei &amp;gt; Neue Fassung importieren. Die Markierungen folgen dem Text; solche, deren Wörter sich geändert haben oder verschwunden sind, warten in der Klärungsliste (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation>&lt;b&gt;Veröffentlichen&lt;/b&gt;: Datei &amp;gt; Exportieren schreibt einen Bericht (HTML, PDF, DOCX, Markdown, CSV) oder Daten (W3C Web Annotation, ClaimReview).</translation>
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation>Erste Schritte mit {app}</translation>
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation>Drücken Sie jederzeit F1, um die Tastenkürzel zu sehen. Nichts hier braucht ein Netzwerk: {app} lädt nie von sich aus etwas aus dem Internet.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation><numerusform>{name} wurde mit %n Hinweis importiert:</numerusform><numerusform>{name} wurde mit %n Hinweisen importiert:</numerusform></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation>weiterhin nicht gefunden (abgelegt)</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Gleiche Behauptung</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} von {total} bewertet, {approved} freigegeben</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Zugewiesen an {name}</translation>
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation>Bearbeitet von {names}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Document library</source>
        <translation>Dokumentbibliothek</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation>Festlegen, wer an diesem Dokument arbeitet</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} von {total} bewertet, {approved} freigegeben</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>zugewiesen an {name}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation>bearbeitet von {names}</translation>
    </message>
    <message>
        <source>Assign document</source>
        <translation>Dokument zuweisen</translation>
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation>Wer arbeitet an „{title}“? (leer: niemand)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Dokument umbenennen</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation>„{title}“ mit {claims} und {quotes} löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation>Angezeigte Fassung</translation>
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation>Eine ältere Fassung des Entwurfs lesen</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Nach Text filtern</translation>
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation>Filter: Text, Urheber/in, Notizen</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Bewertung filtern</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>Nach Prüfstatus filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation>Nur, was mir zugewiesen ist</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Klärungsliste</translation>
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation>Anzahl nach Bewertung</translation>
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation>{name} ist bereits in der Bibliothek und wurde geöffnet</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importiert</translation>
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation>Import von {name} abgebrochen</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Entwurf importieren</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>die Zwischenablage enthält keinen Text zum Importieren</translation>
    </message>
    <message>
        <source>Import dropped file</source>
        <translation>Abgelegte Datei importieren</translation>
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation>Ist {name} eine neue Fassung von „{title}“?</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Fassung</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Neues Dokument</translation>
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation>Wechseln Sie zur neuesten Fassung, um Text zu markieren</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Wählen Sie zuerst Text im Artikel aus</translation>
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation>Zusätzlich als zweite, eigenständige Markierung anlegen?</translation>
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation>&amp;Erneut markieren</translation>
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation>&amp;Vorhandene anzeigen</translation>
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation>Diese Wörter sind bereits als Behauptung markiert.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation>Diese Wörter sind bereits als Zitat markiert.</translation>
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation>Diese Wörter sind bereits als Notiz markiert.</translation>
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation>Diese Wörter sind bereits als Behauptung [{number}] markiert.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation>Diese Wörter sind bereits als Zitat [{number}] markiert.</translation>
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation>Diese Wörter sind bereits als Notiz [{number}] markiert.</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation>„{verdict}“ ist keine Bewertung für Behauptungen: Sie wurde entfernt (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation>„{verdict}“ ist keine Bewertung für Zitate: Sie wurde entfernt (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation>„{verdict}“ ist keine Bewertung für Notizen: Sie wurde entfernt (Ctrl+Z stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation>Vorgemerkt: wird gespeichert, sobald die Verbindung wieder steht</translation>
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation>Setzen Sie die Schreibmarke in eine Markierung (oder wählen Sie sie in der Liste aus), um sie zu bewerten</translation>
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation>Diese Markierung hat ihren Text in der neuen Fassung verloren: siehe Klärungsliste</translation>
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation>Alle Behauptungen und Zitate sind bewertet</translation>
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{verdict} &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Unbewertet &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation>{verdict} (Zitate)</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation>Markieren und Faktenprüfen in Redaktionsentwürfen.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>Erstellt mit Qt for Python (PySide6, LGPL v3).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation>Dokumente in der Team-Datenbank können nur Redakteur/innen löschen</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>Als neues Dokument einfü&amp;gen</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Neue &amp;Fassung importieren…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>Fassungen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>&amp;Markierungen importieren…</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>&amp;Dokumenteigenschaften…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>Als &amp;Behauptung markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation>Als &amp;Zitat markieren</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>Auf Auswahl &amp;umsetzen</translation>
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation>Die ausgewählte Markierung auf die im Artikel ausgewählten Wörter umsetzen</translation>
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation>&amp;Nächste ohne Bewertung</translation>
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation>&amp;Vorherige ohne Bewertung</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Rüc&amp;kwärts suchen</translation>
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation>Markierungen &amp;filtern</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation>Markierungs&amp;liste</translation>
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation>Markierungs&amp;details</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation>{publisher} (unser Team)</translation>
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>die Suche ist fehlgeschlagen ({error})</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation>{verdict} (andere Skala)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Urheber/in</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation>{when}  {author}: gelöscht</translation>
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation>{when}  {author}: wiederhergestellt</translation>
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation>{when}  {author}: erstellt</translation>
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation>{when}  {author}: Quellen geändert</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {new}</source>
        <translation>{when}  {author}: {field} {new}</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {old} → {new}</source>
        <translation>{when}  {author}: {field} {old} → {new}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation>{title} — Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Faktencheck-Bericht: {title}</translation>
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation>{file} kann nicht geschrieben werden: Die PDF-Datei ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>der Export wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation>In der Team-Datenbank wird Ihr Login ({login}) bei jeder Änderung vermerkt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>Schriftgröße im Artikel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Sprache der Berichte</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation>Aus markierten Behauptungen und verworfenen Vorschlägen &amp;lernen</translation>
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation>Gelerntes zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation>Bisher verworfene Vorschläge und bisher markierte Behauptungen vergessen</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Behauptungen</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ihr &amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL der Organisation</translation>
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation>Schrift&amp;größe im Artikel</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation>Berichte &amp;in</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation>Bewertungsskalen (Doppelklick auf eine Farbe ändert sie; die ersten neun Bewertungen jeder Skala liegen auf den Zifferntasten 1–9):</translation>
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation>Vorschläge zurücksetzen</translation>
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation>Vergessen, was die Vorschläge von diesem Team gelernt haben (die verworfenen Sätze, die bisher markierten Behauptungen)? Die Vorschläge folgen dann wieder den eingebauten Regeln.</translation>
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation>Wird mit OK zurückgesetzt</translation>
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation>die Skala für Behauptungen braucht mindestens eine Bewertung</translation>
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation>die Skala für Zitate braucht mindestens eine Bewertung</translation>
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation>Factcheck erscheint beim nächsten Start auf {language}.</translation>
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation>Factcheck folgt beim nächsten Start der Systemsprache ({language}).</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>Urheber/in: {speaker}</translation>
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation>Quelle ({stance}):</translation>
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation>In dieser Fassung nicht gefundene Markierungen</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Faktencheck-Bericht: {title}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>veröffentlicht am {date}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Fassungen:</translation>
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation>dieser Bericht bezieht sich auf Fassung {number}</translation>
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation>Bericht erstellt am {time}</translation>
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation>Bericht erstellt am {time} von {organisation}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation>Behauptungen und Zitate</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>Der Artikel</translation>
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation>in Fassung {number} nicht gefunden</translation>
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation>Wortlaut in der neuen Fassung geändert</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>{stance}:</source>
        <translation>{stance}:</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>abgerufen am {date}</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>archivierte Kopie</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation>Geprüft von: {reviewer} · erstellt am {created} · zuletzt geändert am {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation>
            <numerusform>%n weitere Markierung in Fassung {number} nicht gefunden: am Ende aufgeführt, hier nicht mitgezählt.</numerusform>
            <numerusform>%n weitere Markierungen in Fassung {number} nicht gefunden: am Ende aufgeführt, hier nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation># Faktencheck: {title}</translation>
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation>Fassung {number} · {counts} · erstellt am {time}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>in dieser Fassung nicht gefunden</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation><numerusform>%n Behauptung</numerusform><numerusform>%n Behauptungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n Zitat</numerusform><numerusform>%n Zitate</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n Notiz</numerusform><numerusform>%n Notizen</numerusform></translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Stützt</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Widerlegt</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Ordnet ein</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>{kind}: {who}</source>
        <translation>{kind}: {who}</translation>
    </message>
</context>
<context>
    <name>RetargetAnnotation</name>
    <message>
        <source>adjust the marked words</source>
        <translation>(markierte Wörter anpassen)</translation>
    </message>
    <message>
        <source>re-target annotation</source>
        <translation>(Markierung umsetzen)</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation>Die Datenbank wird noch geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation>{message}: bitte noch einmal prüfen</translation>
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation><numerusform>Von {people} geändert: %n Markierung</numerusform><numerusform>Von {people} geändert: %n Markierungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation><numerusform>Jemand hat %n Markierung geändert</numerusform><numerusform>Jemand hat %n Markierungen geändert</numerusform></translation>
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation>{person} hat eine neue Fassung importiert; sie wird angezeigt</translation>
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation>Jemand hat eine neue Fassung importiert; sie wird angezeigt</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation>Klärungsliste</translation>
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation>Nach einer neuen Fassung zu klärende Markierungen</translation>
    </message>
    <message>
        <source>Old and new text</source>
        <translation>Alter und neuer Text</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation>Nichts zu klären: Jede Markierung hat ihren Text gefunden.</translation>
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation>Neuen Text &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>Auf Auswahl &amp;umsetzen</translation>
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation>Wählen Sie zuerst die richtigen Wörter im Artikel aus</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Ablegen</translation>
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation>Als nicht gefunden belassen: aus der Liste nehmen, Bewertung und Verlauf bleiben erhalten</translation>
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation>Geändert: {words}</translation>
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation>Nicht gefunden: {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Wortlaut hat sich geändert.&lt;/b&gt; Die Bewertung bleibt erhalten; der Status ist wieder „{status}“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vorher&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jetzt&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;In der neuen Fassung nicht gefunden.&lt;/b&gt; Wählen Sie die richtigen Wörter im Artikel aus und setzen Sie die Markierung um, oder löschen Sie sie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zuletzt gesehen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation>Bewertungsskala für Behauptungen</translation>
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation>Bewertungsskala für Zitate</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Zahlenwert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation>Eine Bewertung für Behauptungen hinzufügen</translation>
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation>Eine Bewertung für Zitate hinzufügen</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation>Die ausgewählte Bewertung für Behauptungen entfernen</translation>
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation>Die ausgewählte Bewertung für Zitate entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Verdict colour</source>
        <translation>Farbe der Bewertung</translation>
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation>der Zahlenwert von {label} muss eine ganze Zahl sein</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation>Abge&amp;rufen am</translation>
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation>&amp;URL (falls online)</translation>
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation>Autor/in oder &amp;Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation>&amp;Von oder an (wen)</translation>
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation>&amp;Mit (wem)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL der Quelle</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titel der Quelle</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Abrufdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation>URL der Archivkopie</translation>
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation>https://web.archive.org/…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Notiz zur Quelle</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation>Archiv&amp;kopie</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Be&amp;zug</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation>Was gesagt oder geschrieben wurde und wie es bestätigt wurde</translation>
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation>das Datum muss die Form 2026-11-25 haben, nicht {text}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation>&amp;Behauptungen vorschlagen</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>Vorschlag ver&amp;werfen</translation>
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation>Die Vorschläge haben das Gelernte vergessen</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation><numerusform>%n Satz könnte eine Behauptung enthalten: F7 springt zum nächsten, Ctrl+1 markiert ihn, Ctrl+Shift+D verwirft ihn</numerusform><numerusform>%n Sätze könnten eine Behauptung enthalten: F7 springt zum nächsten, Ctrl+1 markiert ihn, Ctrl+Shift+D verwirft ihn</numerusform></translation>
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation>Wählen Sie zuerst einen Vorschlag aus (F7)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation><numerusform>%n Vorschlag übrig</numerusform><numerusform>%n Vorschläge übrig</numerusform></translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>editor</source>
        <translation>Redakteur/in</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>keine Team-Rolle</translation>
    </message>
    <message>
        <source>Database and login</source>
        <translation>Datenbank und Anmeldung</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>&amp;Lokale Datenbank verwenden</translation>
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation>Team: {database} · {login} ({role})</translation>
    </message>
    <message>
        <source>Local: {database}</source>
        <translation>Lokal: {database}</translation>
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation><numerusform>Verbindung wieder da; %n vorgemerkte Änderung gespeichert</numerusform><numerusform>Verbindung wieder da; %n vorgemerkte Änderungen gespeichert</numerusform></translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>Verbindung wieder da</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation>Fassungen vergleichen — {title}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Fassung</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Fassung</translation>
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation>Fassung {number} — {imported}</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Unterschiede zwischen den Fassungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style="{deleted}"&gt;entfernt&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;hinzugefügt&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation>Fassung {old} → {new}: {insertions}, {deletions}</translation>
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation><numerusform>%n Einfügung</numerusform><numerusform>%n Einfügungen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation><numerusform>%n Löschung</numerusform><numerusform>%n Löschungen</numerusform></translation>
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation>Fassung {number} (neueste)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Fassung {number}</translation>
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation>Sie lesen Fassung {number}; Markierungen kommen in die neueste Fassung</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>Neue Fassung importieren</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation>Fassung {number} importiert: {counts}</translation>
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation>Fassung {number} importiert: keine Markierungen</translation>
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation>{message} · der Rückgängig-Verlauf beginnt neu</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Klärungsliste ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Klärungsliste</translation>
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation>Die Filter der Liste blenden diese Markierung aus</translation>
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation>wählen Sie zuerst die richtigen Wörter aus und setzen Sie dann die Markierung um</translation>
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation>wählen Sie zuerst die richtigen Wörter der neuesten Fassung aus und setzen Sie dann die Markierung um</translation>
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation>Wählen Sie zuerst eine Markierung aus (in der Liste)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation>Word-Dokument mit Kommentaren (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld)</source>
        <translation>W3C Web Annotation JSON-LD (*.jsonld)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview JSON-LD (*.json)</source>
        <translation>schema.org ClaimReview JSON-LD (*.json)</translation>
    </message>
    <message>
        <source>open a document to export</source>
        <translation>öffnen Sie ein Dokument, um es zu exportieren</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing {name}: page {done} of {total}…</source>
        <translation>{name} wird geschrieben: Seite {done} von {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation>Export abgebrochen; {name} wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation>{name} exportiert ({note})</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportiert</translation>
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation>ClaimReview nennt die Organisation, die die Faktenchecks veröffentlicht.</translation>
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation>Tragen Sie Name und Webadresse Ihrer Organisation in den Einstellungen ein und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Markierungen importieren</translation>
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation>Web Annotation oder Hypothesis-JSON (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation><numerusform>%n Markierung aus {name} importiert</numerusform><numerusform>%n Markierungen aus {name} importiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation><numerusform>{imported}; %n übersprungen: {reasons}</numerusform><numerusform>{imported}; %n übersprungen: {reasons}</numerusform></translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation>Entwürfe (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>OpenDocument (*.odt)</source>
        <translation>OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Plain text (*.txt *.text)</source>
        <translation>Reiner Text (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
</TS>