<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title / URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the search found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earlier checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mark note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no sources)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>factcheck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no team role yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author or byline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>en, fr, uk…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a document needs a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count}+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the article or the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt with the above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation type="unfinished" />
    </message>
</context>
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
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outlet</source>
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
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Document library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assign document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import dropped file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: {field} {new}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{when}  {author}: {field} {old} → {new}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{stance}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accessed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>archived copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not found in this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished" />
    </message>
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
        <source>Not rated yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{kind}: {who}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetargetAnnotation</name>
    <message>
        <source>adjust the marked words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-target annotation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Old and new text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict colour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date accessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no team role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database and login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local: {database}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema.org ClaimReview JSON-LD (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open a document to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing {name}: page {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import annotations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenDocument (*.odt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text (*.txt *.text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>