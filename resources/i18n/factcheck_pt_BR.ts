<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt_BR">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation>aceitação do novo texto</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation>Detalhes da anotação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status da checagem</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor da fala</translation>
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation>Quem fez a afirmação ou é o autor da citação</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation>Quem checa (em branco: ninguém ainda)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation>Notas: o que foi checado, com quem, o que falta</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
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
        <translation>A&amp;dicionar fonte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Classificação</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Autor da &amp;fala</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Atri&amp;buída a</translation>
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation>Selecione um trecho do artigo e marque-o como afirmação (Ctrl+1), citação (Ctrl+2) ou nota (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation>Só um editor pode aprovar</translation>
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
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor da fala</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation>[{number}] nos relatórios; id {id} na linha de comando</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Boas-vindas ao {app}</translation>
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation>Seu nome, como deve aparecer em cada anotação e alteração:</translation>
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation>Algo deu errado no {app} ({error}). O trabalho que você salvou está seguro; por favor, relate o problema.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation>O rascunho em checagem. Selecione um trecho para marcá-lo.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation>Já checado</translation>
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation>B&amp;uscar checagens anteriores…</translation>
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation>Importar c&amp;hecagens…</translation>
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation>Carregar um feed ClaimReview na memória de checagens anteriores</translation>
    </message>
    <message>
        <source>Chec&amp;ked before</source>
        <translation>&amp;Já checado</translation>
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation>Procurando checagens anteriores…</translation>
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation>Buscando nas checagens anteriores…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation>
            <numerusform>Já checado: %n checagem anterior da mesma afirmação (Exibir &gt; Já checado)</numerusform>
            <numerusform>Já checado: %n checagens anteriores da mesma afirmação (Exibir &gt; Já checado)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation>A busca não foi feita: {message}</translation>
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation>Selecione primeiro a afirmação que vai receber esta classificação</translation>
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation>uso de classificação anterior</translation>
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation>“{rating}” não está na sua escala: escolha a classificação; a checagem anterior foi adicionada como fonte</translation>
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation>Classificação {verdict} aplicada</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation>Usar esta checagem anterior para a afirmação selecionada “{claim}”?

Checagem anterior: “{earlier}” ({rating}, {publisher})</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation>Usar esta checagem anterior para a afirmação selecionada “{claim}”?

Checagem anterior: “{earlier}” (sem classificação, {publisher})</translation>
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation>Abrir esta checagem anterior no navegador?

{link}</translation>
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation>Importar checagens</translation>
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>Feeds ClaimReview (*.json *.jsonld *.jsonl *.ndjson);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation>Lendo checagens de {name}…</translation>
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation>Importação de checagens cancelada</translation>
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation>Alguns registros de {name} foram ignorados:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation>
            <numerusform>%n checagem anterior desta afirmação</numerusform>
            <numerusform>%n checagens anteriores desta afirmação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation>
            <numerusform>%n checagem anterior desta afirmação; {same} provavelmente sobre a mesma afirmação</numerusform>
            <numerusform>%n checagens anteriores desta afirmação; {same} provavelmente sobre a mesma afirmação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation>
            <numerusform>%n checagem anterior para “{query}”</numerusform>
            <numerusform>%n checagens anteriores para “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation>
            <numerusform>%n checagem anterior para “{query}”; {same} provavelmente sobre a mesma afirmação</numerusform>
            <numerusform>%n checagens anteriores para “{query}”; {same} provavelmente sobre a mesma afirmação</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation>Checagens de {name} — adicionadas: {added}; atualizadas: {updated}; já existentes: {unchanged}; ignoradas: {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>Checagens de {name} — adicionadas: {added}; atualizadas: {updated}; já existentes: {unchanged}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation>Checagens de {name} — adicionadas: {added}; atualizadas: {updated}; ignoradas: {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation>Checagens de {name} — adicionadas: {added}; atualizadas: {updated}</translation>
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation>Checagem anterior: {title}</translation>
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation>Checagem anterior: {claim}</translation>
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation>Nossa checagem anterior em “{title}”</translation>
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation>Nossa checagem anterior em “outro documento”</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation>Buscar checagens anteriores</translation>
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation>Busque em todas as checagens anteriores (Ctrl+Shift+F) ou selecione uma afirmação no artigo</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>O que a busca encontrou</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>Checagens anteriores</translation>
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation>&amp;Usar esta classificação</translation>
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation>Dar esta classificação à afirmação selecionada e adicionar a checagem anterior como fonte</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>Abrir &amp;link…</translation>
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation>Abrir a checagem anterior no navegador (pergunta antes)</translation>
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation>Nenhuma checagem anterior encontrada para esta afirmação</translation>
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation>Nenhuma checagem anterior encontrada para “{query}”</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation>marcação de afirmação</translation>
    </message>
    <message>
        <source>mark quote</source>
        <translation>marcação de citação</translation>
    </message>
    <message>
        <source>mark note</source>
        <translation>marcação de nota</translation>
    </message>
    <message>
        <source>change kind</source>
        <translation>alteração de tipo</translation>
    </message>
    <message>
        <source>change verdict</source>
        <translation>alteração de classificação</translation>
    </message>
    <message>
        <source>change review status</source>
        <translation>alteração do status da checagem</translation>
    </message>
    <message>
        <source>change speaker</source>
        <translation>alteração do autor da fala</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>alteração das notas</translation>
    </message>
    <message>
        <source>change sources</source>
        <translation>alteração das fontes</translation>
    </message>
    <message>
        <source>change assignee</source>
        <translation>alteração do responsável</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>alteração de {field}</translation>
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
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status da checagem</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Autor da fala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda sem classificação</translation>
    </message>
    <message>
        <source>(no sources)</source>
        <translation>(sem fontes)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Alterada por outra pessoa</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation>&lt;b&gt;{who}&lt;/b&gt; alterou {words} em {when}, enquanto você editava. Nada foi sobrescrito. Qual versão deve ficar?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sua versão&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versão de {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: sua versão</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: versão da outra pessoa</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>Usar a &amp;outra</translation>
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation>Mes&amp;clar notas</translation>
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation>A nota da outra pessoa, seguida do que você acrescentou</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar ao banco de dados da equipe</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.redacao.example</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>vazio: usa PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation>Lembrar a senha em {file}</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Banco de dados</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>S&amp;enha</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation>Uma equipe compartilha um único banco de dados PostgreSQL. Seu login nele é o nome registrado nas suas alterações; o papel desse login define o que você pode fazer.</translation>
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation>informe o servidor, o banco de dados e seu nome de usuário</translation>
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation>
            <numerusform>Conectado como {login} ({role}); %n documento na equipe</numerusform>
            <numerusform>Conectado como {login} ({role}); %n documentos na equipe</numerusform>
        </translation>
    </message>
    <message>
        <source>no team role yet</source>
        <translation>ainda sem papel na equipe</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexão</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation>
            <numerusform>Sem conexão com o banco de dados da equipe: {problem}. Reconectando automaticamente… A alteração que você fez está guardada e será salva quando a conexão voltar.</numerusform>
            <numerusform>Sem conexão com o banco de dados da equipe: {problem}. Reconectando automaticamente… As %n alterações que você fez estão guardadas e serão salvas quando a conexão voltar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation>Sem conexão com o banco de dados da equipe: {problem}. Reconectando automaticamente… O que você digitar fica guardado e será salvo quando a conexão voltar.</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation>exclusão de anotação</translation>
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation>remoção da fila de revisão</translation>
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation>descarte de sugestão</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation>Propriedades do documento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Author or byline</source>
        <translation>Autor ou crédito</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço na web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Data de publicação</translation>
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
        <translation>pt, en, es…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Veículo</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>Data de &amp;publicação</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>o documento precisa de um título</translation>
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation>a data de publicação deve ter o formato {example}, não {typed}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>não foi possível gravar {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Localizar no artigo</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Resultado anterior (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próximo resultado</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Próximo resultado (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
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
        <translation>No artigo ou na lista</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>No artigo</translation>
    </message>
    <message>
        <source>In Find</source>
        <translation>Na busca</translation>
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation>Dar a classificação correspondente à afirmação ou citação selecionada</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>Remover a classificação</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>Excluir a anotação selecionada</translation>
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation>Mover o fim da marcação selecionada uma palavra</translation>
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation>Mover o início da marcação selecionada uma palavra</translation>
    </message>
    <message>
        <source>Alt with the above</source>
        <translation>Alt + os atalhos acima</translation>
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation>…uma letra em vez de uma palavra</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Resultado seguinte / anterior</translation>
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation>Fechar a busca e voltar ao artigo</translation>
    </message>
    <message>
        <source>In Notes</source>
        <translation>Nas notas</translation>
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation>Desfazer a digitação (depois que a nota é salva: desfazer a alteração)</translation>
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation>Atalhos de teclado do {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation>&lt;b&gt;Importe um rascunho&lt;/b&gt; (Arquivo &amp;gt; Importar, ou solte um arquivo na janela): DOCX, ODT, PDF, Markdown, uma página da web salva ou texto simples. Colar como novo documento também funciona.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation>&lt;b&gt;Marque o que precisa ser checado&lt;/b&gt;: selecione palavras no artigo e pressione Ctrl+1 para uma afirmação, Ctrl+2 para uma citação, Ctrl+3 para uma nota.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;Classifique&lt;/b&gt;: com o foco no artigo ou na lista, um número dá a classificação (1 é a primeira da escala) e 0 a remove. Adicione o autor da fala, as fontes e as notas no painel à direita; tudo é salvo enquanto você trabalha, e Ctrl+Z desfaz.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation>&lt;b&gt;Percorra a lista&lt;/b&gt;: F8 vai para a próxima afirmação ou citação ainda sem classificação. Ctrl+F localiza palavras no artigo; Ctrl+Shift+L filtra a lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation>&lt;b&gt;Chegou um novo rascunho&lt;/b&gt;: Arquivo &amp;gt; Importar nova versão. As anotações acompanham o texto; aquelas cujas palavras mudaram ou sumiram esperam na fila de revisão (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation>&lt;b&gt;Publique&lt;/b&gt;: Arquivo &amp;gt; Exportar gera um relatório (HTML, PDF, DOCX, Markdown, CSV) ou dados (W3C Web Annotation, ClaimReview).</translation>
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation>Primeiros passos com o {app}</translation>
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation>Pressione F1 a qualquer momento para ver os atalhos de teclado. Nada aqui precisa de rede: o {app} nunca carrega nada da internet por conta própria.</translation>
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
        <translation>Lendo {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation>
            <numerusform>{name} foi importado com %n observação:</numerusform>
            <numerusform>{name} foi importado com %n observações:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Claims</source>
        <translation>Afirmações</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>no lugar</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>deslocada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterada</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation>ainda não encontrada (descartada)</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Mesma afirmação</translation>
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
        <translation>Veículo</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmações</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem classificação</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovadas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>Classificadas: {rated} de {total}; aprovadas: {approved}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Atribuído a {name}</translation>
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation>Trabalharam nele: {names}</translation>
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
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>Atri&amp;buir…</translation>
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation>Definir quem trabalha neste documento</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>classificadas: {rated} de {total}; aprovadas: {approved}</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>atribuído a {name}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>não atribuído</translation>
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation>trabalharam nele: {names}</translation>
    </message>
    <message>
        <source>Assign document</source>
        <translation>Atribuir documento</translation>
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation>Quem trabalha em “{title}”? (em branco: ninguém)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renomear documento</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Excluir documento</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation>Excluir “{title}”, com {claims} e {quotes}? Não é possível desfazer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation>Versão exibida</translation>
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation>Ler uma versão anterior do rascunho</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>Filtrar por texto</translation>
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation>Filtrar: texto, autor da fala, notas</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrar por classificação</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>Filtrar por status da checagem</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer status</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Minhas</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Atribuídas a mim</translation>
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation>Só o que está atribuído a mim</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
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
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation>Contagem por classificação</translation>
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation>{name} já está na biblioteca e foi aberto</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>{name} importado</translation>
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation>Importação de {name} cancelada</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>Importar rascunho</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>a área de transferência não tem texto para importar</translation>
    </message>
    <message>
        <source>Import dropped file</source>
        <translation>Importar arquivo arrastado</translation>
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation>{name} é uma nova versão de “{title}”?</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nova versão</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Novo documento</translation>
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation>Mude para a versão mais recente para marcar o texto</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>Selecione primeiro um trecho do artigo</translation>
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation>Marcá-las de novo, como uma segunda anotação separada?</translation>
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation>Marcar &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation>&amp;Mostrar a existente</translation>
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation>Estas palavras já estão marcadas como afirmação.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation>Estas palavras já estão marcadas como citação.</translation>
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation>Estas palavras já estão marcadas como nota.</translation>
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation>Estas palavras já estão marcadas como afirmação [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation>Estas palavras já estão marcadas como citação [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation>Estas palavras já estão marcadas como nota [{number}].</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” não é uma classificação de afirmação: foi removida (Ctrl+Z a traz de volta)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” não é uma classificação de citação: foi removida (Ctrl+Z a traz de volta)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation>“{verdict}” não é uma classificação de nota: foi removida (Ctrl+Z a traz de volta)</translation>
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation>Guardado: será salvo quando a conexão voltar</translation>
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation>Ponha o cursor numa marcação (ou escolha-a na lista) para classificá-la</translation>
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation>Esta anotação perdeu seu texto na nova versão: veja a fila de revisão</translation>
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation>Todas as afirmações e citações têm classificação</translation>
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{verdict} &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>Sem classificação &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Qualquer classificação</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem classificação</translation>
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation>{verdict} (citações)</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Não salvo: {message}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation>Anotação e checagem de fatos para textos em edição na redação.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>Feito com Qt for Python (PySide6, LGPL v3).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation>Só um editor pode excluir documentos do banco de dados da equipe</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abrindo o banco de dados…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>Colar como novo &amp;documento</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>Importar nova &amp;versão…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;Comparar versões…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>Importar &amp;anotações…</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>&amp;Propriedades do documento…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Prefe&amp;rências…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>Marcar como &amp;afirmação</translation>
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation>Marcar como &amp;citação</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Adicionar &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Excluir anotação</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>Re&amp;posicionar na seleção</translation>
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation>Mover a anotação selecionada para as palavras selecionadas no artigo</translation>
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation>&amp;Próxima sem classificação</translation>
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation>&amp;Anterior sem classificação</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;Localizar no artigo…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>Localizar pró&amp;xima</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>Localizar an&amp;terior</translation>
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation>&amp;Filtrar anotações</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Sobre o {app}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtigo</translation>
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation>&amp;Lista de anotações</translation>
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation>Pai&amp;nel da anotação</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Checagem</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Relação</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checado por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem classificação</translation>
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation>{publisher} (nossa equipe)</translation>
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>a busca falhou ({error})</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda sem classificação</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation>{verdict} (outra escala)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>classificação</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>autor da fala</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>responsável</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>texto marcado</translation>
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation>{when}  {author}: excluída</translation>
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation>{when}  {author}: restaurada</translation>
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation>{when}  {author}: criada</translation>
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation>{when}  {author}: alterou as fontes</translation>
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
        <translation>Relatório de checagem: {title}</translation>
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation>não foi possível gravar {file}: o PDF não pôde ser aberto</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>a exportação foi cancelada; nada foi gravado</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation>No banco de dados da equipe, seu login ({login}) fica registrado em cada alteração</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Endereço da organização na web</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>Tamanho da fonte do artigo</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma dos relatórios</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>O mesmo da interface</translation>
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation>A&amp;prender com as afirmações que marcamos e as sugestões que descartamos</translation>
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation>R&amp;edefinir o aprendizado…</translation>
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation>Esquecer as sugestões descartadas e as afirmações marcadas até agora</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Afirmações</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citações</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organização</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL da organização</translation>
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation>Tamanho da &amp;fonte do artigo</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation>&amp;Relatórios em</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation>Escalas de classificação (clique duas vezes numa cor para alterá-la; as nove primeiras classificações de cada escala usam as teclas 1–9):</translation>
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation>Redefinir sugestões</translation>
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation>Esquecer o que as sugestões aprenderam com esta equipe (as frases descartadas, as afirmações marcadas até agora)? As sugestões voltam às regras padrão.</translation>
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation>Será redefinido ao clicar em OK</translation>
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation>a escala de afirmações precisa de pelo menos uma classificação</translation>
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation>a escala de citações precisa de pelo menos uma classificação</translation>
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation>O Factcheck estará em {language} na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation>O Factcheck seguirá o idioma do sistema ({language}) na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>Autor da fala: {speaker}</translation>
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation>Fonte ({stance}):</translation>
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation>Anotações não encontradas nesta versão</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>Relatório de checagem: {title}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>publicado em {date}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versões:</translation>
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation>este relatório trata da versão {number}</translation>
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation>Relatório gerado em {time}</translation>
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation>Relatório gerado em {time} por {organisation}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation>Afirmações e citações</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status da checagem</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>O artigo</translation>
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation>não encontrada na versão {number}</translation>
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation>texto alterado na nova versão</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>{stance}:</source>
        <translation>{stance}:</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>acesso em {date}</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>cópia arquivada</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation>Responsável: {reviewer} · criada em {created} · última alteração em {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation>
            <numerusform>Mais %n não encontrada na versão {number}: listada no fim, fora desta contagem.</numerusform>
            <numerusform>Mais %n não encontradas na versão {number}: listadas no fim, fora desta contagem.</numerusform>
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation># Checagem: {title}</translation>
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation>Versão {number} · {counts} · gerado em {time}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>não encontrada nesta versão</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmação</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n afirmação</numerusform>
            <numerusform>%n afirmações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citação</numerusform>
            <numerusform>%n citações</numerusform>
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
        <translation>A checar</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Confirma</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>Desmente</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página da web</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonema</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ainda sem classificação</translation>
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
        <translation>ajuste das palavras marcadas</translation>
    </message>
    <message>
        <source>re-target annotation</source>
        <translation>reposicionamento de anotação</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation>O banco de dados ainda está abrindo; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation>{message}: confira de novo</translation>
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation>
            <numerusform>{people}: %n anotação alterada</numerusform>
            <numerusform>{people}: %n anotações alteradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation>
            <numerusform>Alguém alterou %n anotação</numerusform>
            <numerusform>Alguém alterou %n anotações</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation>Uma nova versão foi importada por {person}; ela está sendo exibida</translation>
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation>Uma nova versão foi importada por alguém; ela está sendo exibida</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation>Anotações a revisar após uma nova versão</translation>
    </message>
    <message>
        <source>Old and new text</source>
        <translation>Texto antigo e novo</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation>Nada a revisar: todas as anotações encontraram seu texto.</translation>
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation>&amp;Aceitar o novo texto</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;Reposicionar na seleção</translation>
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation>Selecione primeiro as palavras certas no artigo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation>Deixar como não encontrada: sai da fila e fica com sua classificação e seu histórico</translation>
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation>Alterada: {words}</translation>
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation>Não encontrada: {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;O texto mudou.&lt;/b&gt; A classificação foi mantida; o status voltou para “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Antes&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Agora&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Não encontrada na nova versão.&lt;/b&gt; Selecione as palavras certas no artigo e reposicione a anotação, ou exclua-a.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Último texto encontrado&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation>Escala de classificação de afirmações</translation>
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation>Escala de classificação de citações</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation>Adicionar uma classificação de afirmações</translation>
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation>Adicionar uma classificação de citações</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>Nova classificação</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation>Remover a classificação de afirmações selecionada</translation>
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation>Remover a classificação de citações selecionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Verdict colour</source>
        <translation>Cor da classificação</translation>
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation>o valor de {label} deve ser um número inteiro</translation>
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
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>&amp;Assunto</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Publicado por</translation>
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation>A&amp;cessado em</translation>
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation>&amp;URL (se estiver on-line)</translation>
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation>Autor ou &amp;veículo</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation>&amp;De ou para (quem)</translation>
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation>&amp;Com (quem)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Tipo de fonte</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL da fonte</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título da fonte</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publicado por</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>Data de acesso</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation>URL da cópia arquivada</translation>
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation>https://web.archive.org/…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>Nota sobre a fonte</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ipo</translation>
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation>Cópia a&amp;rquivada</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>P&amp;osição</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation>O que foi dito ou escrito, e como foi confirmado</translation>
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation>a data deve ter o formato 2026-11-25, não {text}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation>&amp;Sugerir afirmações</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Próxima sugestão</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>Sugestão &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>&amp;Descartar sugestão</translation>
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation>As sugestões esqueceram o que tinham aprendido</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation>
            <numerusform>%n frase pode conter uma afirmação: F7 vai para a próxima, Ctrl+1 a marca, Ctrl+Shift+D a descarta</numerusform>
            <numerusform>%n frases podem conter uma afirmação: F7 vai para a próxima, Ctrl+1 a marca, Ctrl+Shift+D a descarta</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation>Selecione primeiro uma sugestão (F7)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>Resta %n sugestão</numerusform>
            <numerusform>Restam %n sugestões</numerusform>
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
        <translation>checador</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>sem papel na equipe</translation>
    </message>
    <message>
        <source>Database and login</source>
        <translation>Banco de dados e login</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Conec&amp;tar ao banco de dados da equipe…</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>Usar banco de dados &amp;local</translation>
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation>Equipe: {database} · {login} ({role})</translation>
    </message>
    <message>
        <source>Local: {database}</source>
        <translation>Local: {database}</translation>
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation>
            <numerusform>Conexão restabelecida; %n alteração guardada foi salva</numerusform>
            <numerusform>Conexão restabelecida; %n alterações guardadas foram salvas</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>Conexão restabelecida</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Não foi possível abrir o banco de dados</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation>Comparar versões — {title}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Versão anterior</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Versão mais recente</translation>
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation>Versão {number} — {imported}</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>Diferenças entre as versões</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style="{deleted}"&gt;removido&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;adicionado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation>Versão {old} → {new}: {insertions}, {deletions}</translation>
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n inserção</numerusform>
            <numerusform>%n inserções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n remoção</numerusform>
            <numerusform>%n remoções</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation>Versão {number} (mais recente)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versão {number}</translation>
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation>Lendo a versão {number}; as marcações vão para a versão mais recente</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>Importar nova versão</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation>Versão {number} importada — {counts}</translation>
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation>Versão {number} importada: nenhuma anotação</translation>
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation>{message} · o histórico de desfazer recomeça</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>Fila de revisão ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation>Os filtros da lista ocultam esta anotação</translation>
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation>selecione primeiro as palavras certas e depois reposicione</translation>
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation>selecione primeiro as palavras certas na versão mais recente e depois reposicione</translation>
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation>Selecione primeiro uma anotação (na lista)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Relatório HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation>Documento do Word com comentários (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Planilha CSV (*.csv)</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON-LD (*.jsonld)</source>
        <translation>W3C Web Annotation JSON-LD (*.jsonld)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview JSON-LD (*.json)</source>
        <translation>ClaimReview do schema.org em JSON-LD (*.json)</translation>
    </message>
    <message>
        <source>open a document to export</source>
        <translation>abra um documento para exportar</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Gravando {name}…</translation>
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
        <translation>Gravando {name}: página {done} de {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation>Exportação cancelada; {name} não foi gravado</translation>
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation>{name} exportado ({note})</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation>O ClaimReview informa a organização que publica as checagens.</translation>
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation>Defina o nome e o endereço na web da sua organização em Preferências e exporte de novo.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>Abrir &amp;Preferências…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importar anotações</translation>
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation>JSON de Web Annotation ou Hypothesis (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation>
            <numerusform>%n anotação importada de {name}</numerusform>
            <numerusform>%n anotações importadas de {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation>
            <numerusform>{imported}; %n ignorada: {reasons}</numerusform>
            <numerusform>{imported}; %n ignoradas: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation>Rascunhos (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</translation>
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
        <translation>Páginas da web (*.html *.htm)</translation>
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
        <translation>Texto simples (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
</TS>