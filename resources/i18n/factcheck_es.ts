<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation>aceptación del texto nuevo</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation>Detalles de la anotación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation>Quién hizo la afirmación o dijo la cita</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation>Quién la verifica (en blanco: nadie todavía)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation>Notas: qué se verificó, con quién y qué falta</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Title / URL</source>
        <translation>Título / URL</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>Añadir &amp;fuente…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Veredicto</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>A&amp;utor</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Asi&amp;gnada a</translation>
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation>Selecciona texto en el artículo y márcalo como afirmación (Ctrl+1), cita (Ctrl+2) o nota (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation>Solo un editor puede aprobar</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation>[{number}] en los informes; id {id} en la línea de comandos</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Te damos la bienvenida a {app}</translation>
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation>Tu nombre, tal como debe aparecer en cada anotación y cada cambio:</translation>
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation>Algo falló dentro de {app} ({error}). Tu trabajo guardado está a salvo; por favor, comunica este error.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation>El borrador en revisión. Selecciona texto para marcarlo.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation>Ya verificado</translation>
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation>Buscar verificaciones an&amp;teriores…</translation>
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation>Importar verificacio&amp;nes…</translation>
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation>Incorporar un feed de ClaimReview a la memoria de verificaciones anteriores</translation>
    </message>
    <message>
        <source>Chec&amp;ked before</source>
        <translation>&amp;Ya verificado</translation>
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation>Buscando verificaciones anteriores…</translation>
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation>Buscando en las verificaciones anteriores…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation>
            <numerusform>Ya verificado: %n verificación anterior de la misma afirmación (Ver &gt; Ya verificado)</numerusform>
            <numerusform>Ya verificado: %n verificaciones anteriores de la misma afirmación (Ver &gt; Ya verificado)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation>La búsqueda no se realizó: {message}</translation>
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation>Selecciona primero la afirmación a la que dar este veredicto</translation>
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation>uso de un veredicto anterior</translation>
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation>“{rating}” no está en tu escala: elige el veredicto; la verificación anterior se añadió como fuente</translation>
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation>Veredicto {verdict} aplicado</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation>¿Usar esta verificación anterior para la afirmación seleccionada “{claim}”?

Verificación anterior: “{earlier}” ({rating}, {publisher})</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation>¿Usar esta verificación anterior para la afirmación seleccionada “{claim}”?

Verificación anterior: “{earlier}” (sin calificación, {publisher})</translation>
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation>¿Abrir esta verificación anterior en el navegador?

{link}</translation>
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation>Importar verificaciones</translation>
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>Feeds de ClaimReview (*.json *.jsonld *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation>Leyendo verificaciones de {name}…</translation>
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation>Importación de verificaciones cancelada</translation>
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation>Se omitieron algunos registros de {name}:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation>
            <numerusform>%n verificación anterior de esta afirmación</numerusform>
            <numerusform>%n verificaciones anteriores de esta afirmación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation>
            <numerusform>%n verificación anterior de esta afirmación; {same} probablemente sobre la misma afirmación</numerusform>
            <numerusform>%n verificaciones anteriores de esta afirmación; {same} probablemente sobre la misma afirmación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation>
            <numerusform>%n verificación anterior para “{query}”</numerusform>
            <numerusform>%n verificaciones anteriores para “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation>
            <numerusform>%n verificación anterior para “{query}”; {same} probablemente sobre la misma afirmación</numerusform>
            <numerusform>%n verificaciones anteriores para “{query}”; {same} probablemente sobre la misma afirmación</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation>Verificaciones de {name}: {added} añadidas, {updated} actualizadas, {unchanged} ya existentes, {skipped} omitidas</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>Verificaciones de {name}: {added} añadidas, {updated} actualizadas, {unchanged} ya existentes</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation>Verificaciones de {name}: {added} añadidas, {updated} actualizadas, {skipped} omitidas</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation>Verificaciones de {name}: {added} añadidas, {updated} actualizadas</translation>
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation>Verificación anterior: {title}</translation>
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation>Verificación anterior: {claim}</translation>
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation>Nuestra verificación anterior en “{title}”</translation>
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation>Nuestra verificación anterior en “otro documento”</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation>Buscar verificaciones anteriores</translation>
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation>Busca en todas las verificaciones anteriores (Ctrl+Shift+F) o selecciona una afirmación en el artículo</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Verificaciones anteriores</translation>
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation>&amp;Usar este veredicto</translation>
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation>Dar este veredicto a la afirmación seleccionada y añadir la verificación anterior como fuente</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>Abrir en&amp;lace…</translation>
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation>Abrir la verificación anterior en el navegador (pregunta antes)</translation>
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation>No se encontró ninguna verificación anterior de esta afirmación</translation>
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation>No se encontró ninguna verificación anterior para “{query}”</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation>marcado de afirmación</translation>
    </message>
    <message>
        <source>mark quote</source>
        <translation>marcado de cita</translation>
    </message>
    <message>
        <source>mark note</source>
        <translation>marcado de nota</translation>
    </message>
    <message>
        <source>change kind</source>
        <translation>cambio de tipo</translation>
    </message>
    <message>
        <source>change verdict</source>
        <translation>cambio de veredicto</translation>
    </message>
    <message>
        <source>change review status</source>
        <translation>cambio de estado de revisión</translation>
    </message>
    <message>
        <source>change speaker</source>
        <translation>cambio de autor</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>cambio de notas</translation>
    </message>
    <message>
        <source>change sources</source>
        <translation>cambio de fuentes</translation>
    </message>
    <message>
        <source>change assignee</source>
        <translation>cambio de responsable</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>cambio de {field}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin veredicto</translation>
    </message>
    <message>
        <source>(no sources)</source>
        <translation>(sin fuentes)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificada por otra persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; cambió {words} el {when}, mientras tú la editabas. No se sobrescribió nada. ¿Qué versión se queda?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tu versión&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versión de {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: tu versión</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: su versión</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar mi versión</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Usar su versión</translation>
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation>Com&amp;binar notas</translation>
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation>Su nota y, a continuación, lo que tú añadiste</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar a la base de datos del equipo</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.redaccion.example</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>vacía: se toma de PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation>Recordar la contraseña en {file}</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Puerto</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation>Un equipo comparte una base de datos PostgreSQL. Tu usuario en ella es el nombre que queda registrado en tus cambios; su rol determina lo que puedes hacer.</translation>
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation>indica el servidor, la base de datos y tu nombre de usuario</translation>
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation>
            <numerusform>Conectado como {login} ({role}); %n documento en el equipo</numerusform>
            <numerusform>Conectado como {login} ({role}); %n documentos en el equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>no team role yet</source>
        <translation>todavía sin rol en el equipo</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation>
            <numerusform>Sin conexión con la base de datos del equipo: {problem}. Reconectando automáticamente… El cambio que hiciste se conserva y se guardará cuando vuelva la conexión.</numerusform>
            <numerusform>Sin conexión con la base de datos del equipo: {problem}. Reconectando automáticamente… Los %n cambios que hiciste se conservan y se guardarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation>Sin conexión con la base de datos del equipo: {problem}. Reconectando automáticamente… Lo que escribas se conserva y se guardará cuando vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation>eliminación de la anotación</translation>
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation>descarte de la cola de revisión</translation>
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation>descarte de la sugerencia</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Propiedades del documento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Author or byline</source>
        <translation>Autoría o firma</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>en, fr, uk…</source>
        <translation>es, en, pt…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autoría</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publicación</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>un documento necesita un título</translation>
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation>la fecha de publicación debe tener el formato {example}, no {typed}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>no se puede escribir {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the article or the list</source>
        <translation>En el artículo o la lista</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>En el artículo</translation>
    </message>
    <message>
        <source>In Find</source>
        <translation>En Buscar</translation>
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation>Dar ese veredicto a la afirmación o cita seleccionada</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Borrar el veredicto</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Eliminar la anotación seleccionada</translation>
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation>Mover el final de la marca seleccionada una palabra</translation>
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation>Mover el inicio de la marca seleccionada una palabra</translation>
    </message>
    <message>
        <source>Alt with the above</source>
        <translation>Lo anterior con Alt</translation>
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation>…una letra en lugar de una palabra</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation>Cerrar Buscar y volver al artículo</translation>
    </message>
    <message>
        <source>In Notes</source>
        <translation>En Notas</translation>
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation>Deshacer lo escrito (una vez guardada la nota: deshacer el cambio)</translation>
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation>Atajos de teclado de {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation>&lt;b&gt;Importa un borrador&lt;/b&gt; (Archivo &amp;gt; Importar, o arrastra un archivo a la ventana): DOCX, ODT, PDF, Markdown, una página web guardada o texto sin formato. También puedes usar Pegar como documento nuevo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation>&lt;b&gt;Marca lo que hay que verificar&lt;/b&gt;: selecciona palabras en el artículo y pulsa Ctrl+1 para una afirmación, Ctrl+2 para una cita o Ctrl+3 para una nota.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;Da un veredicto&lt;/b&gt;: con el foco en el artículo o en la lista, un dígito asigna un veredicto (1 es el primero de la escala) y 0 lo borra. Añade el autor, las fuentes y las notas en el panel de la derecha; todo se guarda sobre la marcha y Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation>&lt;b&gt;Recorre la lista&lt;/b&gt;: F8 va a la siguiente afirmación o cita sin veredicto. Ctrl+F busca palabras en el artículo; Ctrl+Shift+L filtra la lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation>&lt;b&gt;Llega un borrador nuevo&lt;/b&gt;: Archivo &amp;gt; Importar nueva versión. Las anotaciones siguen al texto; aquellas cuyas palabras cambiaron o desaparecieron esperan en la cola de revisión (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation>&lt;b&gt;Publica&lt;/b&gt;: Archivo &amp;gt; Exportar genera un informe (HTML, PDF, DOCX, Markdown, CSV) o datos (W3C Web Annotation, ClaimReview).</translation>
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation>Primeros pasos con {app}</translation>
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation>Pulsa F1 en cualquier momento para ver los atajos de teclado. Nada de esto necesita conexión: {app} nunca descarga nada de internet por su cuenta.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation>
            <numerusform>{name} se importó con %n observación:</numerusform>
            <numerusform>{name} se importó con %n observaciones:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en su sitio</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>en otro lugar</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>con cambios</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>sin localizar</translation>
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation>sigue sin localizar (fuera de la cola)</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Misma afirmación</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionada</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} de {total} con veredicto, {approved} aprobadas</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Asignado a {name}</translation>
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation>Trabajo de {names}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Document library</source>
        <translation>Biblioteca de documentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>A&amp;signar…</translation>
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation>Indicar quién trabaja en este documento</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>{rated} de {total} con veredicto, {approved} aprobadas</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>asignado a {name}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation>trabajo de {names}</translation>
    </message>
    <message>
        <source>Assign document</source>
        <translation>Asignar documento</translation>
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation>¿Quién trabaja en “{title}”? (en blanco: nadie)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Cambiar nombre del documento</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation>¿Eliminar “{title}” junto con {claims} y {quotes}? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation>Consultar una versión anterior del borrador</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation>Filtrar: texto, autor, notas</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por veredicto</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>Filtrar por estado de revisión</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Asignadas a mí</translation>
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation>Solo lo que tengo asignado</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation>Recuento por veredicto</translation>
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation>{name} ya está en la biblioteca; se ha abierto</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>Se importó {name}</translation>
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation>Importación de {name} cancelada</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importar un borrador</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>el portapapeles no contiene texto para importar</translation>
    </message>
    <message>
        <source>Import dropped file</source>
        <translation>Importar el archivo arrastrado</translation>
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation>¿Es {name} una nueva versión de “{title}”?</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nueva versión</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Documento nuevo</translation>
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation>Cambia a la versión más reciente para marcar texto</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Selecciona primero texto en el artículo</translation>
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation>¿Marcarlas de nuevo como una segunda anotación independiente?</translation>
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation>Marcar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation>&amp;Mostrar la existente</translation>
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation>Estas palabras ya están marcadas como afirmación.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation>Estas palabras ya están marcadas como cita.</translation>
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation>Estas palabras ya están marcadas como nota.</translation>
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation>Estas palabras ya están marcadas como afirmación [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation>Estas palabras ya están marcadas como cita [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation>Estas palabras ya están marcadas como nota [{number}].</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” no es un veredicto para afirmaciones: se ha borrado (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” no es un veredicto para citas: se ha borrado (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” no es un veredicto para notas: se ha borrado (Ctrl+Z lo recupera)</translation>
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation>Conservado: se guardará cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation>Sitúa el cursor sobre una marca (o elígela en la lista) para darle un veredicto</translation>
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation>Esta anotación perdió su texto en la nueva versión: consulta la cola de revisión</translation>
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation>Todas las afirmaciones y citas tienen veredicto</translation>
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{verdict} &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Sin veredicto &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Cualquier veredicto</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation>{verdict} (citas)</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>No guardado: {message}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation>Anotación y verificación de borradores para redacciones.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>Creado con Qt for Python (PySide6, LGPL v3).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation>Solo un editor puede eliminar documentos de la base de datos del equipo</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;Pegar como documento nuevo</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importar nueva &amp;versión…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>Co&amp;mparar versiones…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>Importar &amp;anotaciones…</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>P&amp;ropiedades del documento…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>Marcar como &amp;afirmación</translation>
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation>Marcar como &amp;cita</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Eliminar anotación</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>Re&amp;ubicar en la selección</translation>
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation>Mover la anotación seleccionada a las palabras seleccionadas en el artículo</translation>
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation>&amp;Siguiente sin veredicto</translation>
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation>Anterio&amp;r sin veredicto</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation>F&amp;iltrar anotaciones</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>A&amp;cerca de {app}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation>&amp;Lista de anotaciones</translation>
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation>&amp;Panel de anotaciones</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation>{publisher} (nuestro equipo)</translation>
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>la búsqueda falló ({error})</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation>Sin veredicto</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation>{verdict} (otra escala)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>veredicto</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>texto exacto</translation>
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation>{when}  {author}: eliminada</translation>
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation>{when}  {author}: restaurada</translation>
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation>{when}  {author}: creada</translation>
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation>{when}  {author}: cambió las fuentes</translation>
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
        <translation>{title} — página {page} de {pages}</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Informe de verificación: {title}</translation>
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation>no se puede escribir {file}: no se pudo abrir el PDF</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>se canceló la exportación; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation>En la base de datos del equipo, cada cambio queda registrado con tu usuario ({login})</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Dirección web de la organización</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>Tamaño de letra del artículo</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>El mismo que la interfaz</translation>
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation>Apr&amp;ender de las afirmaciones que marcamos y las sugerencias que descartamos</translation>
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation>Olvi&amp;dar lo aprendido…</translation>
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation>Olvidar las sugerencias descartadas hasta ahora y las afirmaciones marcadas hasta el momento</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL de la organización</translation>
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation>&amp;Tamaño de letra del artículo</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation>Info&amp;rmes en</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation>Escalas de veredictos (doble clic en un color para cambiarlo; los nueve primeros veredictos de cada escala tienen las teclas numéricas 1–9):</translation>
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation>Restablecer sugerencias</translation>
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation>¿Olvidar lo que las sugerencias aprendieron de este equipo (las frases descartadas y las afirmaciones marcadas hasta ahora)? Las sugerencias volverán a las reglas predeterminadas.</translation>
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation>Se restablecerá al pulsar Aceptar</translation>
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation>la escala de afirmaciones necesita al menos un veredicto</translation>
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation>la escala de citas necesita al menos un veredicto</translation>
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation>Factcheck estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation>Factcheck usará el idioma del sistema ({language}) la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>Autor: {speaker}</translation>
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation>Fuente ({stance}):</translation>
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation>Anotaciones no localizadas en esta versión</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Informe de verificación: {title}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>publicado el {date}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation>este informe corresponde a la versión {number}</translation>
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation>Informe generado el {time}</translation>
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation>Informe generado el {time} por {organisation}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation>Afirmaciones y citas</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>El artículo</translation>
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation>no localizada en la versión {number}</translation>
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation>la redacción cambió en la nueva versión</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>{stance}:</source>
        <translation>{stance}:</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>consultado el {date}</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>copia archivada</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation>Revisada por {reviewer} · creada el {created} · último cambio el {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation>
            <numerusform>%n anotación más no localizada en la versión {number}: aparece al final y no se cuenta aquí.</numerusform>
            <numerusform>%n anotaciones más no localizadas en la versión {number}: aparecen al final y no se cuentan aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation># Verificación: {title}</translation>
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation>Versión {number} · {counts} · generado el {time}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>no localizada en esta versión</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por verificar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Respalda</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Refuta</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Aún sin veredicto</translation>
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
        <translation>ajuste de las palabras marcadas</translation>
    </message>
    <message>
        <source>re-target annotation</source>
        <translation>reubicación de la anotación</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation>La base de datos aún se está abriendo; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation>{message}: vuelve a revisarla</translation>
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation>
            <numerusform>%n anotación cambiada por {people}</numerusform>
            <numerusform>%n anotaciones cambiadas por {people}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation>
            <numerusform>Alguien cambió %n anotación</numerusform>
            <numerusform>Alguien cambió %n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation>{person} importó una nueva versión; se muestra ahora</translation>
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation>Alguien importó una nueva versión; se muestra ahora</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation>Anotaciones que revisar tras una nueva versión</translation>
    </message>
    <message>
        <source>Old and new text</source>
        <translation>Texto anterior y nuevo</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation>Nada que revisar: todas las anotaciones encontraron su texto.</translation>
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation>&amp;Aceptar texto nuevo</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;Reubicar en la selección</translation>
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation>Selecciona primero las palabras correctas en el artículo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation>Dejarla sin localizar: sale de la cola y conserva su veredicto y su historial</translation>
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation>Con cambios: {words}</translation>
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation>Sin localizar: {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La redacción cambió.&lt;/b&gt; Se conservó el veredicto; el estado vuelve a ser “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Antes&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ahora&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se localizó en la nueva versión.&lt;/b&gt; Selecciona las palabras correctas en el artículo y reubícala, o elimínala.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Visto por última vez&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation>Escala de veredictos para afirmaciones</translation>
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation>Escala de veredictos para citas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation>Añadir un veredicto para afirmaciones</translation>
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation>Añadir un veredicto para citas</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Nuevo veredicto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation>Quitar el veredicto seleccionado para afirmaciones</translation>
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation>Quitar el veredicto seleccionado para citas</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Verdict colour</source>
        <translation>Color del veredicto</translation>
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation>el valor de {label} debe ser un número entero</translation>
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
        <translation>Títu&amp;lo</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>Cuán&amp;do</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>Pu&amp;blicado por</translation>
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation>Consulta&amp;do</translation>
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation>&amp;URL (si está en línea)</translation>
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation>&amp;Autor o editor</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation>&amp;Remitente o destinatario</translation>
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation>&amp;Con (quién)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Fecha de consulta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation>URL de la copia archivada</translation>
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation>https://web.archive.org/…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sobre la fuente</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation>Copia arc&amp;hivada</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>&amp;Postura</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation>Qué se dijo o escribió y cómo se confirmó</translation>
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation>la fecha debe tener el formato 2026-11-25, no {text}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation>&amp;Sugerir afirmaciones</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>Sugerencia si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>Sugerencia &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>&amp;Descartar sugerencia</translation>
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation>Las sugerencias olvidaron lo aprendido</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation>
            <numerusform>%n frase puede contener una afirmación: F7 va a la siguiente, Ctrl+1 la marca, Ctrl+Shift+D la descarta</numerusform>
            <numerusform>%n frases pueden contener una afirmación: F7 va a la siguiente, Ctrl+1 la marca, Ctrl+Shift+D la descarta</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation>Selecciona primero una sugerencia (F7)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>Queda %n sugerencia</numerusform>
            <numerusform>Quedan %n sugerencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>verificador</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>sin rol en el equipo</translation>
    </message>
    <message>
        <source>Database and login</source>
        <translation>Base de datos y usuario</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>&amp;Conectar a la base de datos del equipo…</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>Usar base de datos &amp;local</translation>
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation>Equipo: {database} · {login} ({role})</translation>
    </message>
    <message>
        <source>Local: {database}</source>
        <translation>Local: {database}</translation>
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation>
            <numerusform>Conexión restablecida; se guardó %n cambio pendiente</numerusform>
            <numerusform>Conexión restablecida; se guardaron %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>Conexión restablecida</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation>Comparar versiones — {title}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versión más reciente</translation>
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation>Versión {number} — {imported}</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Diferencias entre las versiones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style="{deleted}"&gt;eliminado&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;añadido&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation>Versión {old} → {new}: {insertions}, {deletions}</translation>
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n inserción</numerusform>
            <numerusform>%n inserciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminación</numerusform>
            <numerusform>%n eliminaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation>Versión {number} (la más reciente)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation>Consultando la versión {number}; las marcas se añaden a la versión más reciente</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>Importar una nueva versión</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{count} {state}</translation>
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation>Versión {number} importada: {counts}</translation>
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation>Versión {number} importada: sin anotaciones</translation>
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation>{message} · el historial de deshacer empieza de nuevo</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Cola de revisión ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation>Los filtros de la lista ocultan esta anotación</translation>
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation>selecciona primero las palabras correctas y luego reubica</translation>
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation>selecciona primero las palabras correctas de la versión más reciente y luego reubica</translation>
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation>Selecciona primero una anotación (en la lista)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation>Documento de Word con comentarios (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
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
        <translation>abre un documento para exportar</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing {name}: page {done} of {total}…</source>
        <translation>Escribiendo {name}: página {done} de {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation>Exportación cancelada; no se escribió {name}</translation>
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation>Se exportó {name} ({note})</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Se exportó {name}</translation>
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation>ClaimReview indica la organización que publica las verificaciones.</translation>
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation>Indica el nombre y la dirección web de tu organización en Preferencias y vuelve a exportar.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>Abrir &amp;Preferencias…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation>JSON de Web Annotation o Hypothesis (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation>
            <numerusform>Se importó %n anotación de {name}</numerusform>
            <numerusform>Se importaron %n anotaciones de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation>
            <numerusform>{imported}; %n omitida: {reasons}</numerusform>
            <numerusform>{imported}; %n omitidas: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation>Borradores (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</translation>
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
        <translation>Páginas web (*.html *.htm)</translation>
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
        <translation>Texto sin formato (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
</TS>