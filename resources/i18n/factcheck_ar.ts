<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AcceptAnchor</name>
    <message>
        <source>accept the new text</source>
        <translation>قبول النص الجديد</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotation details</source>
        <translation>تفاصيل التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Who made the claim or said the quote</source>
        <translation>صاحب الادعاء أو قائل الاقتباس</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسنَد إلى</translation>
    </message>
    <message>
        <source>Who checks it (blank: nobody yet)</source>
        <translation>مَن يتحقق منه (فارغ: لا أحد بعد)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Notes: what was checked, with whom, what remains</source>
        <translation>ملاحظات: ما تم التحقق منه، ومع مَن، وما تبقّى</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Title / URL</source>
        <translation>العنوان / الرابط</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>إضافة م&amp;صدر…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>ال&amp;حكم</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;الحالة</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>ال&amp;متحدث</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>مُسنَد إ&amp;لى</translation>
    </message>
    <message>
        <source>Select text in the article and mark it as a claim (Ctrl+1), a quote (Ctrl+2) or a note (Ctrl+3).</source>
        <translation>حدّد نصًا في المقال وميّزه كادعاء (Ctrl+1) أو اقتباس (Ctrl+2) أو ملاحظة (Ctrl+3).</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاح&amp;ظات</translation>
    </message>
    <message>
        <source>Only an editor can approve</source>
        <translation>لا يملك صلاحية الاعتماد إلا المحرر</translation>
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
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>[{number}] in reports; id {id} on the command line</source>
        <translation>[{number}] في التقارير؛ المعرّف {id} في سطر الأوامر</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>مرحبًا بك في {app}</translation>
    </message>
    <message>
        <source>Your name, as it should appear on every annotation and change:</source>
        <translation>اسمك كما ينبغي أن يظهر على كل تعليق توضيحي وكل تعديل:</translation>
    </message>
    <message>
        <source>Something went wrong inside {app} ({error}). Your saved work is safe; please report this.</source>
        <translation>حدث خطأ داخل {app} ({error}). عملك المحفوظ في أمان؛ يُرجى الإبلاغ عن هذه المشكلة.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>The draft under review. Select text to mark it.</source>
        <translation>المسودة قيد المراجعة. حدّد نصًا لتمييزه.</translation>
    </message>
</context>
<context>
    <name>CheckedBefore</name>
    <message>
        <source>Checked before</source>
        <translation>سبق التحقق منه</translation>
    </message>
    <message>
        <source>Search &amp;earlier checks…</source>
        <translation>&amp;بحث في التحققات السابقة…</translation>
    </message>
    <message>
        <source>Import &amp;fact-checks…</source>
        <translation>استيراد &amp;عمليات تحقق…</translation>
    </message>
    <message>
        <source>Read a ClaimReview feed into the memory of earlier checks</source>
        <translation>قراءة موجز ClaimReview وإضافته إلى ذاكرة التحققات السابقة</translation>
    </message>
    <message>
        <source>Chec&amp;ked before</source>
        <translation>سبق ال&amp;تحقق منه</translation>
    </message>
    <message>
        <source>Looking for earlier checks…</source>
        <translation>جارٍ البحث عن تحققات سابقة…</translation>
    </message>
    <message>
        <source>Searching earlier checks…</source>
        <translation>جارٍ البحث في التحققات السابقة…</translation>
    </message>
    <message numerus="yes">
        <source>Checked before: %n earlier check(s) of the same claim (View &gt; Checked before)</source>
        <translation>
            <numerusform>سبق التحقق منه: %n تحقق سابق من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
            <numerusform>سبق التحقق منه: تحقق سابق واحد من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
            <numerusform>سبق التحقق منه: تحققان سابقان من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
            <numerusform>سبق التحقق منه: %n تحققات سابقة من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
            <numerusform>سبق التحقق منه: %n تحققًا سابقًا من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
            <numerusform>سبق التحقق منه: %n تحقق سابق من الادعاء نفسه (عرض &gt; سبق التحقق منه)</numerusform>
        </translation>
    </message>
    <message>
        <source>The search did not run: {message}</source>
        <translation>لم يُنفَّذ البحث: {message}</translation>
    </message>
    <message>
        <source>Select the claim to give this verdict first</source>
        <translation>حدّد أولًا الادعاء الذي تريد إعطاءه هذا الحكم</translation>
    </message>
    <message>
        <source>use an earlier verdict</source>
        <translation>اعتماد حكم سابق</translation>
    </message>
    <message>
        <source>“{rating}” is not on your scale: choose the verdict; the earlier check was added as a source</source>
        <translation>«{rating}» ليس ضمن سلّم أحكامك: اختر الحكم؛ أُضيف التحقق السابق كمصدر</translation>
    </message>
    <message>
        <source>Verdict {verdict} used</source>
        <translation>اعتُمد الحكم {verdict}</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” ({rating}, {publisher})</source>
        <translation>هل تريد اعتماد هذا التحقق السابق للادعاء المحدد «{claim}»؟

التحقق السابق: «{earlier}» ({rating}، {publisher})</translation>
    </message>
    <message>
        <source>Use this earlier check for the selected claim “{claim}”?

Earlier check: “{earlier}” (not rated, {publisher})</source>
        <translation>هل تريد اعتماد هذا التحقق السابق للادعاء المحدد «{claim}»؟

التحقق السابق: «{earlier}» (بلا حكم، {publisher})</translation>
    </message>
    <message>
        <source>Open this earlier check in your browser?

{link}</source>
        <translation>هل تريد فتح هذا التحقق السابق في المتصفح؟

{link}</translation>
    </message>
    <message>
        <source>Import fact-checks</source>
        <translation>استيراد عمليات تحقق</translation>
    </message>
    <message>
        <source>ClaimReview feeds (*.json *.jsonld *.jsonl *.ndjson);;All files (*)</source>
        <translation>موجزات ClaimReview (*.json *.jsonld *.jsonl *.ndjson);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading fact-checks from {name}…</source>
        <translation>جارٍ قراءة عمليات التحقق من {name}…</translation>
    </message>
    <message>
        <source>Import of fact-checks cancelled</source>
        <translation>أُلغي استيراد عمليات التحقق</translation>
    </message>
    <message>
        <source>Some records of {name} were skipped:</source>
        <translation>تم تخطي بعض سجلات {name}:</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim</source>
        <translation>
            <numerusform>%n تحقق سابق لهذا الادعاء</numerusform>
            <numerusform>تحقق سابق واحد لهذا الادعاء</numerusform>
            <numerusform>تحققان سابقان لهذا الادعاء</numerusform>
            <numerusform>%n تحققات سابقة لهذا الادعاء</numerusform>
            <numerusform>%n تحققًا سابقًا لهذا الادعاء</numerusform>
            <numerusform>%n تحقق سابق لهذا الادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for this claim, {same} likely the same claim</source>
        <translation>
            <numerusform>%n تحقق سابق لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>تحقق سابق واحد لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>تحققان سابقان لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحققات سابقة لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحققًا سابقًا لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحقق سابق لهذا الادعاء، {same} منها على الأرجح للادعاء نفسه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”</source>
        <translation>
            <numerusform>%n تحقق سابق عن «{query}»</numerusform>
            <numerusform>تحقق سابق واحد عن «{query}»</numerusform>
            <numerusform>تحققان سابقان عن «{query}»</numerusform>
            <numerusform>%n تحققات سابقة عن «{query}»</numerusform>
            <numerusform>%n تحققًا سابقًا عن «{query}»</numerusform>
            <numerusform>%n تحقق سابق عن «{query}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) for “{query}”, {same} likely the same claim</source>
        <translation>
            <numerusform>%n تحقق سابق عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>تحقق سابق واحد عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>تحققان سابقان عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحققات سابقة عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحققًا سابقًا عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
            <numerusform>%n تحقق سابق عن «{query}»، {same} منها على الأرجح للادعاء نفسه</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there, {skipped} skipped</source>
        <translation>عمليات التحقق من {name}: أُضيف {added}، وحُدِّث {updated}، وكان {unchanged} موجودًا أصلًا، وتم تخطي {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {unchanged} already there</source>
        <translation>عمليات التحقق من {name}: أُضيف {added}، وحُدِّث {updated}، وكان {unchanged} موجودًا أصلًا</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated, {skipped} skipped</source>
        <translation>عمليات التحقق من {name}: أُضيف {added}، وحُدِّث {updated}، وتم تخطي {skipped}</translation>
    </message>
    <message>
        <source>Fact-checks from {name}: {added} added, {updated} updated</source>
        <translation>عمليات التحقق من {name}: أُضيف {added}، وحُدِّث {updated}</translation>
    </message>
    <message>
        <source>Earlier check: {title}</source>
        <translation>تحقق سابق: {title}</translation>
    </message>
    <message>
        <source>Earlier check: {claim}</source>
        <translation>تحقق سابق: {claim}</translation>
    </message>
    <message>
        <source>Our earlier check in “{title}”</source>
        <translation>تحققنا السابق في «{title}»</translation>
    </message>
    <message>
        <source>Our earlier check in “another document”</source>
        <translation>تحققنا السابق في «مستند آخر»</translation>
    </message>
</context>
<context>
    <name>CheckedBeforePanel</name>
    <message>
        <source>Search earlier checks</source>
        <translation>البحث في التحققات السابقة</translation>
    </message>
    <message>
        <source>Search every earlier check (Ctrl+Shift+F), or select a claim in the article</source>
        <translation>ابحث في كل التحققات السابقة (Ctrl+Shift+F)، أو حدّد ادعاءً في المقال</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Earlier checks</source>
        <translation>التحققات السابقة</translation>
    </message>
    <message>
        <source>&amp;Use this verdict</source>
        <translation>ا&amp;عتماد هذا الحكم</translation>
    </message>
    <message>
        <source>Give the selected claim this verdict and add the earlier check as a source</source>
        <translation>إعطاء الادعاء المحدد هذا الحكم وإضافة التحقق السابق كمصدر</translation>
    </message>
    <message>
        <source>Open &amp;link…</source>
        <translation>فتح ال&amp;رابط…</translation>
    </message>
    <message>
        <source>Open the earlier check in your browser (asks first)</source>
        <translation>فتح التحقق السابق في المتصفح (بعد التأكيد)</translation>
    </message>
    <message>
        <source>No earlier check found for this claim</source>
        <translation>لم يُعثر على تحقق سابق لهذا الادعاء</translation>
    </message>
    <message>
        <source>No earlier check found for “{query}”</source>
        <translation>لم يُعثر على تحقق سابق عن «{query}»</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>mark claim</source>
        <translation>تمييز ادعاء</translation>
    </message>
    <message>
        <source>mark quote</source>
        <translation>تمييز اقتباس</translation>
    </message>
    <message>
        <source>mark note</source>
        <translation>تمييز ملاحظة</translation>
    </message>
    <message>
        <source>change kind</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>change verdict</source>
        <translation>تغيير الحكم</translation>
    </message>
    <message>
        <source>change review status</source>
        <translation>تغيير حالة المراجعة</translation>
    </message>
    <message>
        <source>change speaker</source>
        <translation>تغيير المتحدث</translation>
    </message>
    <message>
        <source>change notes</source>
        <translation>تعديل الملاحظات</translation>
    </message>
    <message>
        <source>change sources</source>
        <translation>تعديل المصادر</translation>
    </message>
    <message>
        <source>change assignee</source>
        <translation>تغيير المكلَّف</translation>
    </message>
    <message>
        <source>change {field}</source>
        <translation>تغيير {field}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يصدر حكم بعد</translation>
    </message>
    <message>
        <source>(no sources)</source>
        <translation>(لا مصادر)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>عدّله شخص آخر</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}&lt;/b&gt; changed {words} at {when}, while you were editing it. Nothing was overwritten. Which should stay?</source>
        <translation>عدّل &lt;b&gt;{who}&lt;/b&gt; التعليق التوضيحي على {words} في {when} بينما كنت تعدّله. لم يُستبدل شيء. أيّ النسختين تُبقي؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;نسختك&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{who}’s&lt;/b&gt;</source>
        <translation>&lt;b&gt;نسخة {who}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: نسختك</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: نسخة الآخر</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>إبقاء &amp;نسختي</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;قبول نسخة الآخر</translation>
    </message>
    <message>
        <source>&amp;Merge notes</source>
        <translation>&amp;دمج الملاحظات</translation>
    </message>
    <message>
        <source>Their note, then what you added to it</source>
        <translation>ملاحظة الآخر، ثم ما أضفته إليها</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>الاتصال بقاعدة بيانات الفريق</translation>
    </message>
    <message>
        <source>db.newsroom.example</source>
        <translation>db.newsroom.example</translation>
    </message>
    <message>
        <source>factcheck</source>
        <translation>factcheck</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>فارغة: تُؤخذ من PGPASSWORD أو ~/.pgpass</translation>
    </message>
    <message>
        <source>Remember the password in {file}</source>
        <translation>تذكّر كلمة المرور في {file}</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>اختبار الا&amp;تصال</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>ال&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>المن&amp;فذ</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>اسم الم&amp;ستخدم</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>كلمة ال&amp;مرور</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;اتصال</translation>
    </message>
    <message>
        <source>A desk shares one PostgreSQL database. Your login there is the name recorded on your changes; its role says what you may do.</source>
        <translation>يتشارك الفريق قاعدة بيانات PostgreSQL واحدة. اسم الدخول فيها هو الاسم المسجَّل على تعديلاتك، ودوره يحدد ما يُسمح لك به.</translation>
    </message>
    <message>
        <source>give the server, the database and your user name</source>
        <translation>أدخِل الخادم وقاعدة البيانات واسم المستخدم</translation>
    </message>
    <message numerus="yes">
        <source>Connected as {login} ({role}); %n document(s) on the desk</source>
        <translation>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق %n مستند</numerusform>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق مستند واحد</numerusform>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق مستندان</numerusform>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق %n مستندات</numerusform>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق %n مستندًا</numerusform>
            <numerusform>متصل باسم {login} ({role})؛ لدى الفريق %n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>no team role yet</source>
        <translation>لا دور في الفريق بعد</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection problem</source>
        <translation>مشكلة في الاتصال</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>إعادة ال&amp;محاولة</translation>
    </message>
    <message numerus="yes">
        <source>No connection to the team database: {problem}. Reconnecting by itself… [The change|The %n changes] you made [is|are] kept and will be saved when the connection is back.</source>
        <translation>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديلات التي أجريتها (%n) محتفَظ بها وستُحفظ عند عودة الاتصال.</numerusform>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديل الذي أجريته محتفَظ به وسيُحفظ عند عودة الاتصال.</numerusform>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديلان اللذان أجريتهما محتفَظ بهما وسيُحفظان عند عودة الاتصال.</numerusform>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديلات الـ%n التي أجريتها محتفَظ بها وستُحفظ عند عودة الاتصال.</numerusform>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديلات الـ%n التي أجريتها محتفَظ بها وستُحفظ عند عودة الاتصال.</numerusform>
            <numerusform>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… التعديلات الـ%n التي أجريتها محتفَظ بها وستُحفظ عند عودة الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>No connection to the team database: {problem}. Reconnecting by itself… What you type is kept and saved when the connection is back.</source>
        <translation>لا اتصال بقاعدة بيانات الفريق: {problem}. تجري إعادة الاتصال تلقائيًا… ما تكتبه محتفَظ به وسيُحفظ عند عودة الاتصال.</translation>
    </message>
</context>
<context>
    <name>DeleteAnnotation</name>
    <message>
        <source>delete annotation</source>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
</context>
<context>
    <name>DismissOrphan</name>
    <message>
        <source>dismiss from the review queue</source>
        <translation>الاستبعاد من قائمة انتظار المراجعة</translation>
    </message>
</context>
<context>
    <name>DismissSuggestion</name>
    <message>
        <source>dismiss suggestion</source>
        <translation>استبعاد الاقتراح</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Document properties</source>
        <translation>خصائص المستند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Author or byline</source>
        <translation>الكاتب أو التوقيع</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>en, fr, uk…</source>
        <translation>ar, en, fr…</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>ال&amp;كاتب</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>تاريخ ال&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>a document needs a title</source>
        <translation>يجب أن يكون للمستند عنوان</translation>
    </message>
    <message>
        <source>the publication date must look like {example}, not {typed}</source>
        <translation>يجب أن يكون تاريخ النشر بصيغة {example}، لا {typed}</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>تعذّرت كتابة {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>البحث في المقال</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>النتائج المطابقة</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>النتيجة السابقة</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>النتيجة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>النتيجة التالية</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>النتيجة التالية (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>{count}+</source>
        <translation>{count}+</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} من {total}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>In the article or the list</source>
        <translation>في المقال أو القائمة</translation>
    </message>
    <message>
        <source>In the article</source>
        <translation>في المقال</translation>
    </message>
    <message>
        <source>In Find</source>
        <translation>في البحث</translation>
    </message>
    <message>
        <source>Give the selected claim or quote that verdict</source>
        <translation>إعطاء الادعاء أو الاقتباس المحدد هذا الحكم</translation>
    </message>
    <message>
        <source>Clear the verdict</source>
        <translation>مسح الحكم</translation>
    </message>
    <message>
        <source>Delete the selected annotation</source>
        <translation>حذف التعليق التوضيحي المحدد</translation>
    </message>
    <message>
        <source>Move the end of the selected mark by a word</source>
        <translation>تحريك نهاية التمييز المحدد بمقدار كلمة</translation>
    </message>
    <message>
        <source>Move the start of the selected mark by a word</source>
        <translation>تحريك بداية التمييز المحدد بمقدار كلمة</translation>
    </message>
    <message>
        <source>Alt with the above</source>
        <translation>Alt مع ما سبق</translation>
    </message>
    <message>
        <source>…by a letter instead of a word</source>
        <translation>…بمقدار حرف بدلًا من كلمة</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>النتيجة التالية / السابقة</translation>
    </message>
    <message>
        <source>Close Find and go back to the article</source>
        <translation>إغلاق البحث والعودة إلى المقال</translation>
    </message>
    <message>
        <source>In Notes</source>
        <translation>في الملاحظات</translation>
    </message>
    <message>
        <source>Undo typing (after the note is saved: undo the change)</source>
        <translation>التراجع عن الكتابة (بعد حفظ الملاحظة: التراجع عن التعديل)</translation>
    </message>
    <message>
        <source>{app} keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح في {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import a draft&lt;/b&gt; (File &amp;gt; Import, or drop a file on the window): DOCX, ODT, PDF, Markdown, a saved web page or plain text. Paste as a new document works too.</source>
        <translation>&lt;b&gt;استورد مسودة&lt;/b&gt; (ملف &amp;gt; استيراد، أو أفلت ملفًا على النافذة): DOCX أو ODT أو PDF أو Markdown أو صفحة ويب محفوظة أو نص عادي. ويمكن أيضًا اللصق كمستند جديد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mark what needs checking&lt;/b&gt;: select words in the article and press Ctrl+1 for a claim, Ctrl+2 for a quote, Ctrl+3 for a note.</source>
        <translation>&lt;b&gt;ميّز ما يحتاج إلى تحقق&lt;/b&gt;: حدّد كلمات في المقال واضغط Ctrl+1 للادعاء، أو Ctrl+2 للاقتباس، أو Ctrl+3 للملاحظة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate it&lt;/b&gt;: with the article or the list focused, a digit gives a verdict (1 is the first of the scale), 0 clears it. Add the speaker, sources and notes in the panel on the right; everything is saved as you go, and Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;أصدِر الحكم&lt;/b&gt;: حين يكون التركيز على المقال أو القائمة، يعطي الرقم حكمًا (1 هو أول السلّم)، ويمسحه 0. أضف المتحدث والمصادر والملاحظات في اللوحة الجانبية؛ يُحفظ كل شيء أولًا بأول، ويتراجع Ctrl+Z عنه.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work through the list&lt;/b&gt;: F8 goes to the next claim or quote not yet rated. Ctrl+F finds words in the article; Ctrl+Shift+L filters the list.</source>
        <translation>&lt;b&gt;تابِع القائمة&lt;/b&gt;: ينتقل F8 إلى الادعاء أو الاقتباس التالي الذي لم يصدر فيه حكم بعد. يبحث Ctrl+F عن كلمات في المقال، ويصفّي Ctrl+Shift+L القائمة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;A new draft arrives&lt;/b&gt;: File &amp;gt; Import new version. Annotations follow the text; those whose words changed or vanished wait in the review queue (Ctrl+R).</source>
        <translation>&lt;b&gt;وصلت مسودة جديدة&lt;/b&gt;: ملف &amp;gt; استيراد نسخة جديدة. تتبع التعليقاتُ التوضيحية النص؛ وما تغيّرت كلماته أو اختفت ينتظر في قائمة انتظار المراجعة (Ctrl+R).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish&lt;/b&gt;: File &amp;gt; Export writes a report (HTML, PDF, DOCX, Markdown, CSV) or data (W3C Web Annotation, ClaimReview).</source>
        <translation>&lt;b&gt;انشر&lt;/b&gt;: ملف &amp;gt; تصدير يكتب تقريرًا (HTML أو PDF أو DOCX أو Markdown أو CSV) أو بيانات (W3C Web Annotation أو ClaimReview).</translation>
    </message>
    <message>
        <source>Getting started with {app}</source>
        <translation>بدء العمل مع {app}</translation>
    </message>
    <message>
        <source>Press F1 at any time for the keyboard shortcuts. Nothing here needs a network: {app} never loads anything from the internet by itself.</source>
        <translation>اضغط F1 في أي وقت لعرض اختصارات لوحة المفاتيح. لا يحتاج شيء هنا إلى الشبكة: لا يحمّل {app} أي شيء من الإنترنت من تلقاء نفسه.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message numerus="yes">
        <source>{name} was imported with %n note(s):</source>
        <translation>
            <numerusform>استُورد {name} مع %n ملاحظة:</numerusform>
            <numerusform>استُورد {name} مع ملاحظة واحدة:</numerusform>
            <numerusform>استُورد {name} مع ملاحظتين:</numerusform>
            <numerusform>استُورد {name} مع %n ملاحظات:</numerusform>
            <numerusform>استُورد {name} مع %n ملاحظة:</numerusform>
            <numerusform>استُورد {name} مع %n ملاحظة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Claims</source>
        <translation>ادعاءات</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>في موضعه</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>منقول</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>متغيّر</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>still not found (dismissed)</source>
        <translation>ما زال غير موجود (مُستبعَد)</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>ذو صلة</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>الوسيلة الإعلامية</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>ادعاءات</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>اقتباسات</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>صدر الحكم في {rated} من {total}، واعتُمد {approved}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>مُسنَد إلى {name}</translation>
    </message>
    <message>
        <source>Worked on by {names}</source>
        <translation>عمل عليه: {names}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Document library</source>
        <translation>مكتبة المستندات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ت&amp;سمية…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>&amp;إسناد…</translation>
    </message>
    <message>
        <source>Say who works on this document</source>
        <translation>تحديد مَن يعمل على هذا المستند</translation>
    </message>
    <message>
        <source>{rated} of {total} rated, {approved} approved</source>
        <translation>صدر الحكم في {rated} من {total}، واعتُمد {approved}</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>مُسنَد إلى {name}</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>غير مُسنَد</translation>
    </message>
    <message>
        <source>worked on by {names}</source>
        <translation>عمل عليه: {names}</translation>
    </message>
    <message>
        <source>Assign document</source>
        <translation>إسناد المستند</translation>
    </message>
    <message>
        <source>Who works on “{title}”? (blank: nobody)</source>
        <translation>مَن يعمل على «{title}»؟ (فارغ: لا أحد)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>إعادة تسمية المستند</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>حذف المستند</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {claims} and {quotes}? This cannot be undone.</source>
        <translation>هل تريد حذف «{title}» ومعه: {claims} و{quotes}؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Version shown</source>
        <translation>النسخة المعروضة</translation>
    </message>
    <message>
        <source>Read an older version of the draft</source>
        <translation>قراءة نسخة أقدم من المسودة</translation>
    </message>
    <message>
        <source>Filter by text</source>
        <translation>التصفية حسب النص</translation>
    </message>
    <message>
        <source>Filter: text, speaker, notes</source>
        <translation>تصفية: النص، المتحدث، الملاحظات</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>التصفية حسب الحكم</translation>
    </message>
    <message>
        <source>Filter by review status</source>
        <translation>التصفية حسب حالة المراجعة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;مهامي</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>مُسنَد إليّ</translation>
    </message>
    <message>
        <source>Only what is assigned to me</source>
        <translation>ما أُسند إليّ فقط</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>Counts by verdict</source>
        <translation>الأعداد حسب الحكم</translation>
    </message>
    <message>
        <source>{name} is already in the library; opened it</source>
        <translation>{name} موجود في المكتبة أصلًا؛ تم فتحه</translation>
    </message>
    <message>
        <source>Imported {name}</source>
        <translation>تم استيراد {name}</translation>
    </message>
    <message>
        <source>Import of {name} cancelled</source>
        <translation>أُلغي استيراد {name}</translation>
    </message>
    <message>
        <source>Import a draft</source>
        <translation>استيراد مسودة</translation>
    </message>
    <message>
        <source>the clipboard holds no text to import</source>
        <translation>لا تحتوي الحافظة على نص لاستيراده</translation>
    </message>
    <message>
        <source>Import dropped file</source>
        <translation>استيراد الملف المُفلَت</translation>
    </message>
    <message>
        <source>Is {name} a new version of “{title}”?</source>
        <translation>هل {name} نسخة جديدة من «{title}»؟</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>نسخة جديدة</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>مستند جديد</translation>
    </message>
    <message>
        <source>Switch to the newest version to mark text</source>
        <translation>انتقل إلى أحدث نسخة لتمييز النص</translation>
    </message>
    <message>
        <source>Select some text in the article first</source>
        <translation>حدّد نصًا في المقال أولًا</translation>
    </message>
    <message>
        <source>Mark them again as a second, separate annotation?</source>
        <translation>هل تريد تمييزها مرة أخرى كتعليق توضيحي ثانٍ مستقل؟</translation>
    </message>
    <message>
        <source>Mark &amp;again</source>
        <translation>ت&amp;مييز مجددًا</translation>
    </message>
    <message>
        <source>&amp;Show the existing one</source>
        <translation>&amp;عرض التمييز الموجود</translation>
    </message>
    <message>
        <source>These words are already marked as a claim.</source>
        <translation>هذه الكلمات مميَّزة أصلًا كادعاء.</translation>
    </message>
    <message>
        <source>These words are already marked as a quote.</source>
        <translation>هذه الكلمات مميَّزة أصلًا كاقتباس.</translation>
    </message>
    <message>
        <source>These words are already marked as a note.</source>
        <translation>هذه الكلمات مميَّزة أصلًا كملاحظة.</translation>
    </message>
    <message>
        <source>These words are already marked as a claim [{number}].</source>
        <translation>هذه الكلمات مميَّزة أصلًا كادعاء [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a quote [{number}].</source>
        <translation>هذه الكلمات مميَّزة أصلًا كاقتباس [{number}].</translation>
    </message>
    <message>
        <source>These words are already marked as a note [{number}].</source>
        <translation>هذه الكلمات مميَّزة أصلًا كملاحظة [{number}].</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a claim: it was cleared (Ctrl+Z brings it back)</source>
        <translation>«{verdict}» ليس حكمًا للادعاءات: تم مسحه (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a quote: it was cleared (Ctrl+Z brings it back)</source>
        <translation>«{verdict}» ليس حكمًا للاقتباسات: تم مسحه (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>“{verdict}” is not a verdict for a note: it was cleared (Ctrl+Z brings it back)</source>
        <translation>«{verdict}» ليس حكمًا للملاحظات: تم مسحه (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>Kept: it is saved when the connection is back</source>
        <translation>محتفَظ به: يُحفظ عند عودة الاتصال</translation>
    </message>
    <message>
        <source>Put the caret on a mark (or pick it in the list) to rate it</source>
        <translation>ضع المؤشر على نص مميَّز (أو اختره من القائمة) لإصدار حكم عليه</translation>
    </message>
    <message>
        <source>This annotation lost its text in the new version: see the review queue</source>
        <translation>فقد هذا التعليق التوضيحي نصه في النسخة الجديدة: راجع قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>Every claim and quote has a verdict</source>
        <translation>صدر حكم في كل ادعاء واقتباس</translation>
    </message>
    <message>
        <source>{verdict} &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>{verdict} &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not rated &lt;b&gt;{count}&lt;/b&gt;</source>
        <translation>بلا حكم &lt;b&gt;{count}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>أي حكم</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>{verdict} (quotes)</source>
        <translation>{verdict} (اقتباسات)</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>لم يُحفظ: {message}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>بدء الاستخدام</translation>
    </message>
    <message>
        <source>Annotation and fact-checking for newsroom drafts.</source>
        <translation>التعليق التوضيحي والتحقق من المعلومات لمسودات غرف الأخبار.</translation>
    </message>
    <message>
        <source>Built with Qt for Python (PySide6, LGPL v3).</source>
        <translation>مبني باستخدام Qt for Python (PySide6، LGPL v3).</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Only an editor can delete documents on the team database</source>
        <translation>لا يملك صلاحية حذف المستندات من قاعدة بيانات الفريق إلا المحرر</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>&amp;Paste as new document</source>
        <translation>&amp;لصق كمستند جديد</translation>
    </message>
    <message>
        <source>Import new &amp;version…</source>
        <translation>استيراد &amp;نسخة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>&amp;مقارنة النسخ…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Import &amp;annotations…</source>
        <translation>استيراد &amp;تعليقات توضيحية…</translation>
    </message>
    <message>
        <source>Document &amp;properties…</source>
        <translation>&amp;خصائص المستند…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>التف&amp;ضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Mark as &amp;claim</source>
        <translation>تمييز ك&amp;ادعاء</translation>
    </message>
    <message>
        <source>Mark as &amp;quote</source>
        <translation>تمييز كا&amp;قتباس</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;نقل إلى التحديد</translation>
    </message>
    <message>
        <source>Move the selected annotation onto the words selected in the article</source>
        <translation>نقل التعليق التوضيحي المحدد إلى الكلمات المحددة في المقال</translation>
    </message>
    <message>
        <source>&amp;Next not rated</source>
        <translation>&amp;التالي بلا حكم</translation>
    </message>
    <message>
        <source>&amp;Previous not rated</source>
        <translation>ال&amp;سابق بلا حكم</translation>
    </message>
    <message>
        <source>&amp;Find in article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find ne&amp;xt</source>
        <translation>البحث عن التا&amp;لي</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>F&amp;ilter annotations</source>
        <translation>تص&amp;فية التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;بدء الاستخدام</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>ال&amp;مقال</translation>
    </message>
    <message>
        <source>Annotation &amp;list</source>
        <translation>&amp;قائمة التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Annotation &amp;panel</source>
        <translation>&amp;لوحة التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Librar&amp;y</source>
        <translation>المك&amp;تبة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>جهة التحقق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>الادعاء</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>{publisher} (our desk)</source>
        <translation>{publisher} (فريقنا)</translation>
    </message>
</context>
<context>
    <name>MemorySearcher</name>
    <message>
        <source>the search failed ({error})</source>
        <translation>فشل البحث ({error})</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Not rated yet</source>
        <translation>لم يصدر حكم بعد</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>{verdict} (other scale)</source>
        <translation>{verdict} (سلّم آخر)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>المكلَّف</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>{when}  {author}: deleted</source>
        <translation>{when}  {author}: حذفه</translation>
    </message>
    <message>
        <source>{when}  {author}: restored</source>
        <translation>{when}  {author}: استعاده</translation>
    </message>
    <message>
        <source>{when}  {author}: created</source>
        <translation>{when}  {author}: أنشأه</translation>
    </message>
    <message>
        <source>{when}  {author}: changed the sources</source>
        <translation>{when}  {author}: عدّل المصادر</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {new}</source>
        <translation>{when}  {author}: {field} {new}</translation>
    </message>
    <message>
        <source>{when}  {author}: {field} {old} → {new}</source>
        <translation>{when}  {author}: {field} {old} ← {new}</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>{title} — page {page} of {pages}</source>
        <translation>{title} — الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>تقرير التحقق: {title}</translation>
    </message>
    <message>
        <source>cannot write {file}: the PDF could not be opened</source>
        <translation>تعذّرت كتابة {file}: لم يمكن فتح ملف PDF</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>On the team database your login ({login}) is recorded on every change</source>
        <translation>في قاعدة بيانات الفريق يُسجَّل اسم دخولك ({login}) على كل تعديل</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>عنوان موقع المؤسسة</translation>
    </message>
    <message>
        <source>Article font size</source>
        <translation>حجم خط المقال</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>لغة الواجهة نفسها</translation>
    </message>
    <message>
        <source>&amp;Learn from the claims we mark and the suggestions we dismiss</source>
        <translation>ال&amp;تعلّم من الادعاءات التي نميّزها والاقتراحات التي نستبعدها</translation>
    </message>
    <message>
        <source>&amp;Reset what was learnt…</source>
        <translation>&amp;إعادة ضبط ما تم تعلّمه…</translation>
    </message>
    <message>
        <source>Forget the suggestions dismissed so far and the claims marked until now</source>
        <translation>نسيان الاقتراحات المستبعدة حتى الآن والادعاءات المميَّزة حتى اللحظة</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>الا&amp;دعاءات</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>الاقت&amp;باسات</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;رابط المؤسسة</translation>
    </message>
    <message>
        <source>Article &amp;font size</source>
        <translation>&amp;حجم خط المقال</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Reports in</source>
        <translation>لغة الت&amp;قارير</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Verdict scales (double-click a colour to change it; the first nine verdicts of each have the number keys 1–9):</source>
        <translation>سلالم الأحكام (انقر نقرًا مزدوجًا على لون لتغييره؛ لأول تسعة أحكام في كل سلّم مفاتيح الأرقام 1–9):</translation>
    </message>
    <message>
        <source>Reset suggestions</source>
        <translation>إعادة ضبط الاقتراحات</translation>
    </message>
    <message>
        <source>Forget what suggestions learnt from this desk (the sentences dismissed, the claims marked until now)? Suggestions go back to the built-in rules.</source>
        <translation>هل تريد أن تنسى الاقتراحات ما تعلّمته من هذا الفريق (الجمل المستبعدة، والادعاءات المميَّزة حتى الآن)؟ ستعود الاقتراحات إلى القواعد المدمجة.</translation>
    </message>
    <message>
        <source>Will be reset on OK</source>
        <translation>سيُعاد الضبط عند الضغط على «موافق»</translation>
    </message>
    <message>
        <source>the claim scale needs at least one verdict</source>
        <translation>يحتاج سلّم الادعاءات إلى حكم واحد على الأقل</translation>
    </message>
    <message>
        <source>the quote scale needs at least one verdict</source>
        <translation>يحتاج سلّم الاقتباسات إلى حكم واحد على الأقل</translation>
    </message>
    <message>
        <source>Factcheck will be in {language} the next time it starts.</source>
        <translation>سيعمل Factcheck باللغة {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Factcheck will follow the system's language ({language}) the next time it starts.</source>
        <translation>سيتّبع Factcheck لغة النظام ({language}) عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Speaker: {speaker}</source>
        <translation>المتحدث: {speaker}</translation>
    </message>
    <message>
        <source>Source ({stance}):</source>
        <translation>المصدر ({stance}):</translation>
    </message>
    <message>
        <source>Annotations not found in this version</source>
        <translation>تعليقات توضيحية غير موجودة في هذه النسخة</translation>
    </message>
    <message>
        <source>Fact-check report: {title}</source>
        <translation>تقرير التحقق: {title}</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>نُشر في {date}</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>النسخ:</translation>
    </message>
    <message>
        <source>this report covers version {number}</source>
        <translation>يغطي هذا التقرير النسخة {number}</translation>
    </message>
    <message>
        <source>Report generated {time}</source>
        <translation>أُعدّ التقرير في {time}</translation>
    </message>
    <message>
        <source>Report generated {time} by {organisation}</source>
        <translation>أُعدّ التقرير في {time} لدى {organisation}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Claims and quotes</source>
        <translation>الادعاءات والاقتباسات</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>حالة المراجعة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>The article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>not found in version {number}</source>
        <translation>غير موجود في النسخة {number}</translation>
    </message>
    <message>
        <source>wording changed in the new version</source>
        <translation>تغيّرت الصياغة في النسخة الجديدة</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>{stance}:</source>
        <translation>{stance}:</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>تاريخ الاطلاع {date}</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>نسخة مؤرشفة</translation>
    </message>
    <message>
        <source>Reviewer: {reviewer} · created {created} · last changed {changed}</source>
        <translation>المدقّق: {reviewer} · أُنشئ في {created} · آخر تعديل في {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%n more not found in version {number}: listed last, not counted here.</source>
        <translation>
            <numerusform>%n من التعليقات التوضيحية الأخرى غير موجودة في النسخة {number}: مُدرجة في النهاية ولا تُحتسب هنا.</numerusform>
            <numerusform>تعليق توضيحي آخر غير موجود في النسخة {number}: مُدرج في النهاية ولا يُحتسب هنا.</numerusform>
            <numerusform>تعليقان توضيحيان آخران غير موجودين في النسخة {number}: مُدرجان في النهاية ولا يُحتسبان هنا.</numerusform>
            <numerusform>%n تعليقات توضيحية أخرى غير موجودة في النسخة {number}: مُدرجة في النهاية ولا تُحتسب هنا.</numerusform>
            <numerusform>%n من التعليقات التوضيحية الأخرى غير موجودة في النسخة {number}: مُدرجة في النهاية ولا تُحتسب هنا.</numerusform>
            <numerusform>%n من التعليقات التوضيحية الأخرى غير موجودة في النسخة {number}: مُدرجة في النهاية ولا تُحتسب هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source># Fact-check: {title}</source>
        <translation># التحقق: {title}</translation>
    </message>
    <message>
        <source>Version {number} · {counts} · generated {time}</source>
        <translation>النسخة {number} · {counts} · أُعدّ في {time}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>not found in this version</source>
        <translation>غير موجود في هذه النسخة</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n ادعاء</numerusform>
            <numerusform>ادعاء واحد</numerusform>
            <numerusform>ادعاءان</numerusform>
            <numerusform>%n ادعاءات</numerusform>
            <numerusform>%n ادعاءً</numerusform>
            <numerusform>%n ادعاء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n اقتباس</numerusform>
            <numerusform>اقتباس واحد</numerusform>
            <numerusform>اقتباسان</numerusform>
            <numerusform>%n اقتباسات</numerusform>
            <numerusform>%n اقتباسًا</numerusform>
            <numerusform>%n اقتباس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>ملاحظة واحدة</numerusform>
            <numerusform>ملاحظتان</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message>
        <source>To check</source>
        <translation>بانتظار التحقق</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <source>Refutes</source>
        <translation>يدحض</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>سياق</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>لم يصدر حكم بعد</translation>
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
        <translation>تعديل الكلمات المميَّزة</translation>
    </message>
    <message>
        <source>re-target annotation</source>
        <translation>نقل التعليق التوضيحي</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>The database is still opening; try again in a moment.</source>
        <translation>ما زال فتح قاعدة البيانات جاريًا؛ أعد المحاولة بعد لحظات.</translation>
    </message>
    <message>
        <source>{message}: look at it again</source>
        <translation>{message}: ألقِ نظرة عليه مجددًا</translation>
    </message>
    <message numerus="yes">
        <source>{people} changed %n annotation(s)</source>
        <translation>
            <numerusform>عدّل {people} %n تعليق توضيحي</numerusform>
            <numerusform>عدّل {people} تعليقًا توضيحيًا واحدًا</numerusform>
            <numerusform>عدّل {people} تعليقين توضيحيين</numerusform>
            <numerusform>عدّل {people} %n تعليقات توضيحية</numerusform>
            <numerusform>عدّل {people} %n تعليقًا توضيحيًا</numerusform>
            <numerusform>عدّل {people} %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n annotation(s)</source>
        <translation>
            <numerusform>عدّل أحدهم %n تعليق توضيحي</numerusform>
            <numerusform>عدّل أحدهم تعليقًا توضيحيًا واحدًا</numerusform>
            <numerusform>عدّل أحدهم تعليقين توضيحيين</numerusform>
            <numerusform>عدّل أحدهم %n تعليقات توضيحية</numerusform>
            <numerusform>عدّل أحدهم %n تعليقًا توضيحيًا</numerusform>
            <numerusform>عدّل أحدهم %n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message>
        <source>A new version was imported by {person}; showing it</source>
        <translation>استورد {person} نسخة جديدة؛ يجري عرضها</translation>
    </message>
    <message>
        <source>A new version was imported by someone; showing it</source>
        <translation>استورد أحدهم نسخة جديدة؛ يجري عرضها</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Review queue</source>
        <translation>قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>Annotations to review after a new version</source>
        <translation>تعليقات توضيحية تحتاج إلى مراجعة بعد نسخة جديدة</translation>
    </message>
    <message>
        <source>Old and new text</source>
        <translation>النص القديم والجديد</translation>
    </message>
    <message>
        <source>Nothing to review: every annotation found its text.</source>
        <translation>لا شيء للمراجعة: وجد كل تعليق توضيحي نصه.</translation>
    </message>
    <message>
        <source>&amp;Accept new text</source>
        <translation>&amp;قبول النص الجديد</translation>
    </message>
    <message>
        <source>&amp;Re-target to selection</source>
        <translation>&amp;نقل إلى التحديد</translation>
    </message>
    <message>
        <source>Select the right words in the article first</source>
        <translation>حدّد الكلمات الصحيحة في المقال أولًا</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Di&amp;smiss</source>
        <translation>ا&amp;ستبعاد</translation>
    </message>
    <message>
        <source>Leave it as not found: out of the queue, kept with its verdict and history</source>
        <translation>إبقاؤه «غير موجود»: يخرج من القائمة ويُحتفظ به بحكمه وسجله</translation>
    </message>
    <message>
        <source>Changed: {words}</source>
        <translation>متغيّر: {words}</translation>
    </message>
    <message>
        <source>Orphaned: {words}</source>
        <translation>مفقود: {words}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The wording changed.&lt;/b&gt; The verdict was kept; the status is back to “{status}”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Before&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;تغيّرت الصياغة.&lt;/b&gt; بقي الحكم كما هو؛ وعادت الحالة إلى «{status}».&lt;/p&gt;&lt;p&gt;&lt;b&gt;قبل&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;&lt;p&gt;&lt;b&gt;الآن&lt;/b&gt;&lt;br&gt;{now}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not found in the new version.&lt;/b&gt; Select the right words in the article and re-target, or delete it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Last seen&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;غير موجود في النسخة الجديدة.&lt;/b&gt; حدّد الكلمات الصحيحة في المقال وانقله إليها، أو احذفه.&lt;/p&gt;&lt;p&gt;&lt;b&gt;آخر ظهور&lt;/b&gt;&lt;br&gt;{before}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ScaleEditor</name>
    <message>
        <source>Verdict scale for claims</source>
        <translation>سلّم أحكام الادعاءات</translation>
    </message>
    <message>
        <source>Verdict scale for quotes</source>
        <translation>سلّم أحكام الاقتباسات</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a verdict for claims</source>
        <translation>إضافة حكم للادعاءات</translation>
    </message>
    <message>
        <source>Add a verdict for quotes</source>
        <translation>إضافة حكم للاقتباسات</translation>
    </message>
    <message>
        <source>New verdict</source>
        <translation>حكم جديد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the verdict selected for claims</source>
        <translation>إزالة الحكم المحدد للادعاءات</translation>
    </message>
    <message>
        <source>Remove the verdict selected for quotes</source>
        <translation>إزالة الحكم المحدد للاقتباسات</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Verdict colour</source>
        <translation>لون الحكم</translation>
    </message>
    <message>
        <source>the rating of {label} must be a whole number</source>
        <translation>يجب أن تكون قيمة {label} عددًا صحيحًا</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>&amp;URL</source>
        <translation>ال&amp;رابط</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>المو&amp;ضوع</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>النا&amp;شر</translation>
    </message>
    <message>
        <source>&amp;Accessed</source>
        <translation>&amp;تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>&amp;URL (if online)</source>
        <translation>ال&amp;رابط (إن كان منشورًا على الإنترنت)</translation>
    </message>
    <message>
        <source>&amp;Author or publisher</source>
        <translation>الكاتب أو النا&amp;شر</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;From or to (who)</source>
        <translation>من أو إ&amp;لى (مَن)</translation>
    </message>
    <message>
        <source>&amp;With (who)</source>
        <translation>م&amp;ع (مَن)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Archived copy URL</source>
        <translation>رابط النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>https://web.archive.org/…</source>
        <translation>https://web.archive.org/…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source note</source>
        <translation>ملاحظة عن المصدر</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>Arc&amp;hived copy</source>
        <translation>ن&amp;سخة مؤرشفة</translation>
    </message>
    <message>
        <source>&amp;Stance</source>
        <translation>مو&amp;قف المصدر</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>What was said or written, and how it was confirmed</source>
        <translation>ما قيل أو كُتب، وكيف تم التأكد منه</translation>
    </message>
    <message>
        <source>the date must look like 2026-11-25, not {text}</source>
        <translation>يجب أن يكون التاريخ بصيغة 2026-11-25، لا {text}</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>&amp;Suggest claims</source>
        <translation>ا&amp;قتراح ادعاءات</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Dismiss suggestion</source>
        <translation>استب&amp;عاد الاقتراح</translation>
    </message>
    <message>
        <source>Suggestions forgot what they learnt</source>
        <translation>نسيت الاقتراحات ما تعلّمته</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) may hold a claim: F7 goes to the next, Ctrl+1 marks it, Ctrl+Shift+D dismisses it</source>
        <translation>
            <numerusform>%n جملة قد تتضمن ادعاءً: F7 للانتقال إلى التالية، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
            <numerusform>جملة واحدة قد تتضمن ادعاءً: F7 للانتقال إليها، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
            <numerusform>جملتان قد تتضمنان ادعاءً: F7 للانتقال إلى التالية، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
            <numerusform>%n جمل قد تتضمن ادعاءً: F7 للانتقال إلى التالية، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
            <numerusform>%n جملة قد تتضمن ادعاءً: F7 للانتقال إلى التالية، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
            <numerusform>%n جملة قد تتضمن ادعاءً: F7 للانتقال إلى التالية، وCtrl+1 لتمييزها، وCtrl+Shift+D لاستبعادها</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a suggestion first (F7)</source>
        <translation>حدّد اقتراحًا أولًا (F7)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) left</source>
        <translation>
            <numerusform>تبقّى %n اقتراح</numerusform>
            <numerusform>تبقّى اقتراح واحد</numerusform>
            <numerusform>تبقّى اقتراحان</numerusform>
            <numerusform>تبقّت %n اقتراحات</numerusform>
            <numerusform>تبقّى %n اقتراحًا</numerusform>
            <numerusform>تبقّى %n اقتراح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamDesk</name>
    <message>
        <source>editor</source>
        <translation>محرّر</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>مدقّق</translation>
    </message>
    <message>
        <source>no team role</source>
        <translation>بلا دور في الفريق</translation>
    </message>
    <message>
        <source>Database and login</source>
        <translation>قاعدة البيانات وتسجيل الدخول</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>الاتصال بقاعدة بيانات ال&amp;فريق…</translation>
    </message>
    <message>
        <source>Use &amp;local database</source>
        <translation>استخدام قاعدة بيانات م&amp;حلية</translation>
    </message>
    <message>
        <source>Team: {database} · {login} ({role})</source>
        <translation>الفريق: {database} · {login} ({role})</translation>
    </message>
    <message>
        <source>Local: {database}</source>
        <translation>محلي: {database}</translation>
    </message>
    <message numerus="yes">
        <source>Connection back; saved %n kept change(s)</source>
        <translation>
            <numerusform>عاد الاتصال؛ حُفظ %n من التعديلات المحتفَظ بها</numerusform>
            <numerusform>عاد الاتصال؛ حُفظ التعديل الوحيد المحتفَظ به</numerusform>
            <numerusform>عاد الاتصال؛ حُفظ التعديلان المحتفَظ بهما</numerusform>
            <numerusform>عاد الاتصال؛ حُفظت %n تعديلات محتفَظ بها</numerusform>
            <numerusform>عاد الاتصال؛ حُفظ %n تعديلًا محتفَظًا به</numerusform>
            <numerusform>عاد الاتصال؛ حُفظ %n من التعديلات المحتفَظ بها</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection back</source>
        <translation>عاد الاتصال</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>VersionCompareDialog</name>
    <message>
        <source>Compare versions — {title}</source>
        <translation>مقارنة النسخ — {title}</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>النسخة الأقدم</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>النسخة الأحدث</translation>
    </message>
    <message>
        <source>Version {number} — {imported}</source>
        <translation>النسخة {number} — {imported}</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>الفروق بين النسختين</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>&lt;span style="{deleted}"&gt;removed&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;added&lt;/span&gt;</source>
        <translation>&lt;span style="{deleted}"&gt;محذوف&lt;/span&gt;&amp;nbsp;&amp;nbsp;&lt;span style="{inserted}"&gt;مُضاف&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Version {old} → {new}: {insertions}, {deletions}</source>
        <translation>النسخة {old} ← {new}: {insertions}، {deletions}</translation>
    </message>
    <message numerus="yes">
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n مقطع مُضاف</numerusform>
            <numerusform>مقطع مُضاف واحد</numerusform>
            <numerusform>مقطعان مُضافان</numerusform>
            <numerusform>%n مقاطع مُضافة</numerusform>
            <numerusform>%n مقطعًا مُضافًا</numerusform>
            <numerusform>%n مقطع مُضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n مقطع محذوف</numerusform>
            <numerusform>مقطع محذوف واحد</numerusform>
            <numerusform>مقطعان محذوفان</numerusform>
            <numerusform>%n مقاطع محذوفة</numerusform>
            <numerusform>%n مقطعًا محذوفًا</numerusform>
            <numerusform>%n مقطع محذوف</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowAnchoring</name>
    <message>
        <source>Version {number} (newest)</source>
        <translation>النسخة {number} (الأحدث)</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>Reading version {number}; marks go on the newest version</source>
        <translation>أنت تقرأ النسخة {number}؛ يُضاف التمييز إلى أحدث نسخة</translation>
    </message>
    <message>
        <source>Import a new version</source>
        <translation>استيراد نسخة جديدة</translation>
    </message>
    <message>
        <source>{count} {state}</source>
        <translation>{state}: {count}</translation>
    </message>
    <message>
        <source>Version {number} imported: {counts}</source>
        <translation>استُوردت النسخة {number}: {counts}</translation>
    </message>
    <message>
        <source>Version {number} imported: no annotations</source>
        <translation>استُوردت النسخة {number}: لا تعليقات توضيحية</translation>
    </message>
    <message>
        <source>{message} · the undo history starts again</source>
        <translation>{message} · يبدأ سجل التراجع من جديد</translation>
    </message>
    <message>
        <source>Review queue ({count})</source>
        <translation>قائمة انتظار المراجعة ({count})</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة انتظار المراجعة</translation>
    </message>
    <message>
        <source>The list's filters hide this annotation</source>
        <translation>عوامل تصفية القائمة تُخفي هذا التعليق التوضيحي</translation>
    </message>
    <message>
        <source>select the right words first, then re-target</source>
        <translation>حدّد الكلمات الصحيحة أولًا، ثم انقله إليها</translation>
    </message>
    <message>
        <source>select the right words of the newest version first, then re-target</source>
        <translation>حدّد الكلمات الصحيحة في أحدث نسخة أولًا، ثم انقله إليها</translation>
    </message>
    <message>
        <source>Select an annotation first (in the list)</source>
        <translation>حدّد تعليقًا توضيحيًا أولًا (في القائمة)</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>تقرير HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>تقرير PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word document with comments (*.docx)</source>
        <translation>مستند Word مع تعليقات (*.docx)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>جدول بيانات CSV (*.csv)</translation>
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
        <translation>افتح مستندًا لتصديره</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>جارٍ كتابة {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Writing {name}: page {done} of {total}…</source>
        <translation>جارٍ كتابة {name}: الصفحة {done} من {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; {name} was not written</source>
        <translation>أُلغي التصدير؛ لم يُكتب {name}</translation>
    </message>
    <message>
        <source>Exported {name} ({note})</source>
        <translation>تم تصدير {name} ({note})</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>تم تصدير {name}</translation>
    </message>
    <message>
        <source>ClaimReview names the organisation that publishes the checks.</source>
        <translation>يذكر ClaimReview اسم المؤسسة التي تنشر عمليات التحقق.</translation>
    </message>
    <message>
        <source>Set your organisation's name and web address in Preferences, then export again.</source>
        <translation>أدخِل اسم مؤسستك وعنوان موقعها في التفضيلات، ثم أعد التصدير.</translation>
    </message>
    <message>
        <source>Open &amp;Preferences…</source>
        <translation>فتح ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>استيراد تعليقات توضيحية</translation>
    </message>
    <message>
        <source>Web Annotation or Hypothesis JSON (*.json *.jsonld)</source>
        <translation>Web Annotation أو Hypothesis JSON (*.json *.jsonld)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from {name}</source>
        <translation>
            <numerusform>استُورد %n تعليق توضيحي من {name}</numerusform>
            <numerusform>استُورد تعليق توضيحي واحد من {name}</numerusform>
            <numerusform>استُورد تعليقان توضيحيان من {name}</numerusform>
            <numerusform>استُوردت %n تعليقات توضيحية من {name}</numerusform>
            <numerusform>استُورد %n تعليقًا توضيحيًا من {name}</numerusform>
            <numerusform>استُورد %n تعليق توضيحي من {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}; %n skipped: {reasons}</source>
        <translation>
            <numerusform>{imported}؛ وتم تخطي %n عنصر: {reasons}</numerusform>
            <numerusform>{imported}؛ وتم تخطي عنصر واحد: {reasons}</numerusform>
            <numerusform>{imported}؛ وتم تخطي عنصرين: {reasons}</numerusform>
            <numerusform>{imported}؛ وتم تخطي %n عناصر: {reasons}</numerusform>
            <numerusform>{imported}؛ وتم تخطي %n عنصرًا: {reasons}</numerusform>
            <numerusform>{imported}؛ وتم تخطي %n عنصر: {reasons}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSettings</name>
    <message>
        <source>Drafts (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</source>
        <translation>مسودات (*.docx *.odt *.html *.htm *.md *.markdown *.pdf *.txt *.text)</translation>
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
        <translation>صفحات ويب (*.html *.htm)</translation>
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
        <translation>نص عادي (*.txt *.text)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
</TS>