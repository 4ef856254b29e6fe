<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation>l’acceptation du nouveau texte</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation>Détails de l’annotation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de vérification</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur des propos</translation>
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation>Qui a fait l’affirmation ou prononcé la citation</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation>Qui la vérifie (vide : personne pour l’instant)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation>Notes : ce qui a été vérifié, auprès de qui, ce qui reste à faire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Title / URL</source>
        <translation>Titre / URL</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>A&amp;jouter une source…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Auteur des &amp;propos</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Attri&amp;buée à</translation>
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation>Sélectionnez du texte dans l’article et marquez-le comme affirmation (Ctrl+1), citation (Ctrl+2) ou note (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation>Seul un éditeur peut approuver</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur des propos</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ancrage</translation>
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation>[{number}] dans les rapports ; identifiant {id} en ligne de commande</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation>Votre nom, tel qu’il doit apparaître sur chaque annotation et chaque modification :</translation>
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation>Une erreur interne s’est produite dans {app} ({error}). Votre travail enregistré est intact ; merci de signaler le problème.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation>Le brouillon en cours de vérification. Sélectionnez du texte pour le marquer.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation>Déjà vérifié</translation>
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation>&amp;Rechercher des vérifications antérieures…</translation>
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation>Importer des vé&amp;rifications…</translation>
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation>Charger un flux ClaimReview dans la mémoire des vérifications antérieures</translation>
    </message>
    <message>
        <source>Chec&amp;ked before</source>
        <translation>&amp;Déjà vérifié</translation>
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation>Recherche de vérifications antérieures…</translation>
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation>Recherche dans les vérifications antérieures…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation>
            <numerusform>Déjà vérifié : %n vérification antérieure de la même affirmation (Affichage &gt; Déjà vérifié)</numerusform>
            <numerusform>Déjà vérifié : %n vérifications antérieures de la même affirmation (Affichage &gt; Déjà vérifié)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation>La recherche n’a pas pu être lancée : {message}</translation>
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation>Sélectionnez d’abord l’affirmation à laquelle attribuer ce verdict</translation>
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation>la reprise d’un verdict antérieur</translation>
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation>« {rating} » ne figure pas sur votre échelle : choisissez le verdict ; la vérification antérieure a été ajoutée comme source</translation>
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation>Verdict {verdict} appliqué</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation>Utiliser cette vérification antérieure pour l’affirmation sélectionnée « {claim} » ?

Vérification antérieure : « {earlier} » ({rating}, {publisher})</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation>Utiliser cette vérification antérieure pour l’affirmation sélectionnée « {claim} » ?

Vérification antérieure : « {earlier} » (sans verdict, {publisher})</translation>
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation>Ouvrir cette vérification antérieure dans votre navigateur ?

{link}</translation>
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation>Importer des vérifications</translation>
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>Flux ClaimReview (*.json *.jsonld *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation>Lecture des vérifications de {name}…</translation>
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation>Importation des vérifications annulée</translation>
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation>Certains enregistrements de {name} ont été ignorés :</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation>
            <numerusform>%n vérification antérieure pour cette affirmation</numerusform>
            <numerusform>%n vérifications antérieures pour cette affirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation>
            <numerusform>%n vérification antérieure pour cette affirmation, dont {same} probablement de la même affirmation</numerusform>
            <numerusform>%n vérifications antérieures pour cette affirmation, dont {same} probablement de la même affirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation>
            <numerusform>%n vérification antérieure pour « {query} »</numerusform>
            <numerusform>%n vérifications antérieures pour « {query} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation>
            <numerusform>%n vérification antérieure pour « {query} », dont {same} probablement de la même affirmation</numerusform>
            <numerusform>%n vérifications antérieures pour « {query} », dont {same} probablement de la même affirmation</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation>Vérifications de {name} : ajoutées : {added}, mises à jour : {updated}, déjà présentes : {unchanged}, ignorées : {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>Vérifications de {name} : ajoutées : {added}, mises à jour : {updated}, déjà présentes : {unchanged}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation>Vérifications de {name} : ajoutées : {added}, mises à jour : {updated}, ignorées : {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation>Vérifications de {name} : ajoutées : {added}, mises à jour : {updated}</translation>
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation>Vérification antérieure : {title}</translation>
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation>Vérification antérieure : {claim}</translation>
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation>Notre vérification antérieure dans « {title} »</translation>
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation>Notre vérification antérieure dans « un autre document »</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation>Rechercher des vérifications antérieures</translation>
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation>Rechercher dans toutes les vérifications antérieures (Ctrl+Shift+F) ou sélectionner une affirmation dans l’article</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Vérifications antérieures</translation>
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation>&amp;Utiliser ce verdict</translation>
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation>Attribuer ce verdict à l’affirmation sélectionnée et ajouter la vérification antérieure comme source</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>Ouvrir le l&amp;ien…</translation>
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation>Ouvrir la vérification antérieure dans votre navigateur (après confirmation)</translation>
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation>Aucune vérification antérieure trouvée pour cette affirmation</translation>
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation>Aucune vérification antérieure trouvée pour « {query} »</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation>le marquage de l’affirmation</translation>
    </message>
    <message>
        <source>mark quote</source>
        <translation>le marquage de la citation</translation>
    </message>
    <message>
        <source>mark note</source>
        <translation>l’ajout de la note</translation>
    </message>
    <message>
        <source>change kind</source>
        <translation>le changement de type</translation>
    </message>
    <message>
        <source>change verdict</source>
        <translation>le changement de verdict</translation>
    </message>
    <message>
        <source>change review status</source>
        <translation>le changement de statut</translation>
    </message>
    <message>
        <source>change speaker</source>
        <translation>le changement d’auteur des propos</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>la modification des notes</translation>
    </message>
    <message>
        <source>change sources</source>
        <translation>la modification des sources</translation>
    </message>
    <message>
        <source>change assignee</source>
        <translation>le changement d’attribution</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>la modification de « {field} »</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de vérification</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur des propos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore de verdict</translation>
    </message>
    <message>
        <source>(no sources)</source>
        <translation>(aucune source)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifiée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; a modifié {words} ({when}) pendant que vous la modifiiez. Rien n’a été écrasé. Quelle version garder ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre version&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Version de {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field} : votre version</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field} : l’autre version</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre l’autre</translation>
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation>&amp;Fusionner les notes</translation>
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation>Sa note, suivie de ce que vous y avez ajouté</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Connexion à la base d’équipe</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.redaction.example</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>vide : lu dans PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation>Mémoriser le mot de passe dans {file}</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation>Une rédaction partage une même base PostgreSQL. Votre identifiant de connexion est le nom enregistré sur vos modifications ; son rôle détermine ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation>indiquez le serveur, la base de données et votre nom d’utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation>
            <numerusform>Connecté en tant que {login} ({role}) ; %n document dans la rédaction</numerusform>
            <numerusform>Connecté en tant que {login} ({role}) ; %n documents dans la rédaction</numerusform>
        </translation>
    </message>
    <message>
        <source>no team role yet</source>
        <translation>pas encore de rôle dans l’équipe</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation>
            <numerusform>Pas de connexion à la base d’équipe : {problem}. Reconnexion automatique en cours… %n modification en attente est conservée et sera enregistrée au retour de la connexion.</numerusform>
            <numerusform>Pas de connexion à la base d’équipe : {problem}. Reconnexion automatique en cours… %n modifications en attente sont conservées et seront enregistrées au retour de la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation>Pas de connexion à la base d’équipe : {problem}. Reconnexion automatique en cours… Ce que vous saisissez est conservé et sera enregistré au retour de la connexion.</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation>la suppression de l’annotation</translation>
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation>le retrait de la liste « À revoir »</translation>
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation>le rejet de la suggestion</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author or byline</source>
        <translation>Auteur ou signature</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>en, fr, uk…</source>
        <translation>fr, en, uk…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publié le</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>un document doit avoir un titre</translation>
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation>la date de publication doit être au format {example}, et non {typed}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d’écrire {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the article or the list</source>
        <translation>Dans l’article ou la liste</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>Dans l’article</translation>
    </message>
    <message>
        <source>In Find</source>
        <translation>Dans la recherche</translation>
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation>Attribuer ce verdict à l’affirmation ou à la citation sélectionnée</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Effacer le verdict</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Supprimer l’annotation sélectionnée</translation>
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation>Déplacer la fin du marquage sélectionné d’un mot</translation>
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation>Déplacer le début du marquage sélectionné d’un mot</translation>
    </message>
    <message>
        <source>Alt with the above</source>
        <translation>Les mêmes avec Alt</translation>
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation>…d’une lettre au lieu d’un mot</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Occurrence suivante / précédente</translation>
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation>Fermer la recherche et revenir à l’article</translation>
    </message>
    <message>
        <source>In Notes</source>
        <translation>Dans les notes</translation>
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation>Annuler la saisie (une fois la note enregistrée : annuler la modification)</translation>
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation>Raccourcis clavier de {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation>&lt;b&gt;Importez un brouillon&lt;/b&gt; (Fichier &amp;gt; Importer, ou déposez un fichier sur la fenêtre) : DOCX, ODT, PDF, Markdown, une page web enregistrée ou du texte brut. Vous pouvez aussi le coller comme nouveau document.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation>&lt;b&gt;Marquez ce qui doit être vérifié&lt;/b&gt; : sélectionnez des mots dans l’article et appuyez sur Ctrl+1 pour une affirmation, Ctrl+2 pour une citation, Ctrl+3 pour une note.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;Attribuez un verdict&lt;/b&gt; : quand l’article ou la liste a le focus, un chiffre attribue un verdict (1 est le premier de l’échelle), 0 l’efface. Ajoutez l’auteur des propos, les sources et les notes dans le panneau de droite ; tout est enregistré au fur et à mesure, et Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation>&lt;b&gt;Avancez dans la liste&lt;/b&gt; : F8 passe à l’affirmation ou à la citation suivante qui n’a pas encore de verdict. Ctrl+F recherche des mots dans l’article ; Ctrl+Shift+L filtre la liste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation>&lt;b&gt;Un nouveau brouillon arrive&lt;/b&gt; : Fichier &amp;gt; Importer une nouvelle version. Les annotations suivent le texte ; celles dont les mots ont changé ou disparu attendent dans la liste « À revoir » (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation>&lt;b&gt;Publiez&lt;/b&gt; : Fichier &amp;gt; Exporter produit un rapport (HTML, PDF, DOCX, Markdown, CSV) ou des données (W3C Web Annotation, ClaimReview).</translation>
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation>Premiers pas avec {app}</translation>
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation>Appuyez sur F1 à tout moment pour afficher les raccourcis clavier. Rien ici ne nécessite de réseau : {app} ne charge jamais rien depuis Internet de lui-même.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation>
            <numerusform>{name} a été importé avec %n remarque :</numerusform>
            <numerusform>{name} a été importé avec %n remarques :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation>toujours introuvable (écartée)</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Même affirmation</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Apparentée</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} sur {total} avec verdict, {approved} approuvées</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Attribué à {name}</translation>
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation>Traité par {names}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Document library</source>
        <translation>Bibliothèque de documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>O&amp;uvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation>Indiquer qui travaille sur ce document</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} sur {total} avec verdict, {approved} approuvées</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>attribué à {name}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation>traité par {names}</translation>
    </message>
    <message>
        <source>Assign document</source>
        <translation>Attribuer le document</translation>
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation>Qui travaille sur « {title} » ? (vide : personne)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation>Supprimer « {title} », avec {claims} et {quotes} ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation>Version affichée</translation>
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation>Lire une version antérieure du brouillon</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrer par texte</translation>
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation>Filtre : texte, auteur des propos, notes</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>Filtrer par statut de vérification</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>À &amp;moi</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Attribuées à moi</translation>
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation>Seulement ce qui m’est attribué</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation>Décompte par verdict</translation>
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation>{name} est déjà dans la bibliothèque : document ouvert</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation>Importation de {name} annulée</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>le presse-papiers ne contient aucun texte à importer</translation>
    </message>
    <message>
        <source>Import dropped file</source>
        <translation>Importer le fichier déposé</translation>
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation>{name} est-il une nouvelle version de « {title} » ?</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation>Passez à la version la plus récente pour marquer du texte</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Sélectionnez d’abord du texte dans l’article</translation>
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation>Les marquer de nouveau comme une seconde annotation, distincte ?</translation>
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation>Marquer de &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation>&amp;Afficher l’existante</translation>
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation>Ces mots sont déjà marqués comme affirmation.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation>Ces mots sont déjà marqués comme citation.</translation>
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation>Ces mots sont déjà marqués comme note.</translation>
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation>Ces mots sont déjà marqués comme affirmation [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation>Ces mots sont déjà marqués comme citation [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation>Ces mots sont déjà marqués comme note [{number}].</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation>« {verdict} » n’est pas un verdict pour une affirmation : il a été effacé (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation>« {verdict} » n’est pas un verdict pour une citation : il a été effacé (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation>« {verdict} » n’est pas un verdict pour une note : il a été effacé (Ctrl+Z le rétablit)</translation>
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation>Modification conservée : elle sera enregistrée au retour de la connexion</translation>
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation>Placez le curseur sur un marquage (ou choisissez-le dans la liste) pour lui attribuer un verdict</translation>
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation>Cette annotation a perdu son texte dans la nouvelle version : voir la liste « À revoir »</translation>
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation>Toutes les affirmations et citations ont un verdict</translation>
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{verdict} &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Sans verdict &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation>{verdict} (citations)</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation>Annotation et vérification des faits pour les brouillons de la rédaction.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>Réalisé avec Qt for Python (PySide6, LGPL v3).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation>Seul un éditeur peut supprimer des documents de la base d’équipe</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Coller comme nouveau document</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importer une nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>Co&amp;mparer les versions…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>Importer des &amp;annotations…</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>&amp;Propriétés du document…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>Marquer comme a&amp;ffirmation</translation>
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation>Marquer comme &amp;citation</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;Réancrer sur la sélection</translation>
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation>Déplacer l’annotation sélectionnée sur les mots sélectionnés dans l’article</translation>
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation>&amp;Suivante sans verdict</translation>
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation>&amp;Précédente sans verdict</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>Rec&amp;hercher dans l’article…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Occurrence su&amp;ivante</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation>&amp;Filtrer les annotations</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Agrandir le texte</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À pr&amp;opos de {app}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation>&amp;Liste des annotations</translation>
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation>Pan&amp;neau de l’annotation</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sans verdict</translation>
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation>{publisher} (notre rédaction)</translation>
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>la recherche a échoué ({error})</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation>Sans verdict</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation>{verdict} (autre échelle)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>auteur des propos</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>ancrage</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>texte marqué</translation>
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation>{when}  {author} : suppression</translation>
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation>{when}  {author} : restauration</translation>
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation>{when}  {author} : création</translation>
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation>{when}  {author} : modification des sources</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {new}</source>
        <translation>{when}  {author} : {field} {new}</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {old} → {new}</source>
        <translation>{when}  {author} : {field} {old} → {new}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation>{title} — page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Rapport de vérification : {title}</translation>
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation>impossible d’écrire {file} : le PDF n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>l’exportation a été annulée ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation>Sur la base d’équipe, votre identifiant ({login}) est enregistré sur chaque modification</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Adresse web de l’organisation</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>Taille du texte de l’article</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Celle de l’interface</translation>
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation>&amp;Apprendre des affirmations que nous marquons et des suggestions que nous rejetons</translation>
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation>&amp;Effacer l’apprentissage…</translation>
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation>Oublier les suggestions rejetées et les affirmations marquées jusqu’à présent</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>A&amp;ffirmations</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citations</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL de l’organisation</translation>
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation>&amp;Taille du texte de l’article</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation>&amp;Rapports en</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation>Échelles de verdicts (double-cliquez sur une couleur pour la changer ; les neuf premiers verdicts de chaque échelle ont les touches 1 à 9) :</translation>
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation>Réinitialiser les suggestions</translation>
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation>Oublier ce que les suggestions ont appris de cette rédaction (phrases rejetées, affirmations marquées jusqu’à présent) ? Les suggestions reviendront aux règles intégrées.</translation>
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation>Sera réinitialisé en cliquant sur OK</translation>
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation>l’échelle des affirmations doit comporter au moins un verdict</translation>
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation>l’échelle des citations doit comporter au moins un verdict</translation>
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation>Langue de Factcheck au prochain démarrage : {language}.</translation>
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation>Au prochain démarrage, Factcheck suivra la langue du système ({language}).</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>Auteur des propos : {speaker}</translation>
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation>Source ({stance}) :</translation>
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation>Annotations introuvables dans cette version</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Rapport de vérification : {title}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>publié le {date}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation>ce rapport porte sur la version {number}</translation>
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation>Rapport généré le {time}</translation>
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation>Rapport généré le {time} par {organisation}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation>Affirmations et citations</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut de vérification</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>L’article</translation>
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation>introuvable dans la version {number}</translation>
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation>formulation modifiée dans la nouvelle version</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>{stance}:</source>
        <translation>{stance} :</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consulté le {date}</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>copie archivée</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation>Vérificateur : {reviewer} · créée le {created} · dernière modification le {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation>
            <numerusform>%n autre annotation introuvable dans la version {number} : listée à la fin, non comptée ici.</numerusform>
            <numerusform>%n autres annotations introuvables dans la version {number} : listées à la fin, non comptées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation># Vérification : {title}</translation>
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation>Version {number} · {counts} · généré le {time}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>introuvable dans cette version</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Confirme</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Pas encore de verdict</translation>
    </message>
    <message>
        <source>{kind}: {who}</source>
        <translation>{kind} : {who}</translation>
    </message>
</context>
<context>
    <name>RetargetAnnotation</name>
    <message>
        <source>adjust the marked words</source>
        <translation>l’ajustement des mots marqués</translation>
    </message>
    <message>
        <source>re-target annotation</source>
        <translation>le réancrage de l’annotation</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation>La base de données est encore en cours d’ouverture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation>{message} : vérifiez de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation>
            <numerusform>{people} : %n annotation modifiée</numerusform>
            <numerusform>{people} : %n annotations modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation>
            <numerusform>Quelqu’un a modifié %n annotation</numerusform>
            <numerusform>Quelqu’un a modifié %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation>{person} a importé une nouvelle version ; elle est affichée</translation>
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation>Quelqu’un a importé une nouvelle version ; elle est affichée</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation>Annotations à revoir après une nouvelle version</translation>
    </message>
    <message>
        <source>Old and new text</source>
        <translation>Ancien et nouveau texte</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation>Rien à revoir : chaque annotation a retrouvé son texte.</translation>
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation>Accepter le nouveau te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;Réancrer sur la sélection</translation>
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation>Sélectionnez d’abord les bons mots dans l’article</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation>La laisser introuvable : retirée de la liste, conservée avec son verdict et son historique</translation>
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation>Modifiée : {words}</translation>
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation>Introuvable : {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La formulation a changé.&lt;/b&gt; Le verdict a été conservé ; le statut est revenu à « {status} ».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Avant&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maintenant&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Introuvable dans la nouvelle version.&lt;/b&gt; Sélectionnez les bons mots dans l’article et réancrez l’annotation, ou supprimez-la.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dernier texte connu&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation>Échelle de verdicts des affirmations</translation>
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation>Échelle de verdicts des citations</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation>Ajouter un verdict pour les affirmations</translation>
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation>Ajouter un verdict pour les citations</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Nouveau verdict</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation>Retirer le verdict sélectionné pour les affirmations</translation>
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation>Retirer le verdict sélectionné pour les citations</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Verdict colour</source>
        <translation>Couleur du verdict</translation>
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation>la valeur de {label} doit être un nombre entier</translation>
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
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Publié par</translation>
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation>&amp;Consulté le</translation>
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation>&amp;URL (si en ligne)</translation>
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation>&amp;Auteur ou éditeur</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation>&amp;Expéditeur ou destinataire</translation>
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation>&amp;Interlocuteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Date de consultation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation>URL de la copie archivée</translation>
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation>https://web.archive.org/…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Note sur la source</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation>Copie arc&amp;hivée</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>Po&amp;sition</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation>Ce qui a été dit ou écrit, et comment cela a été confirmé</translation>
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation>la date doit être au format 2026-11-25, et non {text}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation>&amp;Suggérer des affirmations</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>Suggestion su&amp;ivante</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>Suggestion &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>&amp;Rejeter la suggestion</translation>
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation>Les suggestions ont oublié ce qu’elles avaient appris</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation>
            <numerusform>%n phrase contient peut-être une affirmation : F7 passe à la suivante, Ctrl+1 la marque, Ctrl+Shift+D la rejette</numerusform>
            <numerusform>%n phrases contiennent peut-être une affirmation : F7 passe à la suivante, Ctrl+1 la marque, Ctrl+Shift+D la rejette</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation>Sélectionnez d’abord une suggestion (F7)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>%n suggestion restante</numerusform>
            <numerusform>%n suggestions restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>editor</source>
        <translation>éditeur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>aucun rôle dans l’équipe</translation>
    </message>
    <message>
        <source>Database and login</source>
        <translation>Base de données et identifiant</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Se connec&amp;ter à la base d’équipe…</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>Utiliser la base &amp;locale</translation>
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation>Équipe : {database} · {login} ({role})</translation>
    </message>
    <message>
        <source>Local: {database}</source>
        <translation>Locale : {database}</translation>
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation>
            <numerusform>Connexion rétablie ; %n modification en attente enregistrée</numerusform>
            <numerusform>Connexion rétablie ; %n modifications en attente enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>Connexion rétablie</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation>Comparer les versions — {title}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Version plus récente</translation>
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation>Version {number} — {imported}</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Différences entre les versions</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style="{deleted}"&gt;supprimé&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;ajouté&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation>Version {old} → {new} : {insertions}, {deletions}</translation>
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n ajout</numerusform>
            <numerusform>%n ajouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation>Version {number} (la plus récente)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation>Lecture de la version {number} ; les marquages se font sur la version la plus récente</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>Importer une nouvelle version</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state} : {count}</translation>
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation>Version {number} importée ({counts})</translation>
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation>Version {number} importée : aucune annotation</translation>
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation>{message} · l’historique d’annulation repart de zéro</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>À revoir ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation>Les filtres de la liste masquent cette annotation</translation>
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation>sélectionnez d’abord les bons mots, puis réancrez</translation>
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation>sélectionnez d’abord les bons mots dans la version la plus récente, puis réancrez</translation>
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation>Sélectionnez d’abord une annotation (dans la liste)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation>Document Word avec commentaires (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
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
        <translation>ouvrez un document pour l’exporter</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Writing {name}: page {done} of {total}…</source>
        <translation>Écriture de {name} : page {done} sur {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation>Exportation annulée ; {name} n’a pas été écrit</translation>
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation>{name} exporté ({note})</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exporté</translation>
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation>ClaimReview indique le nom de l’organisation qui publie les vérifications.</translation>
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation>Indiquez le nom et l’adresse web de votre organisation dans les Préférences, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>Ouvrir les &amp;préférences…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation>JSON Web Annotation ou Hypothesis (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation>
            <numerusform>%n annotation importée depuis {name}</numerusform>
            <numerusform>%n annotations importées depuis {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation>
            <numerusform>{imported} ; %n ignorée : {reasons}</numerusform>
            <numerusform>{imported} ; %n ignorées : {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation>Brouillons (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</translation>
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
        <translation>Pages web (*.html *.htm)</translation>
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
        <translation>Texte brut (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
</TS>