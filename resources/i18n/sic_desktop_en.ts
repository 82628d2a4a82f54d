<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AccessReport</name>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="22"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Subject access request (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="28"/>
        <source>Alle Angaben, die in SIC Desktop zu dieser Person gespeichert sind, Stand {when}, zusammengestellt von {user}. Notizen können Angaben über weitere Personen enthalten: diese vor der Herausgabe prüfen und gegebenenfalls schwärzen (Art. 15 Abs. 4 DSGVO).</source>
        <translation>Everything SIC Desktop stores about this person as of {when}, compiled by {user}. Notes may contain information about other people: check them before handing this out and black out what concerns others (Art. 15(4) GDPR).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="38"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="39"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="39"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="39"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="68"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="74"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="39"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="44"/>
        <source>Kooperationen</source>
        <translation>Cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="45"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="45"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="45"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="46"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="46"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="53"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="55"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="161"/>
        <source>Keine.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="60"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="61"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="61"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="61"/>
        <source>Bezug</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="62"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="63"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="93"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="123"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="63"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="123"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="67"/>
        <source>Begründete Speicherung (Datenschutz-Prüfung)</source>
        <translation>Kept with a reason (privacy review)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="68"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="68"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="73"/>
        <source>Änderungsprotokoll des Kontakts</source>
        <translation>Change history of the contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="74"/>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="74"/>
        <source>Vorgang</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="74"/>
        <source>Felder</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="78"/>
        <source>Zur internen Prüfung vor der Herausgabe</source>
        <translation>For internal review before handing out</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="80"/>
        <source>Diese Einträge nennen den Namen oder eine Adresse der Person im Text, sind aber nicht mit ihr verknüpft. Bitte von Hand prüfen, ob sie die Person betreffen, und nur dann (geschwärzt) beifügen.</source>
        <translation>These entries mention the person&apos;s name or an address in their text but are not linked to the person. Check by hand whether they concern the person, and only then add them (with other people&apos;s data blacked out).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="89"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="89"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="89"/>
        <source>Fundstelle</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="90"/>
        <source>Im Papierkorb</source>
        <translation>In the trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="105"/>
        <source>Gespeicherte Angaben zur Person</source>
        <translation>Stored data about the person</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="127"/>
        <source>Angelegt</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="128"/>
        <source>Zuletzt geändert</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="131"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="147"/>
        <source>Im Papierkorb seit</source>
        <translation>In the trash since</translation>
    </message>
</context>
<context>
    <name>AttachmentPane</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="52"/>
        <source>&amp;Anhänge</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="56"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="65"/>
        <source>Dateien hierher ziehen oder „Hinzufügen …“ wählen.</source>
        <translation>Drag files here or choose “Add …”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="70"/>
        <source>Hin&amp;zufügen …</source>
        <translation>A&amp;dd …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="72"/>
        <source>Ö&amp;ffnen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="75"/>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="76"/>
        <source>Anhang entfernen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="144"/>
        <source>Datei anhängen</source>
        <translation>Attach file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="144"/>
        <source>Alle Dateien (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="158"/>
        <source>Angehängt: {names}</source>
        <translation>Attached: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="173"/>
        <source>Für „{name}“ ist kein Programm eingerichtet. Die Kopie liegt in {folder}.</source>
        <translation>No program is set up for “{name}”. The copy is in {folder}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="185"/>
        <source>{names} endgültig entfernen?</source>
        <translation>Remove {names} for good?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="185"/>
        <source>&amp;Entfernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_pane.py" line="212"/>
        <source>Es kam keine Datei an. Aus Outlook bitte die E-Mail zuerst in einen Ordner ziehen (oder „Datei → Speichern unter“) und dann diese Datei hierher ziehen.</source>
        <translation>No file arrived. From Outlook, please first drag the e-mail into a folder (or use “File → Save as”) and then drag that file here.</translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message>
        <location filename="../../sic_desktop/io/attachment_text.py" line="69"/>
        <source>Anhänge werden für die Suche gelesen …</source>
        <translation>Reading attachments for the search …</translation>
    </message>
</context>
<context>
    <name>AttachmentTextKeeper</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/attachment_text_keeper.py" line="55"/>
        <source>Anhänge für die Suche gelesen: {count}</source>
        <translation>Attachments read for the search: {count}</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../sic_desktop/core/attachment_store.py" line="78"/>
        <source>Der Anhang „{name}“ konnte nicht gespeichert werden: {reason}</source>
        <translation>The attachment “{name}” could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/attachment_store.py" line="146"/>
        <source>Die Datei „{name}“ ist größer als {limit} MB und wurde nicht angehängt. Bitte eine kleinere Fassung anhängen (z. B. die PDF verkleinern) oder die Datei auf dem Laufwerk ablegen und den Pfad in die Notiz schreiben.</source>
        <translation>The file “{name}” is larger than {limit} MB and was not attached. Please attach a smaller version (e.g. shrink the PDF) or keep the file on the drive and write its path into the note.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/attachment_store.py" line="155"/>
        <source>Die Datei des Anhangs „{name}“ liegt nicht im Datenordner dieses Rechners. Mit dem Teamserver bleiben Anhänge im Datenordner des Rechners, auf dem sie angehängt wurden; dort öffnen.</source>
        <translation>The file of the attachment „{name}“ is not in this computer&apos;s data folder. With the team server, attachments stay in the data folder of the computer on which they were attached; open it there.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/attachment_store.py" line="159"/>
        <source>Die Datei des Anhangs „{name}“ fehlt im Datenordner. Bitte aus einer Sicherung wiederherstellen.</source>
        <translation>The file of the attachment “{name}” is missing from the data folder. Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/attachment_store.py" line="165"/>
        <source>Der Anhang „{name}“ ist beschädigt (die Prüfsumme stimmt nicht). Bitte aus einer Sicherung wiederherstellen.</source>
        <translation>The attachment “{name}” is damaged (the checksum does not match). Please restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="79"/>
        <source>Die Datei „{name}“ gibt es nicht.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="82"/>
        <source>„{name}“ ist ein Ordner. Bitte einzelne Dateien anhängen.</source>
        <translation>“{name}” is a folder. Please attach single files.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="86"/>
        <source>Die Datei „{name}“ lässt sich nicht lesen (keine Berechtigung oder in einem anderen Programm geöffnet).</source>
        <translation>The file “{name}” cannot be read (no permission, or open in another program).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="132"/>
        <location filename="../../sic_desktop/core/services/attachments.py" line="274"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="172"/>
        <source>Der Anhang „{name}“ ist beschädigt (die Prüfsumme stimmt nicht).</source>
        <translation>The attachment “{name}” is damaged (the checksum does not match).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="228"/>
        <source>Die Datei des Anhangs „{name}“ fehlt neben der Exportdatei (Ordner „{folder}“).</source>
        <translation>The file of the attachment “{name}” is missing beside the export file (folder “{folder}”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="234"/>
        <source>Der Anhang „{name}“ neben der Exportdatei ist beschädigt (die Prüfsumme stimmt nicht).</source>
        <translation>The attachment “{name}” beside the export file is damaged (the checksum does not match).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/attachments.py" line="256"/>
        <source>An {kind} lassen sich keine Dateien anhängen.</source>
        <translation>Files cannot be attached to {kind}.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../sic_desktop/core/backups.py" line="136"/>
        <source>Die Sicherung „{name}“ konnte nicht angelegt werden. {reason}</source>
        <translation>The backup “{name}” could not be made. {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/backups.py" line="160"/>
        <source>Die Kopie „{name}“ konnte nicht geschrieben werden: {reason}</source>
        <translation>The copy “{name}” could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/backups.py" line="191"/>
        <source>Der Sicherungsordner „{path}“ ist nicht erreichbar ({reason}). Bitte prüfen, ob das Netzlaufwerk verbunden ist, oder in den Einstellungen einen anderen Ordner wählen.</source>
        <translation>The backup folder “{path}” cannot be reached ({reason}). Please check that the network drive is connected, or choose another folder in the settings.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/restore.py" line="40"/>
        <source>Die Datei „{path}“ gibt es nicht.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/restore.py" line="44"/>
        <source>Die Datei „{path}“ ist keine Sicherung von SIC Desktop (sie ist leer).</source>
        <translation>The file “{path}” is not a SIC Desktop backup (it is empty).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/restore.py" line="51"/>
        <source>Die Sicherung „{path}“ ist beschädigt ({reason}) und wird nicht wiederhergestellt. Bitte eine andere Sicherung wählen.</source>
        <translation>The backup “{path}” is damaged ({reason}) and is not restored. Please choose another backup.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/restore.py" line="66"/>
        <source>„{path}“ ist die Datenbank selbst, keine Sicherung.</source>
        <translation>“{path}” is the database itself, not a backup.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="110"/>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="125"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="116"/>
        <source>Sicherungsordner: {path}</source>
        <translation>Backup folder: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="119"/>
        <source>Ordner ö&amp;ffnen</source>
        <translation>O&amp;pen folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="129"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="129"/>
        <source>Anlass</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="129"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="138"/>
        <source>Sicherungen entstehen beim ersten Start des Tages, vor jedem Import und vor dem Zusammenführen von Duplikaten. Aufbewahrt werden die neueste Sicherung je Tag für {days}, je Woche für {weeks} und je Monat für {months} sowie alle Sicherungen der letzten 24 Stunden (einstellbar unter Datei → Einstellungen).</source>
        <translation>Backups are made at the first start of each day, before every import and before duplicates are merged. Kept are the newest backup of each day for {days}, of each week for {weeks} and of each month for {months}, and every backup of the last 24 hours (see File → Settings).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="143"/>
        <source>1 Tag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="143"/>
        <source>{count} Tage</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="144"/>
        <source>1 Woche</source>
        <translation>1 week</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="144"/>
        <source>{count} Wochen</source>
        <translation>{count} weeks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="145"/>
        <source>1 Monat</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="145"/>
        <source>{count} Monate</source>
        <translation>{count} months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="153"/>
        <source>Sicherung &amp;jetzt erstellen</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="156"/>
        <source>&amp;Andere Sicherungsdatei …</source>
        <translation>&amp;Other backup file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="157"/>
        <source>Eine Sicherung von einem anderen Ort wiederherstellen (USB-Stick, Netzlaufwerk)</source>
        <translation>Restore a backup from somewhere else (USB stick, network drive)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="159"/>
        <source>&amp;Wiederherstellen …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="202"/>
        <source>Sicherung wählen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="202"/>
        <source>SIC-Desktop-Sicherung (*.sqlite3);;Alle Dateien (*)</source>
        <translation>SIC Desktop backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="212"/>
        <source>Die Daten werden auf den Stand der Sicherung vom {when} zurückgesetzt. Was seitdem eingegeben wurde, fehlt danach.

Der jetzige Stand geht nicht verloren: Er wird vorher als Sicherung „Stand vor einer Wiederherstellung“ im Sicherungsordner aufbewahrt.

Das Programmfenster wird dazu geschlossen und mit den wiederhergestellten Daten neu geöffnet.</source>
        <translation>The data will go back to the state of the backup from {when}. Anything entered since then will be missing.

The current state is not lost: it is first kept as a backup “state before a restore” in the backup folder.

The program window will close and reopen with the restored data.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="217"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="220"/>
        <source>Die Sicherung wird wiederhergestellt …</source>
        <translation>Restoring the backup …</translation>
    </message>
</context>
<context>
    <name>BackupNote</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/backup_note.py" line="19"/>
        <source>Keine Sicherung im Sicherungsordner dieses Rechners enthält die Person.</source>
        <translation>No backup in this computer&apos;s backup folder contains the person.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/backup_note.py" line="24"/>
        <source>wird am {date} gelöscht</source>
        <translation>deleted on {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/backup_note.py" line="26"/>
        <source>wird nicht automatisch gelöscht</source>
        <translation>not deleted automatically</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/backup_note.py" line="28"/>
        <source>Diese Sicherungen im Sicherungsordner dieses Rechners enthalten die Person noch, bis sie gelöscht werden. Verwenden Sie sie nur, um Daten wiederherzustellen, und löschen Sie die Person danach erneut:</source>
        <translation>These backups in this computer&apos;s backup folder still contain the person until they are deleted. Use them only to restore data, and delete the person again afterwards:</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="37"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="42"/>
        <source>Die Daten liegen auf dem Teamserver; ihn sichert die IT mit pg_dump. Sicherungsordner und Aufbewahrung gelten nur, wenn SIC Desktop mit einem lokalen Datenordner arbeitet.</source>
        <translation>The data lies on the team server; IT backs it up with pg_dump. Backup folder and retention apply only when SIC Desktop works with a local data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="50"/>
        <source>Standard: {path}</source>
        <translation>Default: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="54"/>
        <source>&amp;Auswählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="57"/>
        <source>S&amp;tandard</source>
        <translation>De&amp;fault</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="58"/>
        <source>Den Unterordner „backups“ im Datenordner verwenden</source>
        <translation>Use the “backups” folder inside the data folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="61"/>
        <source>Sicherungs&amp;ordner:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="70"/>
        <source> Tage</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="70"/>
        <source> Tag</source>
        <translation> day</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="71"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="71"/>
        <source> Woche</source>
        <translation> week</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="72"/>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="72"/>
        <source> Monat</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="74"/>
        <source>Aufbe&amp;wahren je:</source>
        <translation>&amp;Keep one per:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="78"/>
        <source>Von jedem Tag, jeder Woche und jedem Monat bleibt die neueste Sicherung; alle Sicherungen der letzten 24 Stunden bleiben immer.</source>
        <translation>The newest backup of each day, week and month is kept; every backup of the last 24 hours is always kept.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="93"/>
        <source>Aufbewahren je</source>
        <translation>Keep one per</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="102"/>
        <source>Sicherungsordner wählen</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_settings.py" line="120"/>
        <source>✓ Der Ordner ist erreichbar, Sicherungen können dort gespeichert werden.</source>
        <translation>✓ The folder can be reached; backups can be saved there.</translation>
    </message>
</context>
<context>
    <name>BackupWarningBar</name>
    <message>
        <location filename="../../sic_desktop/ui/io/start_backup.py" line="65"/>
        <source>Hinweis zur Sicherung</source>
        <translation>Backup notice</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/start_backup.py" line="80"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/start_backup.py" line="83"/>
        <source>Erneut &amp;versuchen</source>
        <translation>&amp;Try again</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="53"/>
        <source>automatisch beim ersten Start des Tages</source>
        <translation>automatic, first start of the day</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="54"/>
        <source>von Hand angelegt</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="55"/>
        <source>vor einem Import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="56"/>
        <source>Stand vor einer Wiederherstellung</source>
        <translation>state before a restore</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="57"/>
        <source>vor dem Zusammenführen von Duplikaten</source>
        <translation>before merging duplicates</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="62"/>
        <source>vor einem Programm-Update (Datenstand {version})</source>
        <translation>before a program update (data version {version})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="78"/>
        <source>Sicherung wird erstellt …</source>
        <translation>Making a backup …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="82"/>
        <source>Sicherung angelegt: „{name}“ ({size}) in {folder}</source>
        <translation>Backup made: “{name}” ({size}) in {folder}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="95"/>
        <source>Sicherung vom {when} wiederhergestellt.</source>
        <translation>Backup from {when} restored.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/backup_dialog.py" line="97"/>
        <source>Der vorherige Stand liegt als „{name}“ im Sicherungsordner.</source>
        <translation>The previous state is kept as “{name}” in the backup folder.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="37"/>
        <source>Es gibt noch keine Themenfelder. Legen Sie eines unter „Bearbeiten → Themenfelder verwalten“ an.</source>
        <translation>There are no theme fields yet. Create one under “Edit → Manage theme fields”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="54"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating the PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="56"/>
        <source>Abgebrochen. Es wurde keine PDF gespeichert.</source>
        <translation>Cancelled. No PDF was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="66"/>
        <source>Word-Datei gespeichert: {path}</source>
        <translation>Word file saved: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="68"/>
        <source>Word-Datei gespeichert, ließ sich aber nicht öffnen: {path}</source>
        <translation>Word file saved but could not be opened: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="72"/>
        <source>Word-Datei wird erstellt …</source>
        <translation>Creating the Word file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="74"/>
        <source>Abgebrochen. Es wurde keine Word-Datei gespeichert.</source>
        <translation>Cancelled. No Word file was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="91"/>
        <source>PDF gespeichert ({pages}): {path}</source>
        <translation>PDF saved ({pages}): {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="93"/>
        <source>PDF gespeichert ({pages}), ließ sich aber nicht öffnen: {path}</source>
        <translation>PDF saved ({pages}) but it could not be opened: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="106"/>
        <source>Hinweis zur PDF „{name}“</source>
        <translation>Note on the PDF “{name}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="120"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/run_briefing.py" line="121"/>
        <source>{count} Seiten</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="85"/>
        <source>Themenfeldbericht als PDF</source>
        <translation>Theme field report as PDF</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="85"/>
        <source>Briefing als PDF</source>
        <translation>Briefing as PDF</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="114"/>
        <source>&amp;Themenfeld:</source>
        <translation>&amp;Theme field:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="128"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="130"/>
        <source>Ohne Zeitraum enthält der Bericht alle gespeicherten Einträge und kann sehr lang werden.</source>
        <translation>Without a period the report covers every stored entry and can get very long.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="151"/>
        <source>Abschnitte:</source>
        <translation>Sections:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="158"/>
        <source>Anzahl der neuesten Notizen</source>
        <translation>Number of newest notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="160"/>
        <source>&amp;Neueste Notizen:</source>
        <translation>&amp;Newest notes:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="163"/>
        <source>Notizen im vollen &amp;Wortlaut (sonst kurz zusammengefasst)</source>
        <translation>Notes in &amp;full (otherwise a short summary)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="167"/>
        <source>&amp;ohne persönliche Kontaktdaten (zur Weitergabe außerhalb der Verwaltung)</source>
        <translation>&amp;without personal contact details (for sharing outside the administration)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="171"/>
        <source>Personen stehen nur mit Namen und Funktion in der PDF; E-Mail-Adressen und Telefonnummern fehlen, auch in Notizen.</source>
        <translation>People appear in the PDF with name and function only; e-mail addresses and phone numbers are left out, in notes too.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="182"/>
        <source>keine Einstufung</source>
        <translation>no classification</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="184"/>
        <source>Steht oben und unten auf jeder Seite. Gilt nur für diese PDF; die Vorgabe steht in den Einstellungen.</source>
        <translation>Printed at the top and bottom of every page. Applies to this PDF only; the default is set in the settings.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="186"/>
        <source>&amp;Einstufung:</source>
        <translation>Cla&amp;ssification:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="190"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="193"/>
        <source>Speichern &amp;unter:</source>
        <translation>Sa&amp;ve as:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="199"/>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="255"/>
        <source>&amp;PDF erstellen</source>
        <translation>&amp;Create PDF</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="203"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="216"/>
        <source>„{name}“</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="220"/>
        <source>{count} {kind} in einer PDF, je ein Kapitel: {names}</source>
        <translation>{count} {kind} in one PDF, one chapter each: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="255"/>
        <source>&amp;Word-Datei erstellen</source>
        <translation>Create &amp;Word file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="282"/>
        <source>Abschnitte</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="282"/>
        <source>Bitte mindestens einen Abschnitt wählen.</source>
        <translation>Please choose at least one section.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="308"/>
        <source>Die Datei „{name}“ gibt es schon. Soll sie ersetzt werden?</source>
        <translation>The file “{name}” already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/options_dialog.py" line="308"/>
        <source>&amp;Ersetzen</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>BriefingPeriod</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period.py" line="40"/>
        <source>&amp;Letztes Jahr</source>
        <translation>&amp;Last year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period.py" line="41"/>
        <source>&amp;Dieses Jahr</source>
        <translation>T&amp;his year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period.py" line="42"/>
        <source>Letzte &amp;12 Monate</source>
        <translation>Last &amp;12 months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period.py" line="43"/>
        <source>&amp;Gesamter Zeitraum</source>
        <translation>&amp;Whole period</translation>
    </message>
</context>
<context>
    <name>Briefings</name>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="82"/>
        <source>Für das Briefing ist kein Datensatz gewählt.</source>
        <translation>No record has been chosen for the briefing.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="96"/>
        <source>„{title}“: {section}</source>
        <translation>“{title}”: {section}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="58"/>
        <source>PDF wird gesetzt …</source>
        <translation>Laying out the PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="108"/>
        <source>Themenfeldbericht</source>
        <translation>Theme field report</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="108"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="122"/>
        <source>Für {kind} gibt es kein Briefing.</source>
        <translation>There is no briefing for {kind}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="133"/>
        <source>Themenfeldbericht: {name}</source>
        <translation>Theme field report: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="135"/>
        <source>Briefing: {name}</source>
        <translation>Briefing: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="113"/>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="138"/>
        <source>Datensätze</source>
        <translation>records</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="139"/>
        <source>Briefing: {count} {kind}</source>
        <translation>Briefing: {count} {kind}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="141"/>
        <source>Stand {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="143"/>
        <source>Zeitraum {period}</source>
        <translation>Period {period}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/build.py" line="153"/>
        <source>Ohne persönliche Kontaktdaten: Personen stehen hier nur mit Namen und Funktion. E-Mail-Adressen und Telefonnummern sind weggelassen, auch in Notizen.</source>
        <translation>Without personal contact data: persons appear with name and function only. E-mail addresses and phone numbers have been left out, in notes too.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/contact_data.py" line="25"/>
        <source>[E-Mail-Adresse entfernt]</source>
        <translation>[e-mail address removed]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/contact_data.py" line="33"/>
        <source>[Telefonnummer entfernt]</source>
        <translation>[phone number removed]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="52"/>
        <source>Keine Partner eingetragen.</source>
        <translation>No partners entered.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="63"/>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="81"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="64"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="65"/>
        <source>Sektor oder Funktion</source>
        <translation>Sector or function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="84"/>
        <source>Kein Statusverlauf gespeichert.</source>
        <translation>No status history stored.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="90"/>
        <source>eingetragen von {user}</source>
        <translation>entered by {user}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/cooperation.py" line="97"/>
        <source>Nicht eingetragen.</source>
        <translation>Not entered.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="37"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="44"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="51"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="38"/>
        <source>Kontakte und Funktionen</source>
        <translation>Contacts and functions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="39"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="46"/>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="71"/>
        <source>Kooperationen</source>
        <translation>Cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="40"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="47"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="113"/>
        <source>Letzte Notizen</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="41"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="48"/>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="56"/>
        <source>Offene Wiedervorlagen</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="45"/>
        <source>Organisationen und Funktionen</source>
        <translation>Organisations and functions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="52"/>
        <source>Partner und Rollen</source>
        <translation>Partners and roles</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="53"/>
        <source>Statusverlauf</source>
        <translation>Status history</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="54"/>
        <source>Ziele, Vereinbarungen, Ergebnisse</source>
        <translation>Goals, agreements, results</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="55"/>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="78"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="59"/>
        <source>Überblick</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="60"/>
        <source>Kooperationen nach Status</source>
        <translation>Cooperations by status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="61"/>
        <source>Beteiligte Organisationen nach Sektor</source>
        <translation>Organisations involved, by sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="62"/>
        <source>Netzwerk und Lücken</source>
        <translation>Network and gaps</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="63"/>
        <source>Notizen im Zeitraum</source>
        <translation>Notes in the period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="105"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="106"/>
        <source>Der Zeitraum endet ({end}) vor seinem Beginn ({start}).</source>
        <translation>The period ends ({end}) before it begins ({start}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="114"/>
        <source>Die Zahl der Notizen darf nicht negativ sein.</source>
        <translation>The number of notes must not be negative.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="124"/>
        <source>{start} bis {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="126"/>
        <source>ab {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/options.py" line="128"/>
        <source>bis {end}</source>
        <translation>until {end}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="44"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="65"/>
        <source>Keine Kontakte eingetragen.</source>
        <translation>No contacts entered.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="67"/>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="67"/>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="84"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/organisation.py" line="77"/>
        <source>E-Mail und Telefon</source>
        <translation>E-mail and phone</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="49"/>
        <source>Rechtsgrundlage (DSGVO)</source>
        <translation>Legal basis (GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="63"/>
        <source>Hinweise</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="68"/>
        <source>Einwilligung vom {date}</source>
        <translation>Consent of {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="76"/>
        <source>Keiner Organisation zugeordnet.</source>
        <translation>Not assigned to any organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="83"/>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="97"/>
        <source>Beteiligt als</source>
        <translation>Takes part as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/person.py" line="108"/>
        <source>persönlich</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="69"/>
        <source>Die {shown} neuesten von {total} Notizen</source>
        <translation>The {shown} newest of {total} notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="71"/>
        <source>im Zeitraum {period}</source>
        <translation>in the period {period}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="83"/>
        <source>Keine Notizen im Zeitraum {period}.</source>
        <translation>No notes in the period {period}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="85"/>
        <source>Keine Notizen.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="91"/>
        <source>(ohne Titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="95"/>
        <source>Teilnehmende: {names}</source>
        <translation>Participants: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="127"/>
        <source>Keine Kooperationen eingetragen.</source>
        <translation>No cooperations entered.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="130"/>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="89"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="133"/>
        <source>Weitere Partner</source>
        <translation>Other partners</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="145"/>
        <source>Keine offenen Wiedervorlagen.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/record_chapter.py" line="168"/>
        <source>{date} (überfällig)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/texts.py" line="27"/>
        <source>bis {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="66"/>
        <source>gesamter Zeitraum</source>
        <translation>whole period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="69"/>
        <source>Themenfeld</source>
        <translation>Theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="70"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="73"/>
        <source>Beteiligte Organisationen</source>
        <translation>Organisations involved</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="74"/>
        <source>{count} aus {sectors} Sektoren</source>
        <translation>{count} from {sectors} sectors</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="86"/>
        <source>Keine Kooperationen in diesem Themenfeld.</source>
        <translation>No cooperations in this theme field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="106"/>
        <source>Keine Organisationen in diesem Themenfeld.</source>
        <translation>No organisations in this theme field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="111"/>
        <source>Kooperationen im Themenfeld</source>
        <translation>Cooperations in the theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="117"/>
        <source>Ohne Sektor</source>
        <translation>No sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/briefings/theme.py" line="143"/>
        <source>Verknüpft mit</source>
        <translation>Linked to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="17"/>
        <source>Wirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="21"/>
        <source>Noch keine Indikatoren angelegt.</source>
        <translation>No indicators yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="29"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="29"/>
        <source>Stufe</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="29"/>
        <source>Zuletzt</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="30"/>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="30"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/briefing_section.py" line="30"/>
        <source>Ampel</source>
        <translation>Traffic light</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="42"/>
        <source>1 Wiedervorlage in den Kalender exportiert.</source>
        <translation>1 follow-up exported to the calendar.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="44"/>
        <source>{count} Wiedervorlagen in den Kalender exportiert.</source>
        <translation>{count} follow-ups exported to the calendar.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="46"/>
        <source>{count} erledigte nicht exportiert.</source>
        <translation>{count} done ones not exported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="48"/>
        <source>{count} ohne Fälligkeitsdatum nicht exportiert.</source>
        <translation>{count} without a due date not exported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="79"/>
        <source>SIC Desktop – Wiedervorlagen</source>
        <translation>SIC Desktop – follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="108"/>
        <source>Wiedervorlage: {text}</source>
        <translation>Follow-up: {text}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="110"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="124"/>
        <source>Bezug: {type} „{title}“ (Nr. {id})</source>
        <translation>Regarding: {type} “{title}” (no. {id})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="129"/>
        <source>Zuständig: {name}</source>
        <translation>Responsible: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/calendar_export.py" line="130"/>
        <source>Wiedervorlage Nr. {id} in SIC Desktop</source>
        <translation>Follow-up no. {id} in SIC Desktop</translation>
    </message>
</context>
<context>
    <name>CalendarAction</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/calendar_action.py" line="19"/>
        <source>Wiedervorlagen in den Kalender exportieren</source>
        <translation>Export follow-ups to the calendar</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/calendar_action.py" line="20"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/calendar_action.py" line="21"/>
        <source>Kalenderdatei (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="31"/>
        <source>Die Datenbank ist beschädigt. Damit nichts verloren geht, schreibt SIC Desktop nichts mehr in sie; bitte die neueste Sicherung wiederherstellen (Datei → Sicherung oder „sic-desktop restore DATEI“).</source>
        <translation>The database is damaged. So that nothing is lost, SIC Desktop writes nothing more into it; please restore the newest backup (File → Backup or “sic-desktop restore FILE”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="36"/>
        <source>SQLite meldet einen Schaden: {detail}</source>
        <translation>SQLite reports damage: {detail}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="64"/>
        <source>Die Datei trägt nicht die Kennung von SIC Desktop.</source>
        <translation>The file does not carry the SIC Desktop identifier.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="68"/>
        <source>Datenstand {version} statt {expected}.</source>
        <translation>Data version {version} instead of {expected}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="72"/>
        <source>Verwaiste Verknüpfung in „{table}“: verweist auf fehlende „{parent}“.</source>
        <translation>Orphaned link in “{table}”: points to a missing “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="74"/>
        <source>Verwaiste Verknüpfung in „{table}“ (Zeile {rowid}): verweist auf fehlende „{parent}“.</source>
        <translation>Orphaned link in “{table}” (row {rowid}): points to a missing “{parent}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/database_check.py" line="89"/>
        <source>Kooperation Nr. {id}: Der Status passt nicht zur Statushistorie.</source>
        <translation>Cooperation no. {id}: the status does not match the status history.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/consistency.py" line="50"/>
        <source>Der Suchindex ist beschädigt. Ihre Daten sind davon nicht betroffen; „sic-desktop reindex“ oder der nächste Programmstart baut ihn neu auf.</source>
        <translation>The search index is damaged. Your data is not affected; “sic-desktop reindex” or the next start of the program rebuilds it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/consistency.py" line="35"/>
        <source>Es gibt noch keinen Suchindex; er wird beim nächsten Programmstart oder mit „sic-desktop reindex“ aufgebaut.</source>
        <translation>There is no search index yet; it is built at the next start of the program or with “sic-desktop reindex”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/consistency.py" line="39"/>
        <source>Der Suchindex ist nicht auf dem neuesten Stand; er wird beim nächsten Programmstart oder mit „sic-desktop reindex“ neu aufgebaut.</source>
        <translation>The search index is not up to date; it is rebuilt at the next start of the program or with “sic-desktop reindex”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/consistency.py" line="61"/>
        <source>Der Suchindex enthält {indexed} {records}, die Datenbank {live}. „sic-desktop reindex“ baut ihn neu auf.</source>
        <translation>The search index holds {indexed} {records}, the database {live}. “sic-desktop reindex” rebuilds it.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="63"/>
        <source>SIC Desktop – Kontakte, Kooperationen und Notizen für die Arbeit an sozialer Innovation. Ohne Befehl startet das Programmfenster.</source>
        <translation>SIC Desktop – contacts, cooperations and notes for work on social innovation. Without a command, the program window opens.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="73"/>
        <source>prüfen, ob die Installation funktioniert (für die IT; arbeitet mit Demodaten in einem temporären Ordner und ändert keine Daten); Rückgabewert 0 oder 1</source>
        <translation>check that the installation works (for IT; works with demo data in a temporary folder and changes no data); exit code 0 or 1</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="81"/>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="45"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="55"/>
        <location filename="../../sic_desktop/cli/server.py" line="28"/>
        <location filename="../../sic_desktop/cli/server.py" line="30"/>
        <source>ORDNER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="82"/>
        <source>Datenordner (sonst SIC_DESKTOP_DATA_DIR oder der lokale Anwendungsdatenordner des Benutzers)</source>
        <translation>data folder (otherwise SIC_DESKTOP_DATA_DIR or the user&apos;s local application data folder)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="89"/>
        <source>ADRESSE</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="90"/>
        <source>Teamserver statt Datenordner, z. B. postgresql://anna@sic-server:5432/sic (sonst SIC_DESKTOP_SERVER; ohne beides der lokale Datenordner)</source>
        <translation>team server instead of a data folder, e.g. postgresql://anna@sic-server:5432/sic (otherwise SIC_DESKTOP_SERVER; without either, the local data folder)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="98"/>
        <source>Sprache dieses Aufrufs: de oder en (sonst SIC_DESKTOP_LANGUAGE oder die Sprache aus den Einstellungen des Programmfensters)</source>
        <translation>language of this run: de or en (otherwise SIC_DESKTOP_LANGUAGE or the language set in the program window&apos;s settings)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="105"/>
        <source>BEFEHL</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="119"/>
        <source>Versionsnummer zeigen und beenden</source>
        <translation>show the program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="176"/>
        <location filename="../../sic_desktop/cli/__init__.py" line="182"/>
        <source>Fehler: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/__init__.py" line="188"/>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="21"/>
        <source>notiz, organisation, kontakt oder kooperation</source>
        <translation>note, organisation, contact or cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="26"/>
        <source>Dateien an Notizen, Organisationen, Kontakten und Kooperationen</source>
        <translation>files attached to notes, organisations, contacts and cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="27"/>
        <source>Hängt Dateien an Datensätze an, listet sie oder öffnet sie mit dem zuständigen Programm.</source>
        <translation>Attaches files to records, lists them or opens them with the program meant for them.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="32"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="37"/>
        <source>AKTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="33"/>
        <source>Dateien anhängen</source>
        <translation>attach files</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="34"/>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="39"/>
        <location filename="../../sic_desktop/cli/briefing.py" line="28"/>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="22"/>
        <location filename="../../sic_desktop/cli/history_command.py" line="22"/>
        <location filename="../../sic_desktop/cli/records.py" line="24"/>
        <location filename="../../sic_desktop/cli/records.py" line="36"/>
        <location filename="../../sic_desktop/cli/search.py" line="41"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="94"/>
        <source>ART</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="35"/>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="40"/>
        <location filename="../../sic_desktop/cli/briefing.py" line="29"/>
        <location filename="../../sic_desktop/cli/calendar.py" line="35"/>
        <location filename="../../sic_desktop/cli/calendar.py" line="39"/>
        <location filename="../../sic_desktop/cli/history_command.py" line="27"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="68"/>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="27"/>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="33"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="47"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="54"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="67"/>
        <location filename="../../sic_desktop/cli/records.py" line="37"/>
        <source>NR</source>
        <translation>NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="36"/>
        <location filename="../../sic_desktop/cli/backup.py" line="29"/>
        <location filename="../../sic_desktop/cli/backup.py" line="42"/>
        <location filename="../../sic_desktop/cli/mail.py" line="26"/>
        <location filename="../../sic_desktop/cli/map.py" line="26"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="59"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="67"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="78"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="93"/>
        <source>DATEI</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="38"/>
        <source>Anhänge eines Datensatzes zeigen</source>
        <translation>show a record&apos;s attachments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="41"/>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="24"/>
        <location filename="../../sic_desktop/cli/history_command.py" line="28"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="42"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="47"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="63"/>
        <location filename="../../sic_desktop/cli/map.py" line="43"/>
        <location filename="../../sic_desktop/cli/map.py" line="54"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="41"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="97"/>
        <location filename="../../sic_desktop/cli/records.py" line="38"/>
        <source>als JSON ausgeben</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="43"/>
        <source>einen Anhang mit dem zuständigen Programm öffnen</source>
        <translation>open an attachment with the program meant for it</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="44"/>
        <source>ANHANG-NR</source>
        <translation>ATTACHMENT-NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="44"/>
        <source>Nummer aus „anhang list“</source>
        <translation>number from “anhang list”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="46"/>
        <source>nur eine Kopie in diesem Ordner speichern, nicht öffnen</source>
        <translation>only save a copy in this folder, do not open it</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="52"/>
        <source>An {kind} lassen sich keine Dateien anhängen. Möglich: {types}.</source>
        <translation>Files cannot be attached to {kind}. Possible: {types}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="62"/>
        <source>Angehängt: „{name}“ (Anhang Nr. {id}, {size}).</source>
        <translation>Attached: “{name}” (attachment no. {id}, {size}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="77"/>
        <source>Keine Anhänge.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="80"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="94"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="126"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="182"/>
        <location filename="../../sic_desktop/cli/map.py" line="153"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="134"/>
        <location filename="../../sic_desktop/cli/records.py" line="51"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="80"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="80"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="81"/>
        <source>Hinzugefügt</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="81"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="204"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/attachment_commands.py" line="90"/>
        <source>Kopie gespeichert: {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="22"/>
        <source>Sicherung der Datenbank anlegen</source>
        <translation>make a backup of the database</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="30"/>
        <source>Sicherung in diese Datei schreiben</source>
        <translation>write the backup to this file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="34"/>
        <source>Sicherung wiederherstellen</source>
        <translation>restore a backup</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="23"/>
        <source>Legt eine Sicherung im Sicherungsordner an (rotierend aufbewahrt) oder mit -o in einer Datei. Nur für einen lokalen Datenordner; den Teamserver sichert die IT mit pg_dump.</source>
        <translation>Makes a backup in the backup folder (kept in rotation) or, with -o, in a file. Only for a local data folder; IT backs up the team server with pg_dump.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="35"/>
        <source>Prüft die Sicherung (SIC-Desktop-Datei? unbeschädigt? Datenstand?) und ersetzt dann die Datenbank; die bisherige Datenbank wird vorher als Sicherung aufbewahrt. Das Programmfenster muss dafür geschlossen sein. Nur für einen lokalen Datenordner; den Teamserver stellt die IT mit pg_restore wieder her.</source>
        <translation>Checks the backup (an SIC Desktop file? undamaged? data version?) and then replaces the database; the current database is kept as a backup first. The program window must be closed for this. Only for a local data folder; IT restores the team server with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="56"/>
        <source>Sicherung angelegt: {path} ({size} MB)</source>
        <translation>Backup made: {path} ({size} MB)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="70"/>
        <source>Wiederhergestellt aus „{source}“ (Datenstand {version}).</source>
        <translation>Restored from “{source}” (data version {version}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/backup.py" line="73"/>
        <source>Die bisherige Datenbank ist aufbewahrt als „{path}“.</source>
        <translation>The previous database is kept as “{path}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="15"/>
        <source>organisation (org), kontakt (person), kooperation oder themenfeld (theme)</source>
        <translation>organisation (org), contact (person), cooperation or theme field (theme)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="21"/>
        <source>Briefing als PDF oder Word-Datei erstellen</source>
        <translation>make a briefing as a PDF or Word file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="22"/>
        <source>Erstellt das Briefing einer oder mehrerer Organisationen, Kontakte oder Kooperationen oder den Bericht zu einem Themenfeld als PDF. Mehrere Nummern ergeben eine PDF mit einem Kapitel je Datensatz.</source>
        <translation>Makes the briefing of one or more organisations, contacts or cooperations, or the report on a theme field, as a PDF. Several numbers give one PDF with a chapter per record.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="30"/>
        <source>Nummer(n) der Datensätze; ein Themenfeld auch mit Namen</source>
        <translation>number(s) of the records; a theme field also by name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="31"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="71"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="83"/>
        <source>DATEI.pdf|DATEI.docx</source>
        <translation>FILE.pdf|FILE.docx</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="32"/>
        <location filename="../../sic_desktop/cli/calendar.py" line="37"/>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="30"/>
        <source>wohin die Datei geschrieben wird</source>
        <translation>where the file is written</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="35"/>
        <source>pdf oder docx (Word, aus der Word-Vorlage der Einstellungen); sonst nach der Endung der Datei</source>
        <translation>pdf or docx (Word, from the settings&apos; Word template); otherwise by the file&apos;s extension</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="40"/>
        <location filename="../../sic_desktop/cli/briefing.py" line="42"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="53"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="54"/>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="41"/>
        <source>Notizen ab diesem Tag (z. B. 01.01.2026)</source>
        <translation>notes from this day on (e.g. 01.01.2026)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="43"/>
        <source>Notizen bis zu diesem Tag (z. B. 31.12.2026)</source>
        <translation>notes up to this day (e.g. 31.12.2026)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="47"/>
        <source>ohne persönliche Kontaktdaten: nur Namen und Funktionen, keine E-Mail-Adressen und Telefonnummern</source>
        <translation>without personal contact data: only names and roles, no e-mail addresses and phone numbers</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="52"/>
        <source>Zahl der neuesten Notizen (Standard: 5)</source>
        <translation>number of latest notes (default: 5)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="53"/>
        <source>Notizen mit vollem Text statt Kurzfassung</source>
        <translation>notes with their full text instead of a summary</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="68"/>
        <source>Den Ordner „{folder}“ gibt es nicht. Die PDF wurde nicht erstellt.</source>
        <translation>The folder “{folder}” does not exist. The PDF was not made.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="74"/>
        <source>Briefing gespeichert: {path} (Word).</source>
        <translation>Briefing saved: {path} (Word).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="77"/>
        <source>Briefing gespeichert: {path} ({pages}).</source>
        <translation>Briefing saved: {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="93"/>
        <source>Für „{text}“ gibt es kein Briefing. Möglich: {types}.</source>
        <translation>There is no briefing for “{text}”. Possible: {types}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="104"/>
        <source>„{text}“ ist keine Nummer. Die Nummern zeigt „sic-desktop list {kind}“.</source>
        <translation>“{text}” is not a number. “sic-desktop list {kind}” shows the numbers.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/briefing.py" line="112"/>
        <source>--notes: „{text}“ ist keine Anzahl. Bitte eine Zahl ab 0 angeben, z. B. 5.</source>
        <translation>--notes: “{text}” is not a count. Please give a number from 0, e.g. 5.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="16"/>
        <source>alle offenen Wiedervorlagen dieser Organisation und ihrer Notizen</source>
        <translation>all open follow-ups of this organisation and its notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="18"/>
        <source>alle offenen Wiedervorlagen dieses Kontakts und seiner Notizen</source>
        <translation>all open follow-ups of this contact and their notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="20"/>
        <source>alle offenen Wiedervorlagen dieser Kooperation und ihrer Notizen</source>
        <translation>all open follow-ups of this cooperation and its notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="27"/>
        <source>Wiedervorlagen als Kalenderdatei (.ics) für Outlook</source>
        <translation>follow-ups as a calendar file (.ics) for Outlook</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="28"/>
        <source>Schreibt Wiedervorlagen als ganztägige Termine mit Erinnerung am Fälligkeitstag in eine .ics-Datei, die Outlook öffnet. Ein erneuter Export aktualisiert die Termine, statt sie zu verdoppeln. Ohne Auswahl: alle offenen Wiedervorlagen.</source>
        <translation>Writes follow-ups as all-day appointments with a reminder on the due day into an .ics file that Outlook opens. Exporting again updates the appointments instead of doubling them. Without a choice: all open follow-ups.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="35"/>
        <source>Nummern einzelner Wiedervorlagen</source>
        <translation>numbers of single follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="36"/>
        <source>DATEI.ics</source>
        <translation>FILE.ics</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="47"/>
        <source>Den Ordner „{folder}“ gibt es nicht. Die Kalenderdatei wurde nicht erstellt.</source>
        <translation>The folder “{folder}” does not exist. The calendar file was not made.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/calendar.py" line="55"/>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="50"/>
        <source>{summary} Datei: {path}</source>
        <translation>{summary} File: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/check_command.py" line="20"/>
        <source>Datenbank prüfen</source>
        <translation>check the database</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/check_command.py" line="21"/>
        <source>Prüft die Datenbank auf Schäden und verwaiste Verknüpfungen, und ob der Suchindex zu ihr passt. Auf dem Teamserver: dessen Einträge und den Suchindex dieses Rechners; die Dateien des Servers prüft die IT.</source>
        <translation>Checks the database for damage and orphaned links, and whether the search index matches it. On the team server: its records and this PC&apos;s search index; IT checks the server&apos;s files.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/check_command.py" line="44"/>
        <location filename="../../sic_desktop/cli/common.py" line="67"/>
        <source>Hinweis: {text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/check_command.py" line="46"/>
        <source>Probleme in {where}:</source>
        <translation>Problems in {where}:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/check_command.py" line="50"/>
        <source>Keine Probleme gefunden ({where}).</source>
        <translation>No problems found ({where}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="38"/>
        <source>Warnung: {error}</source>
        <translation>Warning: {error}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="50"/>
        <source>Warnung: Löschungen aus dem Löschprotokoll konnten nicht erneut angewendet werden: {error}</source>
        <translation>Warning: erasures from the erasure log could not be applied again: {error}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="57"/>
        <source>organisationen (organisation, organisations, organization, organizations, org), kontakte (kontakt, personen, person, persons, contacts), kooperationen (cooperations), notizen (notes), wiedervorlagen (followups), themenfelder (themes); Einzahl und Mehrzahl</source>
        <translation>organisations (organisation, organization, organizations, org, organisationen), contacts (contact, persons, person, kontakte), cooperations (kooperationen), notes (notizen), followups (wiedervorlagen), themes (themenfelder); singular and plural</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="73"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="74"/>
        <source>{count} Seiten</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="81"/>
        <source>„{text}“: Bitte eine ganze Zahl ab 1 angeben.</source>
        <translation>“{text}”: please give a whole number from 1.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="91"/>
        <source>„{text}“ ist keine Datensatzart. Möglich sind: {types}.</source>
        <translation>“{text}” is not a record type. Possible are: {types}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/common.py" line="113"/>
        <source>{message} {done}/{total} ({percent} %)</source>
        <translation>{message} {done}/{total} ({percent}%)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="17"/>
        <source>Demodaten in einen leeren Datenordner laden</source>
        <translation>load demo data into an empty data folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="20"/>
        <source>Lädt erfundene Beispieldaten.</source>
        <translation>Loads made-up sample data.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="22"/>
        <source>Anzahl Kontakte</source>
        <translation>number of contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="23"/>
        <source>Anzahl Notizen</source>
        <translation>number of notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="24"/>
        <source>Startwert: gleicher Wert, gleiche Daten</source>
        <translation>seed: same value, same data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/demo_command.py" line="33"/>
        <source>Demodaten geladen: {summary}.</source>
        <translation>Demo data loaded: {summary}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="15"/>
        <source>mögliche Duplikate auflisten</source>
        <translation>list possible duplicates</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="16"/>
        <source>Listet Kontakte und Organisationen, die wahrscheinlich doppelt erfasst sind, mit dem Grund. Paare, die als „kein Duplikat“ markiert wurden, fehlen.</source>
        <translation>Lists contacts and organisations that were probably entered twice, with the reason. Pairs marked as “not a duplicate” are left out.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="23"/>
        <source>nur kontakte oder organisationen</source>
        <translation>only contacts or organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="30"/>
        <source>Duplikate werden nur bei Kontakten und Organisationen gesucht.</source>
        <translation>Duplicates are only looked for among contacts and organisations.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="42"/>
        <source>{kind} Nr. {first_id} „{first}“ und Nr. {second_id} „{second}“: {reasons}</source>
        <translation>{kind} no. {first_id} “{first}” and no. {second_id} “{second}”: {reasons}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="46"/>
        <source>1 mögliches Duplikat.</source>
        <translation>1 possible duplicate.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="47"/>
        <source>{count} mögliche Duplikate.</source>
        <translation>{count} possible duplicates.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/duplicate_commands.py" line="49"/>
        <source>Keine möglichen Duplikate gefunden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/gui.py" line="18"/>
        <source>beim Start Demodaten laden, wenn der Datenordner leer ist</source>
        <translation>load demo data at start if the data folder is empty</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/history_command.py" line="16"/>
        <source>Änderungsprotokoll eines Datensatzes</source>
        <translation>change history of a record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/history_command.py" line="17"/>
        <source>Zeigt, wer einen Datensatz wann angelegt oder geändert hat und welche Felder – ohne alte Inhalte.</source>
        <translation>Shows who created or changed a record when, and which fields – without old contents.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/history_command.py" line="23"/>
        <source>organisationen, kontakte, kooperationen, notizen, wiedervorlagen, themenfelder</source>
        <translation>organisations, contacts, cooperations, notes, followups, themes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/history_command.py" line="42"/>
        <source>Zu {kind} Nr. {id} ist nichts protokolliert.</source>
        <translation>Nothing is recorded for {kind} no. {id}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="31"/>
        <source>Wirkungsmessung: Indikatoren, Messungen, Wirkungsbericht</source>
        <translation>impact measurement: indicators, measurements, impact report</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="32"/>
        <source>Wirkungsmessung der Kooperationen (Wirkungslogik nach dem Social Reporting Standard, Wirkungstreppe nach PHINEO).</source>
        <translation>Impact measurement of the cooperations (impact logic after the Social Reporting Standard, impact ladder after PHINEO).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="39"/>
        <source>Kooperationen mit der höchsten nachgewiesenen Stufe der Wirkungstreppe</source>
        <translation>cooperations with the highest proven step of the impact ladder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="40"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="70"/>
        <source>JAHR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="40"/>
        <source>nur Nachweise aus diesem Jahr</source>
        <translation>only evidence from this year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="41"/>
        <source>nur Kooperationen in diesem Status (z. B. Umsetzung)</source>
        <translation>only cooperations with this status (e.g. Umsetzung)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="45"/>
        <source>Wirkungsmodell und Indikatoren einer Kooperation mit Fortschritt</source>
        <translation>a cooperation&apos;s impact model and indicators with progress</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="46"/>
        <source>KOOPERATION_NR</source>
        <translation>COOPERATION_NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="50"/>
        <source>eine Messung eintragen</source>
        <translation>enter a measurement</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="51"/>
        <source>INDIKATOR_NR</source>
        <translation>INDICATOR_NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="52"/>
        <source>WERT</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="52"/>
        <source>z. B. 42, 12,5, 75 %, 1.200 € oder ja</source>
        <translation>e.g. 42, 12,5, 75 %, 1.200 € or ja</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="53"/>
        <source>gemessen am (Standard: heute)</source>
        <translation>measured on (default: today)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="54"/>
        <source>Beginn des Zeitraums, für den der Wert gilt</source>
        <translation>start of the period the value applies to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="56"/>
        <source>STUFE</source>
        <translation>LEVEL</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="57"/>
        <source>hoch, mittel oder niedrig</source>
        <translation>hoch, mittel or niedrig (high, medium, low)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="58"/>
        <source>NOTIZ_NR</source>
        <translation>NOTE_NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="58"/>
        <source>Notiz, die die Messung belegt</source>
        <translation>note that proves the measurement</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="59"/>
        <source>die gespeicherte Messung als JSON ausgeben</source>
        <translation>print the saved measurement as JSON</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="62"/>
        <source>überfällige Messungen</source>
        <translation>overdue measurements</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="66"/>
        <source>Wirkungsbericht als PDF (Kooperation oder Themenfeld und Jahr)</source>
        <translation>impact report as a PDF (cooperation, or theme field and year)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="69"/>
        <source>NAME_ODER_NR</source>
        <translation>NAME_OR_NO</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="70"/>
        <source>Berichtsjahr (beim Themenfeld nötig)</source>
        <translation>year of the report (needed for a theme field)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="72"/>
        <source>PDF, oder Word bei der Endung .docx (aus der Word-Vorlage der Einstellungen)</source>
        <translation>PDF, or Word for the extension .docx (from the settings&apos; Word template)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="95"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="180"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="97"/>
        <source>Themenfelder</source>
        <translation>Theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="98"/>
        <source>Höchste Stufe</source>
        <translation>Highest step</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="99"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="122"/>
        <source>Noch keine Indikatoren angelegt.</source>
        <translation>No indicators created yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="127"/>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="181"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="128"/>
        <source>Stufe</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="129"/>
        <source>Ausgangswert</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="130"/>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="131"/>
        <source>Zuletzt</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="132"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="133"/>
        <source>Ampel</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="134"/>
        <source>Nächste</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="157"/>
        <source>Messung Nr. {id} gespeichert: „{indicator}“ = {value} am {date}.</source>
        <translation>Measurement no. {id} saved: “{indicator}” = {value} on {date}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="160"/>
        <source>Fortschritt {progress} · {light}</source>
        <translation>Progress {progress} · {light}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="162"/>
        <source>nächste Messung am {date}</source>
        <translation>next measurement on {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="176"/>
        <source>Keine Messung ist überfällig.</source>
        <translation>No measurement is overdue.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="179"/>
        <source>fällig seit</source>
        <translation>due since</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="183"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="191"/>
        <source>Den Ordner „{folder}“ gibt es nicht. Der Bericht wurde nicht erstellt.</source>
        <translation>The folder “{folder}” does not exist. The report was not made.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="198"/>
        <source>Für den Bericht eines Themenfelds bitte das Jahr angeben, z. B. --jahr 2026.</source>
        <translation>For the report of a theme field, please give the year, e.g. --jahr 2026.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="204"/>
        <source>Wirkungsbericht gespeichert: {path} ({pages}).</source>
        <translation>Impact report saved: {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/impact_commands.py" line="214"/>
        <location filename="../../sic_desktop/cli/map.py" line="72"/>
        <source>„{text}“ ist kein Status. Möglich: {known}.</source>
        <translation>“{text}” is not a status. Possible: {known}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="18"/>
        <source>eine E-Mail (.eml, .msg) als Notiz übernehmen</source>
        <translation>take over an e-mail (.eml, .msg) as a note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="19"/>
        <source>Legt aus einer gespeicherten E-Mail eine Notiz der Art „E-Mail“ an: Absender, Empfänger, Datum, Betreff und Text; Anhänge und die Originaldatei werden Anhänge der Notiz. Bekannte Adressen werden mit den Kontakten verknüpft, Organisationen über die Domain.</source>
        <translation>Creates a note of the kind “E-mail” from a saved e-mail: sender, recipients, date, subject and text; its attachments and the original file become attachments of the note. Known addresses are linked with the contacts, organisations through the domain.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="26"/>
        <source>.eml- oder .msg-Datei</source>
        <translation>.eml or .msg file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="29"/>
        <source>unbekannte Adressen als neue Kontakte anlegen (mit dem Hinweis nach Art. 14 DSGVO)</source>
        <translation>create unknown addresses as new contacts (with the notice under Art. 14 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="43"/>
        <source>Notiz Nr. {id} angelegt: „{title}“ (Kontakte: {persons}, Organisationen: {organisations}, Anhänge: {attachments}).</source>
        <translation>Note no. {id} created: “{title}” (contacts: {persons}, organisations: {organisations}, attachments: {attachments}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail.py" line="49"/>
        <source>Ohne Kontakt: {addresses}. Mit --neue-kontakte werden sie als Kontakte angelegt.</source>
        <translation>Without a contact: {addresses}. With --neue-kontakte they are created as contacts.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="19"/>
        <source>Kontakte als Datenquelle für einen Word-Serienbrief (.csv oder .xlsx)</source>
        <translation>contacts as the data source for a Word mail merge (.csv or .xlsx)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="20"/>
        <source>Schreibt Kontakte mit fertiger Briefanrede („Sehr geehrte Frau Dr. Schäfer,“), Adressblock und Organisation als Datenquelle für den Serienbrief in Word. Kontakte ohne Rechtsgrundlage, mit Widerspruch (Art. 21 DSGVO) oder anonymisierte werden weggelassen und gezählt.</source>
        <translation>Writes contacts with a ready salutation (“Sehr geehrte Frau Dr. Schäfer,”), address block and organisation as the data source for a mail merge in Word. Contacts without a legal basis, with an objection (Art. 21 GDPR) or anonymised ones are left out and counted.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="28"/>
        <source>Nummern einzelner Kontakte (sonst alle)</source>
        <translation>numbers of single contacts (otherwise all)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="29"/>
        <source>DATEI.csv|DATEI.xlsx</source>
        <translation>FILE.csv|FILE.xlsx</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="31"/>
        <source>nur Kontakte, deren Name TEXT enthält</source>
        <translation>only contacts whose name contains TEXT</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="32"/>
        <source>SCHLAGWORT</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="32"/>
        <source>nur Kontakte mit diesem Schlagwort</source>
        <translation>only contacts with this tag</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="33"/>
        <source>nur Kontakte dieser Organisation</source>
        <translation>only contacts of this organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="40"/>
        <source>Den Ordner „{folder}“ gibt es nicht. Die Datei wurde nicht erstellt.</source>
        <translation>The folder “{folder}” does not exist. The file was not made.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="43"/>
        <source>Nummern und Filter passen nicht zusammen: bitte entweder Nummern oder --filter/--tag/--organisation.</source>
        <translation>Numbers and filters do not go together: please give either numbers or --filter/--tag/--organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="52"/>
        <source>Ohne Rechtsgrundlage: {name}</source>
        <translation>Without a legal basis: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/mail_merge_command.py" line="54"/>
        <source>Widerspruch: {name}</source>
        <translation>Objection: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="20"/>
        <source>Netzwerkkarte als PNG oder PDF speichern</source>
        <translation>save the network map as PNG or PDF</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="21"/>
        <source>Zeichnet die Netzwerkkarte der Organisationen und Kontakte mit ihren Kooperationen.</source>
        <translation>Draws the network map of the organisations and contacts with their cooperations.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="27"/>
        <source>Zieldatei, .png oder .pdf</source>
        <translation>target file, .png or .pdf</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="28"/>
        <source>THEMENFELD</source>
        <translation>THEME_FIELD</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="28"/>
        <source>nur dieses Themenfeld (Name)</source>
        <translation>only this theme field (name)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="30"/>
        <source>nur Kooperationen in diesem Status (mehrfach möglich), z. B. pilot</source>
        <translation>only cooperations with this status (can be given more than once), e.g. pilot</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="37"/>
        <source>Lücken je Themenfeld und Sektor zeigen</source>
        <translation>show gaps per theme field and sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="38"/>
        <source>Zählt laufende Kooperationen und Organisationen je Themenfeld und Sektor und nennt die Lücken.</source>
        <translation>Counts running cooperations and organisations per theme field and sector and names the gaps.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="47"/>
        <source>Organisationen nach Partnern und Vermittlerrolle</source>
        <translation>organisations by partners and broker role</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="48"/>
        <source>Rangliste der Organisationen: Zahl der Partner und Vermittlerwert (Betweenness).</source>
        <translation>Ranking of the organisations: number of partners and broker score (betweenness).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="53"/>
        <source>die ersten N (Standard 20)</source>
        <translation>the first N (default 20)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="62"/>
        <source>„{name}“: Bitte eine Datei mit der Endung .png oder .pdf angeben.</source>
        <translation>“{name}”: please give a file with the extension .png or .pdf.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="87"/>
        <source>Netzwerkkarte gespeichert: {path} ({subtitle})</source>
        <translation>Network map saved: {path} ({subtitle})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="106"/>
        <source>Themenfeld</source>
        <translation>Theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="116"/>
        <source>Laufende Kooperationen/beteiligte Organisationen des Sektors (Status Idee bis Verstetigt); – = Lücke</source>
        <translation>Running cooperations/the sector&apos;s organisations taking part (status Idea to Established); – = gap</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="127"/>
        <source>Lücken ({count}):</source>
        <translation>Gaps ({count}):</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="128"/>
        <source>Keine Lücken: In jedem Themenfeld arbeitet jeder Sektor mit.</source>
        <translation>No gaps: every sector takes part in every theme field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="153"/>
        <source>Vermittlerwert</source>
        <translation>Broker score</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="154"/>
        <source>Partner</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="154"/>
        <source>Koop.</source>
        <translation>Coop.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="158"/>
        <source>ohne Sektor</source>
        <translation>no sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/map.py" line="162"/>
        <source>Vermittlerwert geschätzt aus {count} zufällig gewählten Organisationen (fester Startwert, gleiche Daten ergeben gleiche Werte).</source>
        <translation>Broker score estimated from {count} randomly chosen organisations (fixed seed, the same data give the same values).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="32"/>
        <source>Datenschutz: Prüfliste, Auskunft, Löschung, Verzeichnis, Protokoll</source>
        <translation>data protection: review list, access request, erasure, record of processing, log</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="33"/>
        <source>Aufgaben nach der DSGVO.</source>
        <translation>Tasks under the GDPR.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="35"/>
        <source>AUFGABE</source>
        <translation>TASK</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="37"/>
        <source>Datenschutz-Prüfliste zeigen</source>
        <translation>show the data protection review list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="38"/>
        <source>Kontakte ohne Rechtsgrundlage, mit abgelaufener Löschfrist nach den Löschregeln oder von Dritten erhoben und nicht binnen eines Monats informiert (Art. 14).</source>
        <translation>Contacts without a legal basis, with a deletion period expired under the deletion rules, or collected from third parties and not informed within a month (Art. 14).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="44"/>
        <source>Kontakt begründet weiter speichern</source>
        <translation>keep a contact stored, with a reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="45"/>
        <source>Vermerkt, warum der Kontakt gespeichert bleibt; nach einem Prüfzeitraum erscheint er wieder.</source>
        <translation>Records why the contact stays stored; after a review period it appears again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="47"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="54"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="67"/>
        <source>Nummer des Kontakts</source>
        <translation>the contact&apos;s number</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="48"/>
        <source>Begründung</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="51"/>
        <source>Auskunft nach Art. 15 DSGVO als PDF und JSON</source>
        <translation>access request under Art. 15 GDPR as PDF and JSON</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="52"/>
        <source>Schreibt alles, was zu einem Kontakt gespeichert ist, als PDF und JSON in einen Ordner.</source>
        <translation>Writes everything stored about a contact as PDF and JSON into a folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="55"/>
        <source>Zielordner</source>
        <translation>target folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="57"/>
        <source>Grund für das Datenschutz-Protokoll (Standard: Auskunftsersuchen nach Art. 15 DSGVO)</source>
        <translation>reason for the data protection log (default: access request under Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="63"/>
        <source>Kontakt endgültig löschen oder anonymisieren (Art. 17)</source>
        <translation>delete a contact for good or anonymise it (Art. 17)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="64"/>
        <source>Löscht einen Kontakt endgültig (nicht in den Papierkorb) oder anonymisiert ihn. Freitexte in Notizen werden nicht verändert, sondern aufgelistet.</source>
        <translation>Deletes a contact for good (not into the trash) or anonymises it. Free texts in notes are not changed but listed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="68"/>
        <source>anonymisieren statt löschen</source>
        <translation>anonymise instead of deleting</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="69"/>
        <source>ohne Rückfrage (für Skripte)</source>
        <translation>without asking (for scripts)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="71"/>
        <source>Grund für das Löschprotokoll (Standard: Löschung nach Art. 17 DSGVO)</source>
        <translation>reason for the erasure log (default: erasure under Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="77"/>
        <source>Verzeichnis von Verarbeitungstätigkeiten (Art. 30) als PDF oder Word-Datei</source>
        <translation>record of processing activities (Art. 30) as a PDF or Word file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="78"/>
        <source>Schreibt den ausgefüllten Eintrag für SIC Desktop als PDF (Word wird nicht angeboten); Angaben in Klammern ergänzt die Dienststelle.</source>
        <translation>Writes the filled-in entry for SIC Desktop as a PDF (Word is not offered); the office completes the details in brackets.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="84"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="92"/>
        <source>Zieldatei</source>
        <translation>target file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="87"/>
        <source>Löschregeln mit Begründung als CSV (Löschkonzept)</source>
        <translation>deletion rules with their reasons as CSV (deletion concept)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="88"/>
        <source>Schreibt die Löschregeln und die Fristen des Programms als CSV für Excel.</source>
        <translation>Writes the program&apos;s deletion rules and periods as CSV for Excel.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="92"/>
        <source>DATEI.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="95"/>
        <source>Datenschutz-Protokoll zeigen</source>
        <translation>show the data protection log</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="96"/>
        <source>Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum (ohne Namen).</source>
        <translation>Who deleted, anonymised, answered an access request for or exported which contact when, and why (without names).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="134"/>
        <location filename="../../sic_desktop/cli/privacy.py" line="205"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="135"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="135"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="136"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="138"/>
        <source>1 Kontakt zur Prüfung (nach den Löschregeln).</source>
        <translation>1 contact to review (by the deletion rules).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="139"/>
        <source>{count} Kontakte zur Prüfung (nach den Löschregeln).</source>
        <translation>{count} contacts to review (under the deletion rules).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="147"/>
        <source>Vermerkt. Kontakt Nr. {id} erscheint am {date} wieder in der Prüfliste.</source>
        <translation>Recorded. Contact no. {id} appears in the review list again on {date}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="155"/>
        <source>Auskunft geschrieben:</source>
        <translation>Access request written:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="156"/>
        <source>Vor der Herausgabe prüfen: Notizen können Angaben über weitere Personen enthalten.</source>
        <translation>Check before handing it out: notes may contain details about other people.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="164"/>
        <source>„{title}“ (Kontakt Nr. {id}) anonymisieren?</source>
        <translation>Anonymise “{title}” (contact no. {id})?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="165"/>
        <source>„{title}“ (Kontakt Nr. {id}) endgültig löschen?</source>
        <translation>Delete “{title}” (contact no. {id}) for good?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="167"/>
        <source>Abgebrochen. Es wurde nichts geändert.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="176"/>
        <source>„{name}“: Das Verzeichnis wird als PDF (.pdf) oder Word-Datei (.docx) geschrieben.</source>
        <translation>“{name}”: the record is written as a PDF (.pdf) or Word file (.docx).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="182"/>
        <source>Verzeichnis von Verarbeitungstätigkeiten geschrieben: {path} ({pages}).</source>
        <translation>Record of processing activities written: {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="184"/>
        <source>Angaben in Klammern bitte ergänzen.</source>
        <translation>Please complete the details in brackets.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="191"/>
        <source>1 Zeile</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="191"/>
        <source>{count} Zeilen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="192"/>
        <source>Löschkonzept geschrieben: {path} ({rows}).</source>
        <translation>Deletion concept written: {path} ({rows}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="204"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="204"/>
        <source>Vorgang</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="205"/>
        <source>betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="207"/>
        <source>{count} Einträge.</source>
        <translation>{count} entries.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="207"/>
        <source>1 Eintrag.</source>
        <translation>1 entry.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="213"/>
        <source>Ohne Rückfrage nur mit --ja.</source>
        <translation>Without asking only with --yes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="215"/>
        <source>[j/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="219"/>
        <source>„{title}“ (Kontakt Nr. {id}) wurde anonymisiert.</source>
        <translation>“{title}” (contact no. {id}) was anonymised.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="220"/>
        <source>„{title}“ (Kontakt Nr. {id}) wurde endgültig gelöscht.</source>
        <translation>“{title}” (contact no. {id}) was deleted for good.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="224"/>
        <source>Aus den Teilnehmenden einer Notiz entfernt.</source>
        <translation>Removed from the participants of one note.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="225"/>
        <source>Aus den Teilnehmenden von {count} Notizen entfernt.</source>
        <translation>Removed from the participants of {count} notes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="227"/>
        <source>Gespeicherte Suchen, die den Kontakt nannten, gelöscht: {count}.</source>
        <translation>Saved searches that named the contact, deleted: {count}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="230"/>
        <source>Achtung: {problem}</source>
        <translation>Attention: {problem}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="235"/>
        <source>Achtung: Die Protokolldatei der Datenbank (-wal) konnte nicht geleert werden, weil das Programm noch geöffnet ist. Sie wird beim Schließen des Programms geleert.</source>
        <translation>Attention: the database&apos;s log file (-wal) could not be emptied because the program is still open. It is emptied when the program closes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="240"/>
        <source>Diese Texte nennen die Person noch; sie werden nicht automatisch geändert – bitte von Hand prüfen:</source>
        <translation>These texts still name the person; they are not changed automatically – please check them by hand:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="243"/>
        <source>(im Papierkorb)</source>
        <translation>(in the trash)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="244"/>
        <location filename="../../sic_desktop/cli/records.py" line="63"/>
        <location filename="../../sic_desktop/cli/records.py" line="77"/>
        <source>{kind} Nr. {id}: {title}</source>
        <translation>{kind} no. {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="247"/>
        <source>Noch in diesen Sicherungen enthalten (bis sie gelöscht werden):</source>
        <translation>Still contained in these backups (until they are deleted):</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="250"/>
        <source>Stand {date}, wird am {deleted} gelöscht</source>
        <translation>as of {date}, deleted on {deleted}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/privacy.py" line="253"/>
        <source>Stand {date}, wird nicht automatisch gelöscht</source>
        <translation>as of {date}, not deleted automatically</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="20"/>
        <source>Datensätze auflisten</source>
        <translation>list records</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="23"/>
        <source>Listet Datensätze einer Art auf.</source>
        <translation>Lists the records of one type.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="25"/>
        <location filename="../../sic_desktop/cli/transfer.py" line="96"/>
        <source>nur Einträge, deren Name/Titel TEXT enthält</source>
        <translation>only entries whose name/title contains TEXT</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="26"/>
        <source>höchstens N Einträge</source>
        <translation>at most N entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="27"/>
        <source>den Papierkorb dieser Art zeigen</source>
        <translation>show the trash of this type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="28"/>
        <source>vollständige Datensätze als JSON ausgeben</source>
        <translation>print complete records as JSON</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="32"/>
        <source>einen Datensatz anzeigen</source>
        <translation>show a record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="35"/>
        <source>Zeigt einen Datensatz mit seinen Verknüpfungen.</source>
        <translation>Shows a record with its links.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="69"/>
        <source>  Angelegt: {at} von {by}</source>
        <translation>  Created: {at} by {by}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="71"/>
        <source>  Geändert: {at} von {by}</source>
        <translation>  Changed: {at} by {by}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/records.py" line="74"/>
        <source>  Im Papierkorb seit {at}</source>
        <translation>  In the trash since {at}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="28"/>
        <source>Volltextsuche in allen Datensätzen</source>
        <translation>full-text search in all records</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="29"/>
        <source>Sucht in Organisationen, Kontakten, Kooperationen und Notizen. Beispiele: „Kinderbetreuung Pflege“, „typ:notiz von:2025 Stiftung“, „&quot;pflegende Angehörige&quot;“. Ein veralteter Suchindex wird vorher neu aufgebaut.</source>
        <translation>Searches organisations, contacts, cooperations and notes. Examples: “Kinderbetreuung Pflege”, “typ:notiz von:2025 Stiftung”, “&quot;pflegende Angehörige&quot;”. An outdated search index is rebuilt first.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="36"/>
        <source>SUCHE</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="37"/>
        <source>Suchbegriffe; „-Wort“ schließt ein Wort aus, auch als erstes Wort</source>
        <translation>search words; “-word” excludes a word, also as the first word</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="42"/>
        <source>nur diese Art: organisationen, kontakte, kooperationen, notizen (mehrfach möglich)</source>
        <translation>only this type: organisations, contacts, cooperations, notes (can be given more than once)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="47"/>
        <source>höchstens N Treffer (Vorgabe {limit})</source>
        <translation>at most N hits (default {limit})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="48"/>
        <source>Treffer als JSON ausgeben</source>
        <translation>print the hits as JSON</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="52"/>
        <source>Suchindex neu aufbauen</source>
        <translation>rebuild the search index</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="53"/>
        <source>Baut den Suchindex aus der Datenbank neu auf (die Daten selbst ändern sich nicht).</source>
        <translation>Rebuilds the search index from the database (the data themselves do not change).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="65"/>
        <source>„{text}“ wird nicht durchsucht. Möglich: organisationen, kontakte, kooperationen, notizen.</source>
        <translation>“{text}” is not searched. Possible: organisations, contacts, cooperations, notes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="92"/>
        <source>Fehler: Bitte einen Suchbegriff angeben.</source>
        <translation>Error: please give a search word.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="111"/>
        <source>Keine Treffer für „{query}“.</source>
        <translation>No hits for “{query}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="113"/>
        <source>Meinten Sie „{suggestion}“?</source>
        <translation>Did you mean “{suggestion}”?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="117"/>
        <source>{kind} ({count} Treffer)</source>
        <translation>{kind} ({count} hits)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="121"/>
        <source>ähnlich geschrieben</source>
        <translation>similar spelling</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="123"/>
        <source>  Nr. {id}: {title}</source>
        <translation>  No. {id}: {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="128"/>
        <source>{total} Treffer, die besten {shown} gezeigt (mehr mit --limit).</source>
        <translation>{total} hits, the best {shown} shown (more with --limit).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="137"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="137"/>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/search.py" line="138"/>
        <source>Suchindex neu aufgebaut: {entries} in {seconds} s.</source>
        <translation>Search index rebuilt: {entries} in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="17"/>
        <source>Teamserver einrichten, umstellen, prüfen, Daten übertragen (für die IT)</source>
        <translation>set up, upgrade or check the team server, move data (for IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="18"/>
        <source>Richtet die PostgreSQL-Datenbank des Teamservers ein (init), stellt sie auf diese Programmversion um (upgrade) oder zeigt ihren Stand (status). transfer überträgt einen lokalen Datenordner vollständig auf den leeren Teamserver, export kopiert alles vom Teamserver in einen neuen lokalen Datenordner. Die Adresse kommt aus --server oder {variable}; init und upgrade brauchen den Eigentümer der Datenbank.</source>
        <translation>Sets up the team server&apos;s PostgreSQL database (init), upgrades it to this program version (upgrade) or shows its state (status). transfer moves a local data folder completely onto the empty team server, export copies everything from the team server into a new local data folder. The address comes from --server or {variable}; init and upgrade need the database&apos;s owner.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="27"/>
        <source>was zu tun ist</source>
        <translation>what to do</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="29"/>
        <source>transfer: der lokale Datenordner</source>
        <translation>transfer: the local data folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="31"/>
        <source>export: ein neuer, leerer Ordner</source>
        <translation>export: a new, empty folder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="41"/>
        <source>Bitte den Teamserver angeben: --server postgresql://benutzer@rechner:5432/datenbank oder {variable}.</source>
        <translation>Please give the team server: --server postgresql://user@host:5432/database or {variable}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="51"/>
        <source>Der Teamserver ist schon eingerichtet (Datenstand {version}). Zum Umstellen: sic-desktop server upgrade.</source>
        <translation>The team server is already set up (data version {version}). To upgrade: sic-desktop server upgrade.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="55"/>
        <source>Der Teamserver ist noch nicht eingerichtet. Bitte zuerst: sic-desktop server init.</source>
        <translation>The team server is not set up yet. Please first: sic-desktop server init.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="59"/>
        <source>Der Teamserver hat schon Datenstand {version}; die Rollen wurden erneut berechtigt.</source>
        <translation>The team server already has data version {version}; the roles were granted their rights again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="62"/>
        <source>Teamserver eingerichtet: Datenstand {version} (vorher {before}); Rollen sic_lesen, sic_bearbeiten und sic_datenschutz berechtigt.</source>
        <translation>Team server set up: data version {version} (before {before}); roles sic_lesen, sic_bearbeiten and sic_datenschutz granted their rights.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="71"/>
        <source>Datenstand des Teamservers: {version}; dieses Programm: {latest}.</source>
        <translation>Team server&apos;s data version: {version}; this program: {latest}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="73"/>
        <source>Rollen: {roles}.</source>
        <translation>Roles: {roles}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="74"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="76"/>
        <source>Programm und Teamserver passen zusammen.</source>
        <translation>Program and team server match.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="79"/>
        <source>Der Teamserver ist noch nicht eingerichtet: sic-desktop server init.</source>
        <translation>The team server is not set up yet: sic-desktop server init.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="81"/>
        <source>Der Teamserver muss umgestellt werden: sic-desktop server upgrade.</source>
        <translation>The team server must be upgraded: sic-desktop server upgrade.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="83"/>
        <source>Der Teamserver ist neuer als dieses Programm: bitte SIC Desktop aktualisieren.</source>
        <translation>The team server is newer than this program: please update SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="95"/>
        <source>Bitte den Ordner angeben: sic-desktop server {action} {option} ORDNER.</source>
        <translation>Please give the folder: sic-desktop server {action} {option} FOLDER.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="100"/>
        <source>Auf den Teamserver übertragen: {counts}.</source>
        <translation>Moved to the team server: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/server.py" line="103"/>
        <source>Vom Teamserver in den Datenordner {folder} kopiert: {counts}.</source>
        <translation>Copied from the team server into the data folder {folder}: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="51"/>
        <source>Kontakte oder Organisationen aus einer Datei übernehmen</source>
        <translation>take over contacts or organisations from a file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="52"/>
        <source>Übernimmt Kontakte oder Organisationen aus CSV (Outlook, Excel), Excel (.xlsx) oder vCard, oder liest einen Gesamtexport (JSON) in einen leeren Datenordner ein. Gibt je Zeile aus, was angelegt, ergänzt oder nicht übernommen wurde; Exit-Code 1, wenn Zeilen abgelehnt wurden.</source>
        <translation>Takes over contacts or organisations from CSV (Outlook, Excel), Excel (.xlsx) or vCard, or reads a full export (JSON) into an empty data folder. Prints per line what was created, completed or not taken over; exit code 1 if lines were refused.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="60"/>
        <source>Dateiformat (sonst erkannt)</source>
        <translation>file format (otherwise detected)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="61"/>
        <source>was die Zeilen sind</source>
        <translation>what the lines are</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="62"/>
        <source>nur prüfen und berichten, nichts speichern</source>
        <translation>only check and report, save nothing</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="64"/>
        <source>alles oder nichts: eine abgelehnte Zeile lehnt die Datei ab</source>
        <translation>all or nothing: one refused line refuses the file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="66"/>
        <source>mögliche Doppelte trotzdem anlegen</source>
        <translation>create possible duplicates anyway</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="68"/>
        <source>Spaltenzuordnung (JSON) statt der gemerkten</source>
        <translation>column mapping (JSON) instead of the remembered one</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="69"/>
        <source>Tabellenblatt einer Excel-Datei (sonst das erste)</source>
        <translation>sheet of an Excel file (otherwise the first)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="72"/>
        <source>Zeile N enthält die Spaltenüberschriften (CSV und Excel; sonst erkannt; Zeilen darüber werden übersprungen)</source>
        <translation>line N holds the column headings (CSV and Excel; otherwise detected; lines above it are skipped)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="79"/>
        <source>Bericht speichern (.csv für Excel, sonst Text)</source>
        <translation>save the report (.csv for Excel, otherwise text)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="83"/>
        <source>Daten exportieren</source>
        <translation>export data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="84"/>
        <source>json: alles, verlustfrei (wieder einlesbar in einen leeren Datenordner). csv: Kontakte im Outlook-Format; mit --type organisationen: Organisationen mit Adresse, Webseite, E-Mail und Telefon (wieder einlesbar mit import --kind organisationen); mit --type einer anderen Art: die Liste wie im Programmfenster. vcard: Kontakte als vCard 3.0.</source>
        <translation>json: everything, without loss (can be read back into an empty data folder). csv: contacts in Outlook format; with --type organisations: organisations with address, website, e-mail and phone (can be read back with import --kind organisations); with --type of another type: the list as in the program window. vcard: contacts as vCard 3.0.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="95"/>
        <source>Liste dieser Art (nur csv und vcard)</source>
        <translation>list of this type (csv and vcard only)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="104"/>
        <source>Gesamtexport geprüft (Probelauf, nichts gespeichert): {counts}.</source>
        <translation>Full export checked (dry run, nothing saved): {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="105"/>
        <source>Gesamtexport eingelesen: {counts}.</source>
        <translation>Full export read in: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="119"/>
        <source>Bericht gespeichert: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="140"/>
        <source>Diese Spalten der Zuordnung fehlen in der Datei: {names}</source>
        <translation>These columns of the mapping are missing from the file: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="143"/>
        <source>Spaltenzuordnung gemerkt vom letzten Import dieses Dateiaufbaus:</source>
        <translation>Column mapping remembered from the last import of this file layout:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="144"/>
        <source>Spaltenzuordnung vorgeschlagen:</source>
        <translation>Column mapping suggested:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="150"/>
        <source>nicht zugeordnet: {names}</source>
        <translation>not mapped: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="159"/>
        <source>Der JSON-Export enthält immer alles; --type und --filter passen nicht dazu.</source>
        <translation>The JSON export always contains everything; --type and --filter do not go with it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="162"/>
        <source>Gesamtexport geschrieben: {path} ({counts}).</source>
        <translation>Full export written: {path} ({counts}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="167"/>
        <source>Als vCard lassen sich nur Kontakte exportieren.</source>
        <translation>Only contacts can be exported as vCard.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/transfer.py" line="176"/>
        <source>{count} {kind} exportiert: {path}</source>
        <translation>{count} {kind} exported: {path}</translation>
    </message>
</context>
<context>
    <name>CommandLineParser</name>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="28"/>
        <source>{argument_name}: {message}</source>
        <translation>argument {argument_name}: {message}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="29"/>
        <source>Diese Angaben fehlen: {0}</source>
        <translation>the following arguments are required: {0}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="30"/>
        <source>Eine dieser Angaben fehlt: {0}</source>
        <translation>one of the arguments {0} is required</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="31"/>
        <source>nicht zusammen mit {0} möglich</source>
        <translation>not allowed with argument {0}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="32"/>
        <source>unbekannte Angaben: {0}</source>
        <translation>unrecognized arguments: {0}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="35"/>
        <source>„{value}“ ist nicht möglich; möglich sind: {choices}</source>
        <translation>invalid choice: &apos;{value}&apos; (choose from {choices})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="37"/>
        <source>„{value}“ ist keine ganze Zahl</source>
        <translation>&apos;{value}&apos; is not a whole number</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="38"/>
        <source>„{value}“ ist keine gültige Angabe</source>
        <translation>invalid value: &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="39"/>
        <source>hier fehlt der Wert</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="40"/>
        <source>höchstens ein Wert möglich</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="41"/>
        <source>mindestens ein Wert nötig</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="42"/>
        <source>{0} Werte nötig</source>
        <translation>expected {0} arguments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="43"/>
        <source>{0} Wert nötig</source>
        <translation>expected {0} argument</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="45"/>
        <source>{option} ist mehrdeutig: gemeint sein kann {matches}</source>
        <translation>ambiguous option: {option} could match {matches}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="46"/>
        <source>„{0}“ ist hier kein möglicher Wert</source>
        <translation>ignored explicit argument &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="84"/>
        <source>Aufruf: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="94"/>
        <source>Angaben</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="95"/>
        <source>Optionen</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="98"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/cli/parser.py" line="104"/>
        <source>{prog}: Fehler: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="49"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="50"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="51"/>
        <source>&amp;Gehe zu</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="52"/>
        <source>Daten&amp;satz</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="53"/>
        <source>Be&amp;richte</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="54"/>
        <source>E&amp;xtras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="55"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="66"/>
        <source>&amp;Zurück</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="67"/>
        <source>&amp;Vor</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="68"/>
        <source>&amp;Themenfeldbericht als PDF …</source>
        <translation>&amp;Theme field report as PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="71"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="74"/>
        <source>Neuer &amp;Kontakt</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="75"/>
        <source>Neue &amp;Organisation</source>
        <translation>New &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="78"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="80"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="81"/>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="82"/>
        <source>E-&amp;Mail übernehmen …</source>
        <translation>Import e-&amp;mail …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="73"/>
        <source>Neue Noti&amp;z</source>
        <translation>New not&amp;e</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="76"/>
        <source>Neue Koo&amp;peration</source>
        <translation>New coo&amp;peration</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="83"/>
        <source>Serienbrie&amp;f-Datenquelle (Word) …</source>
        <translation>Mail merge data source (&amp;Word) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="84"/>
        <source>Sicherung &amp;jetzt erstellen</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="85"/>
        <source>Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore a backup …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="86"/>
        <source>Daten auf den &amp;Teamserver übertragen …</source>
        <translation>Transfer data to the &amp;team server …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="88"/>
        <source>Teamserver in lokalen &amp;Datenordner kopieren …</source>
        <translation>Copy team server to a local &amp;data folder …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="90"/>
        <source>&amp;Einstellungen …</source>
        <translation>Settin&amp;gs …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="92"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="93"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="94"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="95"/>
        <source>&amp;Suchen …</source>
        <translation>&amp;Search …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="96"/>
        <source>&amp;Themenfelder verwalten …</source>
        <translation>Manage &amp;theme fields …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="97"/>
        <source>&amp;Duplikate suchen …</source>
        <translation>Find &amp;duplicates …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="99"/>
        <source>Suchindex neu &amp;aufbauen …</source>
        <translation>&amp;Rebuild search index …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="102"/>
        <source>&amp;Kurzanleitung</source>
        <translation>&amp;Quick guide</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="103"/>
        <source>&amp;Tastenkürzel</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/commands.py" line="104"/>
        <source>Ü&amp;ber SIC Desktop</source>
        <translation>&amp;About SIC Desktop</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="40"/>
        <source>Die gewählten Werte werden übernommen. Leere Felder füllt der andere Datensatz; Listen wie E-Mail-Adressen, Telefonnummern und Schlagwörter werden zusammengeführt. Alle Verknüpfungen wandern zum Datensatz, der bleibt.</source>
        <translation>The selected values are kept. Empty fields are filled from the other record; lists such as e-mail addresses, phone numbers and tags are combined. All links move to the record that stays.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="59"/>
        <source>Bitte oben ein Paar wählen.</source>
        <translation>Please choose a pair above.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="67"/>
        <source>Bleibt erhalten:</source>
        <translation>Stays:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="69"/>
        <source>diese Nummer</source>
        <translation>this number</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="71"/>
        <source>Nummer {id} behalten</source>
        <translation>Keep number {id}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="75"/>
        <source>Verknüpft mit:</source>
        <translation>Linked with:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="78"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/comparison_view.py" line="110"/>
        <source>Beide Listen werden zusammengeführt.</source>
        <translation>Both lists are combined.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="57"/>
        <source>Mit Teamserver verbinden</source>
        <translation>Connect to team server</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="66"/>
        <source>Auf dem Teamserver arbeitet das ganze Team mit einem gemeinsamen Datenbestand. Die Angaben erhalten Sie von Ihrer IT. Das Passwort wird in keiner Datei gespeichert, nur auf Wunsch in der Anmeldeinformationsverwaltung von Windows.</source>
        <translation>On the team server the whole team works with one shared set of data. Your IT department gives you these details. The password is not saved in any file, only in the Windows Credential Manager if you wish.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="81"/>
        <source>Pass&amp;wort:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="83"/>
        <source>Passwort in der Anmeldeinformationsverwaltung von Windows merken</source>
        <translation>Remember the password in the Windows Credential Manager</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="96"/>
        <source>&amp;Verbinden</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="99"/>
        <source>&amp;Lokale Datei öffnen</source>
        <translation>Open &amp;local file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="99"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="128"/>
        <source>Die Verbindung wird geprüft …</source>
        <translation>Checking the connection …</translation>
    </message>
</context>
<context>
    <name>CooperationEditor</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/cooperation_editor.py" line="46"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/cooperation_editor.py" line="47"/>
        <source>Wirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/cooperation_editor.py" line="56"/>
        <source>{status} seit {date} ({user})</source>
        <translation>{status} since {date} ({user})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/cooperation_editor.py" line="61"/>
        <source>Verlauf: {steps}</source>
        <translation>History: {steps}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/date_field.py" line="28"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/date_field.py" line="35"/>
        <location filename="../../sic_desktop/ui/editors/date_field.py" line="36"/>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="19"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="20"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="21"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="22"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="23"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="24"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="25"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="26"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="27"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="28"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="29"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="30"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="51"/>
        <source>„{text}“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 25.11.2026.</source>
        <translation>“{text}” is not a date. Please enter it as DD.MM.YYYY, e.g. 25.11.2026.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="63"/>
        <source>„{text}“ ist kein gültiges Datum: Einen {month}. Monat gibt es nicht.</source>
        <translation>“{text}” is not a valid date: there is no month {month}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="69"/>
        <source>„{text}“: Das Jahr muss zwischen {min} und {max} liegen.</source>
        <translation>“{text}”: the year must be between {min} and {max}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="76"/>
        <source>„{text}“ ist kein gültiges Datum: Der {month} {year} hat nur {days} Tage.</source>
        <translation>“{text}” is not a valid date: {month} {year} has only {days} days.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="90"/>
        <source>{hours:02d}:{minutes:02d} Uhr</source>
        <translation>{hours:02d}:{minutes:02d}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/dates.py" line="95"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../sic_desktop/core/demo.py" line="69"/>
        <source>Der Teamserver enthält bereits Daten. Demodaten werden nur auf einen leeren Teamserver geladen, damit nichts vermischt wird.</source>
        <translation>The team server already holds data. Demo data is loaded only onto an empty team server, so that nothing gets mixed up.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/demo.py" line="73"/>
        <source>Der Datenordner enthält bereits Daten. Demodaten werden nur in einen leeren Datenordner geladen, damit nichts vermischt wird.</source>
        <translation>The data folder already contains data. Demo data is only loaded into an empty data folder so that nothing gets mixed up.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/demo.py" line="126"/>
        <source>Demodaten werden angelegt …</source>
        <translation>Creating demo data …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/demo_impact.py" line="81"/>
        <source>Wirkungsmessungen werden angelegt …</source>
        <translation>Creating impact measurements …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/demo_impact.py" line="108"/>
        <source>Eigene Erhebung des Teams</source>
        <translation>The team&apos;s own survey</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/demo_impact.py" line="118"/>
        <source>Zahlen aus dem Quartalsgespräch</source>
        <translation>Figures from the quarterly meeting</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../../sic_desktop/core/display.py" line="55"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/display.py" line="55"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="114"/>
        <source>gleiche E-Mail-Adresse {email}</source>
        <translation>same e-mail address {email}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="120"/>
        <source>gleicher Name bei „{organisation}“</source>
        <translation>same name at “{organisation}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="122"/>
        <source>ähnlicher Name bei „{organisation}“</source>
        <translation>similar name at “{organisation}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="131"/>
        <source>gleicher Name, eine Seite ohne Organisation</source>
        <translation>same name, one of them without organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="146"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/duplicates.py" line="149"/>
        <source>gleiche Internet-Domain {domain}</source>
        <translation>same internet domain {domain}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="53"/>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="65"/>
        <source>Mögliche Duplikate</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="59"/>
        <source>Es wird gesucht …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="69"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="69"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="69"/>
        <source>Möglicherweise derselbe</source>
        <translation>Possibly the same as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="70"/>
        <source>Warum</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="80"/>
        <source>&amp;Zusammenführen …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="83"/>
        <source>&amp;Kein Duplikat</source>
        <translation>&amp;Not a duplicate</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="85"/>
        <source>Die beiden sind verschiedene Datensätze; das Paar wird nicht mehr gezeigt.</source>
        <translation>The two are different records; the pair will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="107"/>
        <source>1 mögliches Duplikat gefunden.</source>
        <translation>1 possible duplicate found.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="108"/>
        <source>{count} mögliche Duplikate gefunden.</source>
        <translation>{count} possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="113"/>
        <source>Keine möglichen Duplikate gefunden.</source>
        <translation>No possible duplicates found.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="154"/>
        <source>„{other}“ (Nr. {other_id}) wird mit „{keep}“ (Nr. {keep_id}) zusammengeführt und danach gelöscht.</source>
        <translation>“{other}” (no. {other_id}) is merged into “{keep}” (no. {keep_id}) and then deleted.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="155"/>
        <source>Alle Verknüpfungen wandern zu Nr. {keep_id}.</source>
        <translation>All links move to no. {keep_id}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="157"/>
        <source>Rückgängig mit Strg+Z (nach dem Schließen dieses Fensters).</source>
        <translation>Undo with Ctrl+Z (after closing this window).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="159"/>
        <source>Vorher wird außerdem eine Sicherung angelegt.</source>
        <translation>A backup is made beforehand as well.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="171"/>
        <source>Duplikate zusammenführen</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="174"/>
        <source>Zusammengeführt: „{other}“ ist jetzt Teil von „{keep}“ (Nr. {id}). Rückgängig mit Strg+Z.</source>
        <translation>Merged: “{other}” is now part of “{keep}” (no. {id}). Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/duplicates_dialog.py" line="160"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="21"/>
        <source>Kontakt anonymisieren</source>
        <translation>Anonymise contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="29"/>
        <source>&amp;Anonymisieren</source>
        <translation>&amp;Anonymise</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="31"/>
        <source>Kontakt endgültig löschen</source>
        <translation>Delete contact permanently</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="23"/>
        <source>„{name}“ wird durch „anonymisierte Person“ ersetzt. Gelöscht werden Name, Anrede, Titel, E-Mail-Adressen, Telefonnummern, Notizen, Rechtsgrundlage, Einwilligungs- und Kontaktdatum, Schlagwörter, die Zugehörigkeit zu Organisationen und die Wiedervorlagen zum Kontakt. Die Verknüpfungen mit {notes} und {cooperations} bleiben; aus den Teilnehmenden dieser Notizen wird der Name entfernt. Das kann nicht rückgängig gemacht werden.</source>
        <translation>“{name}” will be replaced by “anonymisierte Person” (anonymised person). Deleted are the name, salutation, title, e-mail addresses, phone numbers, notes, legal basis, dates of consent and last contact, tags, memberships in organisations and the contact&apos;s follow-ups. The links to {notes} and {cooperations} stay; the name is removed from those notes&apos; participants. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="33"/>
        <source>„{name}“ wird endgültig gelöscht, nicht in den Papierkorb gelegt – mit Wiedervorlagen und den Verknüpfungen mit {notes} und {cooperations}. Aus den Teilnehmenden dieser Notizen wird der Name entfernt. Das kann nicht rückgängig gemacht werden.</source>
        <translation>“{name}” will be deleted permanently, not moved to the trash – together with its follow-ups and its links to {notes} and {cooperations}. The name is removed from those notes&apos; participants. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="37"/>
        <source>Endgültig &amp;löschen</source>
        <translation>&amp;Delete permanently</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="41"/>
        <source>1 Notiz</source>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="41"/>
        <source>{count} Notizen</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="42"/>
        <source>1 Kooperation</source>
        <translation>1 cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="42"/>
        <source>{count} Kooperationen</source>
        <translation>{count} cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="52"/>
        <source>&lt;b&gt;Diese Texte nennen die Person und werden nicht automatisch geändert.&lt;/b&gt; Bitte nach dem Löschen von Hand prüfen und den Namen dort entfernen, wo er nicht bleiben darf:</source>
        <translation>&lt;b&gt;These texts mention the person and are not changed automatically.&lt;/b&gt; After the erasure, check them by hand and remove the name wherever it must not stay:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="68"/>
        <source>Antrag der Person (Art. 17 DSGVO)</source>
        <translation>Request by the person (Art. 17 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="69"/>
        <source>Einwilligung widerrufen</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="70"/>
        <source>Löschfrist nach den Löschregeln abgelaufen</source>
        <translation>Deletion period under the deletion rules has run out</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="71"/>
        <source>Zweck entfallen</source>
        <translation>Purpose no longer applies</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="74"/>
        <source>&amp;Grund für das Löschprotokoll:</source>
        <translation>&amp;Reason for the erasure log:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erase_dialog.py" line="81"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErasureReportDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="20"/>
        <source>Löschung abgeschlossen</source>
        <translation>Erasure complete</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="24"/>
        <source>„{name}“ wurde anonymisiert.</source>
        <translation>“{name}” has been anonymised.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="26"/>
        <source>„{name}“ wurde endgültig gelöscht.</source>
        <translation>“{name}” has been deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="31"/>
        <source>Der Name wurde aus den Teilnehmenden einer Notiz entfernt.</source>
        <translation>The name was removed from the participants of one note.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="32"/>
        <source>Der Name wurde aus den Teilnehmenden von {count} Notizen entfernt.</source>
        <translation>The name was removed from the participants of {count} notes.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="36"/>
        <source>Gespeicherte Suchen, die den Kontakt nannten, wurden gelöscht: {names}.</source>
        <translation>Saved searches that named the contact were deleted: {names}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="40"/>
        <source>Achtung: {problem}</source>
        <translation>Attention: {problem}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="46"/>
        <source>Achtung: Ein Rest in der Protokolldatei der Datenbank wird erst beim Beenden des Programms entfernt. Bitte SIC Desktop jetzt einmal schließen.</source>
        <translation>Attention: a remainder in the database&apos;s log file is only removed when the program closes. Please close SIC Desktop once now.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/erasure_report_dialog.py" line="58"/>
        <source>&lt;b&gt;Diese Texte nennen die Person noch.&lt;/b&gt; Sie werden nicht automatisch geändert. Doppelklick öffnet einen Text zum Bearbeiten:</source>
        <translation>&lt;b&gt;These texts still mention the person.&lt;/b&gt; They are not changed automatically. Double-click a text to open it for editing:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sic_desktop/core/errors.py" line="115"/>
        <source>{record} Nr. {id} gibt es nicht (mehr).</source>
        <translation>{record} no. {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/record_service.py" line="248"/>
        <source>„{title}“ liegt im Papierkorb und kann nicht geändert werden.</source>
        <translation>“{title}” is in the trash and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/record_service.py" line="346"/>
        <source>„{title}“ wurde inzwischen von {user} geändert ({when}). Ihre Änderungen wurden nicht gespeichert, damit nichts überschrieben wird. Bitte den Datensatz neu laden und die Änderungen erneut eintragen.</source>
        <translation>“{title}” has been changed by {user} in the meantime ({when}). Your changes were not saved so that nothing is overwritten. Please reload the record and enter your changes again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/merge_undo.py" line="102"/>
        <source>Die Zusammenführung lässt sich nicht mehr rückgängig machen: einer der beiden Datensätze wurde inzwischen gelöscht oder wiederhergestellt.</source>
        <translation>The merge can no longer be undone: one of the two records has been deleted or restored in the meantime.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../sic_desktop/io/atomic_file.py" line="68"/>
        <source>Die Datei „{name}“ konnte nicht geschrieben werden ({reason}). Ist sie noch in Excel geöffnet, oder ist der Ordner schreibgeschützt?</source>
        <translation>The file “{name}” could not be written ({reason}). Is it still open in Excel, or is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_export.py" line="108"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_export.py" line="108"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_export.py" line="88"/>
        <location filename="../../sic_desktop/io/json_export.py" line="101"/>
        <source>Datensätze werden exportiert …</source>
        <translation>Exporting records …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="56"/>
        <source>Organisationen werden exportiert …</source>
        <translation>Exporting organisations …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="69"/>
        <source>Liste wird exportiert …</source>
        <translation>Exporting the list …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="72"/>
        <source>Liste als CSV</source>
        <translation>list as CSV</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="90"/>
        <source>Kontakte werden exportiert …</source>
        <translation>Exporting contacts …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="99"/>
        <source>Weitergabe an ein anderes Programm</source>
        <translation>Passed on to another program</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/record_export.py" line="100"/>
        <source>Kontakte: {count} ({format})</source>
        <translation>Contacts: {count} ({format})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="67"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="70"/>
        <source>Was soll exportiert werden?</source>
        <translation>What do you want to export?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="72"/>
        <source>Die angezeigte &amp;Liste „{list}“ mit ihren Filtern (CSV für Excel)</source>
        <translation>The &amp;list “{list}” as shown, with its filters (CSV for Excel)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="73"/>
        <source>Liste</source>
        <translation>list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="76"/>
        <source>&amp;Alles, verlustfrei (JSON) – zum Aufbewahren oder für einen anderen Rechner</source>
        <translation>&amp;Everything, lossless (JSON) – to keep or to move to another computer</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="77"/>
        <source>&amp;Kontakte für Outlook und Excel (CSV)</source>
        <translation>&amp;Contacts for Outlook and Excel (CSV)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="78"/>
        <source>Kontakte als &amp;Visitenkarten (vCard)</source>
        <translation>Contacts as &amp;business cards (vCard)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="89"/>
        <source>&amp;Nur die Kontakte, die die Kontaktliste gerade zeigt (mit Filtern)</source>
        <translation>&amp;Only the contacts the contact list shows now (with its filters)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="98"/>
        <source>&amp;Speichern unter …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="114"/>
        <source>Alle Daten mit Papierkorb, Protokoll und Verknüpfungen. Lässt sich in einen leeren Datenordner wieder einlesen.</source>
        <translation>All data with the trash, the change history and the links. Can be read back into an empty data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="116"/>
        <source>Mit den Spaltennamen von Outlook; Excel öffnet die Datei mit Doppelklick (Umlaute richtig, Semikolon getrennt).</source>
        <translation>With Outlook&apos;s column names; Excel opens the file with a double-click (accents correct, separated by semicolons).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="118"/>
        <source>vCard 3.0, eine Karte je Kontakt, für Outlook, Telefone und andere Programme.</source>
        <translation>vCard 3.0, one card per contact, for Outlook, phones and other programs.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="119"/>
        <source>Die Spalten, die Reihenfolge und die Filter der Liste im Fenster.</source>
        <translation>The columns, order and filters of the list in the window.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="128"/>
        <source>SIC-Desktop-Gesamtexport</source>
        <translation>SIC-Desktop-full-export</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="128"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="128"/>
        <source>Gesamtexport speichern</source>
        <translation>Save the full export</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="130"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="130"/>
        <source>Kontakte als vCard speichern</source>
        <translation>Save contacts as vCard</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="132"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="132"/>
        <source>Liste speichern</source>
        <translation>Save list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="163"/>
        <source>„{name}“ gespeichert ({what}).</source>
        <translation>“{name}” saved ({what}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="181"/>
        <source>Export …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/export_dialog.py" line="184"/>
        <source>Export abgebrochen. Es wurde keine Datei geschrieben.</source>
        <translation>Export cancelled. No file was written.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="12"/>
        <source>Themenfelder</source>
        <translation>Theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="13"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="74"/>
        <source>Schlagwörter</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="16"/>
        <source>Anhänge</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="20"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="24"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="94"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="104"/>
        <location filename="../../sic_desktop/privacy/access_pdf.py" line="165"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="21"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="34"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="59"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="114"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="25"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="105"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="26"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="106"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="27"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="70"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="28"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="71"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="29"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="72"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="30"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="110"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="31"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="73"/>
        <source>Webseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="32"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="43"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="90"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="112"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="33"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="44"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="91"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="113"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="37"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="69"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="38"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="58"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="77"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="78"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="39"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="79"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="40"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="80"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="41"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="81"/>
        <source>Namenszusatz</source>
        <translation>Name suffix</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="42"/>
        <source>Berufsbezeichnung</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="45"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="96"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="46"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="98"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="47"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="99"/>
        <source>Einwilligung vom</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="48"/>
        <location filename="../../sic_desktop/io/import_fields.py" line="100"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="49"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="81"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="50"/>
        <source>Anonymisiert am</source>
        <translation>Anonymised on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="51"/>
        <source>Herkunft der Daten</source>
        <translation>Source of the data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="52"/>
        <source>Herkunft, Einzelheiten</source>
        <translation>Source, details</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="53"/>
        <source>Informiert am (Art. 14)</source>
        <translation>Informed on (Art. 14)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="54"/>
        <source>Widerspruch (Art. 21)</source>
        <translation>Objection (Art. 21)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="55"/>
        <source>Widerspruch vom</source>
        <translation>Objection dated</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="61"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="62"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="63"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="64"/>
        <source>Vereinbarungen</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="65"/>
        <source>Ergebnisse und Wirkung</source>
        <translation>Results and impact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="66"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="67"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="68"/>
        <source>Problem und Ausgangslage</source>
        <translation>Problem and situation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="69"/>
        <source>Zielgruppen (direkt)</source>
        <translation>Target groups (direct)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="70"/>
        <source>Zielgruppen (indirekt)</source>
        <translation>Target groups (indirect)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="71"/>
        <source>Angestrebte Wirkungen</source>
        <translation>Intended outcomes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="72"/>
        <source>Annahmen und Risiken</source>
        <translation>Assumptions and risks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="75"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="76"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="78"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="79"/>
        <source>Textformat</source>
        <translation>Text format</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="80"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="82"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="83"/>
        <source>Kooperationen</source>
        <translation>Cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="86"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="87"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="88"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="89"/>
        <location filename="../../sic_desktop/core/field_labels.py" line="107"/>
        <source>Zuständig</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="90"/>
        <source>Bezug</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="93"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="95"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="96"/>
        <source>Wirkungsebene (IOOI)</source>
        <translation>Impact level (IOOI)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="97"/>
        <source>Stufe der Wirkungstreppe</source>
        <translation>Step of the impact ladder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="98"/>
        <source>Einheit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="99"/>
        <source>Art des Werts</source>
        <translation>Kind of value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="100"/>
        <source>Ausgangswert</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="101"/>
        <source>Ausgangswert vom</source>
        <translation>Baseline date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="102"/>
        <source>Zielwert</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="103"/>
        <source>Ziel bis</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="104"/>
        <source>Methode</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="105"/>
        <source>Quelle</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="106"/>
        <source>Messrhythmus</source>
        <translation>Measuring rhythm</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="110"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="111"/>
        <source>Zeitraum ab</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="112"/>
        <source>Gemessen am</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="113"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="114"/>
        <source>Nachweis (Notiz)</source>
        <translation>Evidence (note)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="115"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/field_labels.py" line="116"/>
        <source>Verlässlichkeit</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_fields.py" line="83"/>
        <source>Ganzer Name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_fields.py" line="87"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_fields.py" line="88"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_fields.py" line="89"/>
        <source>Abteilung</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="71"/>
        <source>Frist</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="100"/>
        <source>Art der Daten</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="103"/>
        <source>Beginn der Frist</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="110"/>
        <location filename="../../sic_desktop/core/services/keep_decisions.py" line="25"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_settings.py" line="38"/>
        <source>Änderungsprotokoll aufbewahren</source>
        <translation>Keep change history</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_settings.py" line="39"/>
        <source>Begründete Weiterspeicherung gilt</source>
        <translation>Justified retention holds</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_settings.py" line="125"/>
        <source>Einstellung</source>
        <translation>Setting</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="36"/>
        <source>Sektor-Filter</source>
        <translation>Sector filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="37"/>
        <source>Alle Sektoren</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="38"/>
        <source>Status-Filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="39"/>
        <source>Alle Status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="40"/>
        <source>Art-Filter</source>
        <translation>Type filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="41"/>
        <source>Alle Arten</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="44"/>
        <source>Erledigt-Filter</source>
        <translation>Done filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="45"/>
        <source>Offen und erledigt</source>
        <translation>Open and done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="46"/>
        <source>Offen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="46"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="72"/>
        <source>Filtern nach Name oder Titel …</source>
        <translation>Filter by name or title …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="73"/>
        <source>Liste filtern</source>
        <translation>Filter the list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="82"/>
        <source>Themenfeld-Filter</source>
        <translation>Theme field filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="83"/>
        <source>Schlagwort-Filter</source>
        <translation>Tag filter</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="113"/>
        <source>Alle Themenfelder</source>
        <translation>All theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_filter_bar.py" line="114"/>
        <source>Alle Schlagwörter</source>
        <translation>All tags</translation>
    </message>
</context>
<context>
    <name>FollowUpTargetField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/followup_target.py" line="46"/>
        <source>Ändern</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/followup_target.py" line="47"/>
        <source>Einen anderen Bezug wählen</source>
        <translation>Choose another record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/followup_target.py" line="53"/>
        <source>Notiz, Kontakt, Organisation oder Kooperation: Namen tippen …</source>
        <translation>Note, contact, organisation or cooperation: type a name …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/followup_target.py" line="96"/>
        <location filename="../../sic_desktop/ui/editors/followup_target.py" line="97"/>
        <source>Öffnen: {title}</source>
        <translation>Open: {title}</translation>
    </message>
</context>
<context>
    <name>FormatChoice</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/format_choice.py" line="16"/>
        <source>PDF – zum Drucken und Versenden</source>
        <translation>PDF – to print and send</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/format_choice.py" line="17"/>
        <source>Word (.docx) – zum Bearbeiten, aus der Word-Vorlage</source>
        <translation>Word (.docx) – to edit, from the Word template</translation>
    </message>
</context>
<context>
    <name>Gaps</name>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="36"/>
        <location filename="../../sic_desktop/network/gap_figure.py" line="59"/>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="65"/>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="157"/>
        <source>Lücken nach Themenfeld und Sektor</source>
        <translation>Gaps by theme field and sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="21"/>
        <source>Laufende Kooperationen (Idee bis Verstetigt) mit mindestens einem Partner des Sektors, darunter die Zahl der beteiligten Organisationen dieses Sektors</source>
        <translation>Running cooperations (idea to established) with at least one partner of the sector, below them the number of organisations of that sector taking part</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="98"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="45"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="109"/>
        <source>Lücke</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="102"/>
        <source>{count} mögl. Partner</source>
        <translation>{count} poss. partner(s)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="107"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="75"/>
        <source>1 Kooperation</source>
        <translation>1 cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="107"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="75"/>
        <source>{count} Kooperationen</source>
        <translation>{count} cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="108"/>
        <source>{count} Koop.</source>
        <translation>{count} coop.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="111"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="76"/>
        <source>1 Organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="111"/>
        <location filename="../../sic_desktop/ui/map/gap_model.py" line="76"/>
        <source>{count} Organisationen</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="113"/>
        <source>{count} Org.</source>
        <translation>{count} org.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="122"/>
        <source>Keine Lücken: In jedem Themenfeld arbeitet jeder Sektor mit.</source>
        <translation>No gaps: every sector takes part in every theme field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="126"/>
        <source>Lücke: keine laufende Kooperation mit einem Partner dieses Sektors</source>
        <translation>Gap: no running cooperation with a partner of this sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gap_figure.py" line="131"/>
        <source>… und weitere</source>
        <translation>… and more</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="21"/>
        <source>kein Partner aus der Wirtschaft in {theme}</source>
        <translation>no business partner in {theme}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="22"/>
        <source>kein Partner aus der Wissenschaft in {theme}</source>
        <translation>no science partner in {theme}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="23"/>
        <source>kein Partner aus der Zivilgesellschaft in {theme}</source>
        <translation>no civil-society partner in {theme}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="24"/>
        <source>kein Partner aus der Verwaltung in {theme}</source>
        <translation>no administration partner in {theme}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="25"/>
        <source>kein Partner aus der Politik in {theme}</source>
        <translation>no political partner in {theme}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="95"/>
        <source>1 möglicher Partner</source>
        <translation>1 possible partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/gaps.py" line="95"/>
        <source>{count} mögliche Partner</source>
        <translation>{count} possible partners</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="66"/>
        <source>Eine Zelle wählen, um ihre Kooperationen und möglichen Partner zu sehen.</source>
        <translation>Choose a cell to see its cooperations and possible partners.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="68"/>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="90"/>
        <source>Laufende Kooperationen</source>
        <translation>Running cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="69"/>
        <source>Mögliche Partner</source>
        <translation>Possible partners</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="81"/>
        <source>Laufende Kooperationen (Idee bis Verstetigt) mit mindestens einem Partner des Sektors und die beteiligten Organisationen dieses Sektors. Schraffiert: eine Lücke.</source>
        <translation>Running cooperations (idea to established) with at least one partner of the sector, and the organisations of that sector taking part. Hatched: a gap.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="85"/>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="91"/>
        <source>Mögliche Partner: Themenfeld eingetragen, noch nicht beteiligt</source>
        <translation>Possible partners: theme field entered, not yet taking part</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="131"/>
        <source>{theme} mit Partnern aus dem Sektor {sector}</source>
        <translation>{theme} with partners from the sector {sector}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="144"/>
        <source>keine – vielleicht eine neue Organisation ansprechen</source>
        <translation>none – perhaps approach a new organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="145"/>
        <source>keine weiteren</source>
        <translation>no others</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/gap_view.py" line="151"/>
        <source>Doppelklick oder Eingabetaste öffnet den Datensatz.</source>
        <translation>Double-click or Enter opens the record.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="53"/>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="61"/>
        <source>Ö&amp;ffnen</source>
        <translation>O&amp;pen</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="62"/>
        <source>Den Datenordner im Dateimanager zeigen</source>
        <translation>Show the data folder in the file manager</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="65"/>
        <source>&amp;Datenordner:</source>
        <translation>&amp;Data folder:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="73"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="76"/>
        <source>Die Sprache wird beim nächsten Start des Programms übernommen.</source>
        <translation>The language takes effect the next time the program starts.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="80"/>
        <source>Kurzanleitung</source>
        <translation>Quick guide</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="66"/>
        <source>Gehe zu: {page}</source>
        <translation>Go to: {page}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="71"/>
        <source>Suchen (außerhalb eines Textfelds)</source>
        <translation>Search (outside a text field)</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="22"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="23"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="24"/>
        <source>in den Papierkorb gelegt</source>
        <translation>moved to the trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="25"/>
        <source>wiederhergestellt</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="26"/>
        <source>endgültig gelöscht</source>
        <translation>deleted permanently</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="27"/>
        <source>anonymisiert</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="28"/>
        <source>Speicherung begründet (Datenschutz-Prüfung)</source>
        <translation>kept with a reason (privacy review)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="29"/>
        <source>mit einem Duplikat zusammengeführt</source>
        <translation>merged with a duplicate</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/change_history.py" line="30"/>
        <source>Zusammenführung rückgängig gemacht</source>
        <translation>merge undone</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/history_export.py" line="24"/>
        <source>Zeitpunkt</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/history_export.py" line="25"/>
        <source>von</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/history_export.py" line="26"/>
        <source>Vorgang</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/history_export.py" line="27"/>
        <source>Felder</source>
        <translation>Fields</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="75"/>
        <source>Änderungsprotokoll: {title}</source>
        <translation>Change history: {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="51"/>
        <source>Änderungsprotokoll</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="67"/>
        <source>Als &amp;CSV exportieren …</source>
        <translation>Export as &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="78"/>
        <source>Wer hat den Datensatz wann angelegt oder geändert, und welche Felder? Alte Inhalte werden nicht aufbewahrt. Einträge werden nach {period} gelöscht.</source>
        <translation>Who created or changed the record when, and which fields? Old contents are not kept. Entries are deleted after {period}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="80"/>
        <source>1 Jahr</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="80"/>
        <source>{count} Jahren</source>
        <translation>{count} years</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="97"/>
        <source>Änderungsprotokoll exportieren</source>
        <translation>Export change history</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="97"/>
        <source>CSV für Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/history_dialog.py" line="106"/>
        <source>Änderungsprotokoll gespeichert: {path}</source>
        <translation>Change history saved: {path}</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../../sic_desktop/core/user_identity.py" line="12"/>
        <location filename="../../sic_desktop/core/user_identity.py" line="14"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Impact</name>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="100"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="100"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="106"/>
        <source>{value} von 5</source>
        <translation>{value} of 5</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_followups.py" line="47"/>
        <source>Wirkungsmessung: „{name}“ messen und eintragen</source>
        <translation>Impact measurement: measure and enter “{name}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="112"/>
        <source>Messung in den Papierkorb legen</source>
        <translation>Move measurement to the trash</translation>
    </message>
</context>
<context>
    <name>ImpactPage</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="54"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="57"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="61"/>
        <source>Nachweise aus:</source>
        <translation>Evidence from:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="64"/>
        <source>allen Jahren</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="70"/>
        <source>Wirkungsbericht …</source>
        <translation>Impact report …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="82"/>
        <source>ohne
Nachweis</source>
        <translation>no
evidence</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="93"/>
        <source>Kooperationen der gewählten Zelle:</source>
        <translation>Cooperations of the chosen cell:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="103"/>
        <source>Überfällige Messungen:</source>
        <translation>Overdue measurements:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="107"/>
        <source>fällig seit</source>
        <translation>due since</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="107"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="107"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="107"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="143"/>
        <source>ohne Themenfeld</source>
        <translation>no theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="154"/>
        <source>{cooperations}, davon {measured} mit Nachweis auf der Wirkungstreppe (Spalte = höchste Stufe mit einem Messwert, der sich auf das Ziel zubewegt hat). {overdue}</source>
        <translation>{cooperations}, {measured} of them with evidence on the impact ladder (column = highest step with a measured value that moved towards the target). {overdue}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="157"/>
        <source>1 Messung ist überfällig.</source>
        <translation>1 measurement is overdue.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="158"/>
        <source>{count} Messungen sind überfällig.</source>
        <translation>{count} measurements are overdue.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="169"/>
        <source>{count} Kooperationen</source>
        <translation>{count} cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="177"/>
        <source>ohne Nachweis</source>
        <translation>no evidence</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="169"/>
        <source>1 Kooperation</source>
        <translation>1 cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/portfolio_page.py" line="178"/>
        <source>{theme} · {step}: {count}</source>
        <translation>{theme} · {step}: {count}</translation>
    </message>
</context>
<context>
    <name>ImpactRecordDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/record_dialog.py" line="41"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/record_dialog.py" line="42"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="30"/>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="75"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="104"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="133"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="31"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="133"/>
        <source>Stufe</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="32"/>
        <source>Ausgangswert</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="33"/>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="34"/>
        <source>Zuletzt gemessen</source>
        <translation>Latest measurement</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="35"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="36"/>
        <source>Ampel</source>
        <translation>Traffic light</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="74"/>
        <source>Keine Reflexionsgespräche oder Lessons Learned im Berichtszeitraum verknüpft.</source>
        <translation>No reflection talks or lessons learned linked in the reporting period.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/blocks.py" line="90"/>
        <source>Noch nicht beschrieben.</source>
        <translation>Not described yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/charts.py" line="67"/>
        <source>noch keine Messung</source>
        <translation>no measurement yet</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/charts.py" line="77"/>
        <source>gemessen</source>
        <translation>measured</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/charts.py" line="78"/>
        <source>Plan (gerader Weg zum Ziel)</source>
        <translation>Plan (straight path to the target)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/charts.py" line="79"/>
        <source>Zielwert</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="33"/>
        <source>Stand {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="34"/>
        <source>Wirkungsbericht: {title}</source>
        <translation>Impact report: {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="35"/>
        <source>Wirkungsbericht {period}</source>
        <translation>Impact report {period}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="36"/>
        <source>{status} · {period} · verantwortlich: {responsible}</source>
        <translation>{status} · {period} · responsible: {responsible}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="40"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="54"/>
        <source>1. Problem und Ansatz</source>
        <translation>1. Problem and approach</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="42"/>
        <source>Ansatz</source>
        <translation>Approach</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="49"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="61"/>
        <source>2. Ressourcen (Input)</source>
        <translation>2. Resources (input)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="53"/>
        <source>Für die Ressourcen ist kein Indikator angelegt.</source>
        <translation>No indicator for the resources.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="55"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="70"/>
        <source>3. Leistungen (Output)</source>
        <translation>3. Services (output)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="57"/>
        <source>Für die Leistungen ist kein Indikator angelegt.</source>
        <translation>No indicator for the services.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="59"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="78"/>
        <source>4. Wirkungen (Outcome und Impact)</source>
        <translation>4. Effects (outcome and impact)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="61"/>
        <source>Für Wirkungen ist noch kein Indikator angelegt.</source>
        <translation>No indicator for effects yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="63"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="91"/>
        <source>5. Lernerfahrungen</source>
        <translation>5. Lessons</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="68"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="95"/>
        <source>6. Planung und Risiken</source>
        <translation>6. Planning and risks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="71"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="74"/>
        <source>Nächste Messungen</source>
        <translation>Next measurements</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="75"/>
        <source>fällig am</source>
        <translation>due on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/cooperation_report.py" line="76"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="105"/>
        <source>Zuständig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="45"/>
        <source>Wirkungsbericht {theme} {year}</source>
        <translation>Impact report {theme} {year}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="46"/>
        <source>Wirkungsbericht nach dem Social Reporting Standard</source>
        <translation>Impact report following the Social Reporting Standard</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="48"/>
        <source>{coops} Kooperationen mit {indicators} Indikatoren und {measurements} Messungen im Jahr {year}; Stand der Bewertung: {date}.</source>
        <translation>{coops} cooperations with {indicators} indicators and {measurements} measurements in {year}; assessed on {date}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="56"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="99"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="104"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="57"/>
        <source>Problem und Ausgangslage</source>
        <translation>Problem and situation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="68"/>
        <source>Input-Indikatoren</source>
        <translation>Input indicators</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="76"/>
        <source>Ampel der Indikatoren je Wirkungsebene (Anzahl Indikatoren):</source>
        <translation>Traffic lights of the indicators per impact level (number of indicators):</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="80"/>
        <source>ohne Nachweis</source>
        <translation>no evidence</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="82"/>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="134"/>
        <source>Kooperationen</source>
        <translation>Cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="82"/>
        <source>Höchste Stufe der Wirkungstreppe mit Nachweis {year} (Anzahl Kooperationen):</source>
        <translation>Highest step of the impact ladder with evidence in {year} (number of cooperations):</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="87"/>
        <source>Indikatoren der Wirkungen, zusammengefasst über die Kooperationen (Anzahl und mittlerer Fortschritt):</source>
        <translation>Indicators of the effects, summed up over the cooperations (number and average progress):</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="99"/>
        <source>Annahmen und Risiken</source>
        <translation>Assumptions and risks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="102"/>
        <source>Überfällige Messungen</source>
        <translation>Overdue measurements</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="105"/>
        <source>fällig seit</source>
        <translation>due since</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="108"/>
        <source>Keine Messung ist überfällig.</source>
        <translation>No measurement is overdue.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="116"/>
        <source>… und {count} weitere (vollständig in SIC Desktop auf der Seite „Wirkung“ und in den Wirkungsberichten der Kooperationen).</source>
        <translation>… and {count} more (complete in SIC Desktop on the “Impact” page and in the cooperations&apos; impact reports).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/impact/theme_report.py" line="136"/>
        <source>mittlerer Fortschritt</source>
        <translation>average progress</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="76"/>
        <source>Wirkungsbericht speichern</source>
        <translation>Save impact report</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="82"/>
        <source>Wirkungsbericht gespeichert: {path}.</source>
        <translation>Impact report saved: {path}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="84"/>
        <source>Wirkungsbericht gespeichert: {path} ({pages}).</source>
        <translation>Impact report saved: {path} ({pages}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="85"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="86"/>
        <source>{count} Seiten</source>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>ImpactTab</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/impact_tab.py" line="31"/>
        <source>Wirkungsmodell</source>
        <translation>Impact model</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/impact_tab.py" line="37"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
</context>
<context>
    <name>ImpactTemplates</name>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="42"/>
        <source>Personen</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="47"/>
        <source>Teilnehmende aus dem Quartier</source>
        <translation>Participants from the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="48"/>
        <source>Personen mit Wohnsitz im Quartier, die mindestens einmal teilgenommen haben.</source>
        <translation>Residents of the neighbourhood who took part at least once.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="50"/>
        <source>vermittelte Arbeitsplätze</source>
        <translation>Jobs placed</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="51"/>
        <source>Arbeits- oder Ausbildungsverträge, die Teilnehmende nach der Beratung abgeschlossen haben.</source>
        <translation>Employment or training contracts participants signed after counselling.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="52"/>
        <source>Arbeitsplätze</source>
        <translation>jobs</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="53"/>
        <source>Beratungsgespräche</source>
        <translation>Counselling sessions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="54"/>
        <source>Geführte Beratungsgespräche im Quartiersbüro.</source>
        <translation>Counselling sessions held in the neighbourhood office.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="55"/>
        <source>Gespräche</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="58"/>
        <source>beteiligte Unternehmen</source>
        <translation>Participating companies</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="59"/>
        <source>Unternehmen, die eine Vereinbarkeitsmaßnahme eingeführt haben.</source>
        <translation>Companies that introduced a work-life measure.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="60"/>
        <source>Unternehmen</source>
        <translation>companies</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="61"/>
        <source>Beschäftigte mit Pflegeaufgaben, die sich entlastet fühlen</source>
        <translation>Employees with care duties who feel relieved</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="62"/>
        <source>Anteil der befragten pflegenden Beschäftigten, die „eher“ oder „sehr“ entlastet angeben.</source>
        <translation>Share of surveyed employees with care duties who say they feel “rather” or “very” relieved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="66"/>
        <source>Praktikumsplätze für Schülerinnen und Schüler</source>
        <translation>Internships for pupils</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="67"/>
        <source>Von Partnerunternehmen angebotene und besetzte Praktikumsplätze.</source>
        <translation>Internships offered and filled by partner companies.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="68"/>
        <source>Plätze</source>
        <translation>places</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="69"/>
        <source>Berufsorientierung der Jugendlichen</source>
        <translation>Career orientation of the young people</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="70"/>
        <source>Mittlere Selbsteinschätzung „Ich weiß, welcher Beruf zu mir passt“ (1 = gar nicht, 5 = genau).</source>
        <translation>Average self-assessment “I know which job suits me” (1 = not at all, 5 = exactly).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="74"/>
        <source>Engagementstunden von Beschäftigten</source>
        <translation>Volunteering hours of employees</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="75"/>
        <source>Stunden, die Beschäftigte der Partnerunternehmen im Quartier geleistet haben.</source>
        <translation>Hours employees of partner companies volunteered in the neighbourhood.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="76"/>
        <source>Stunden</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="77"/>
        <source>eingeworbene Mittel</source>
        <translation>Funds raised</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="78"/>
        <source>Geld- und Sachspenden der Unternehmen für die Kooperation.</source>
        <translation>Money and donations in kind from companies for the cooperation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="82"/>
        <source>Fördersumme</source>
        <translation>Grant amount</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="83"/>
        <source>Von Stiftungen bewilligte Mittel.</source>
        <translation>Funds granted by foundations.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="85"/>
        <source>Projekt nach der Förderung weitergeführt</source>
        <translation>Project continued after the funding</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="86"/>
        <source>Läuft das Projekt nach dem Ende der Stiftungsförderung aus eigener Kraft weiter?</source>
        <translation>Does the project continue on its own after the foundation&apos;s funding ends?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="92"/>
        <source>Veranstaltungen wie geplant durchgeführt</source>
        <translation>Events held as planned</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="93"/>
        <source>Anteil der geplanten Termine, die stattgefunden haben.</source>
        <translation>Share of planned dates that took place.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="95"/>
        <source>Zufriedenheit der Teilnehmenden</source>
        <translation>Participant satisfaction</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_templates.py" line="96"/>
        <source>Mittlere Bewertung im Feedbackbogen (1 = gar nicht, 5 = sehr zufrieden).</source>
        <translation>Average rating in the feedback form (1 = not at all, 5 = very satisfied).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="60"/>
        <source>Semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="61"/>
        <source>Komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="62"/>
        <source>Tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="64"/>
        <source>CSV, Trennzeichen {delimiter}, Zeichensatz {encoding}</source>
        <translation>CSV, delimiter {delimiter}, encoding {encoding}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="68"/>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="49"/>
        <source>, Spaltenüberschriften in Zeile {line}</source>
        <translation>, column names in line {line}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="89"/>
        <source>Sie enthält nur leere Zeilen.</source>
        <translation>It contains only empty lines.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/csv_source.py" line="111"/>
        <source>Ab Zeile {line} ist der Aufbau beschädigt, meist durch ein Anführungszeichen, das nicht geschlossen wird.</source>
        <translation>From line {line} on the structure is damaged, usually by a quotation mark that is not closed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_errors.py" line="22"/>
        <source>Die Datei „{name}“ kann nicht gelesen werden: {problem}</source>
        <translation>The file “{name}” cannot be read: {problem}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_errors.py" line="38"/>
        <source>Die Zuordnungsdatei „{name}“ kann nicht verwendet werden: {problem}</source>
        <translation>The mapping file “{name}” cannot be used: {problem}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/column_mapping.py" line="163"/>
        <location filename="../../sic_desktop/io/text_file.py" line="40"/>
        <source>Sie wurde nicht gefunden.</source>
        <translation>It was not found.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/column_mapping.py" line="166"/>
        <source>Sie ist keine gültige JSON-Datei.</source>
        <translation>It is not a valid JSON file.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/column_mapping.py" line="174"/>
        <source>Der Abschnitt „columns“ mit den Spalten fehlt.</source>
        <translation>The section “columns” with the columns is missing.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/column_mapping.py" line="180"/>
        <source>„kind“ muss „person“ oder „organisation“ sein.</source>
        <translation>“kind” must be “person” or “organisation”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/column_mapping.py" line="194"/>
        <source>Das Zielfeld „{target}“ (Spalte „{column}“) gibt es nicht. Möglich sind: {fields}.</source>
        <translation>There is no target field “{target}” (column “{column}”). Possible are: {fields}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="64"/>
        <source>{label}: „{value}“ ist als privat gekennzeichnet („{mark}“) und wird nicht übernommen.</source>
        <translation>{label}: “{value}” is marked as private (“{mark}”) and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="133"/>
        <source>{label}: {reason} Der Wert wird nicht übernommen.</source>
        <translation>{label}: {reason} The value is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="146"/>
        <source>{label}: „{value}“ ist eine interne Exchange-Adresse aus Outlook, keine E-Mail-Adresse, und wird nicht übernommen.</source>
        <translation>{label}: “{value}” is an internal Exchange address from Outlook, not an e-mail address, and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="152"/>
        <source>{label}: „{value}“ ist keine gültige E-Mail-Adresse und wird nicht übernommen.</source>
        <translation>{label}: “{value}” is not a valid e-mail address and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="165"/>
        <source>{label}: „{value}“ ist keine gültige Webadresse und wird nicht übernommen.</source>
        <translation>{label}: “{value}” is not a valid web address and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="175"/>
        <source>{label}: „{value}“ ist keine Telefonnummer und wird nicht übernommen.</source>
        <translation>{label}: “{value}” is not a phone number and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="187"/>
        <source>{label}: Nur ein Wert ist möglich; „{value}“ wird nicht übernommen.</source>
        <translation>{label}: only one value is possible; “{value}” is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="197"/>
        <source>{label}: Der Wert ist zu lang ({length} Zeichen, höchstens {limit}) und wird nicht übernommen.</source>
        <translation>{label}: the value is too long ({length} characters, at most {limit}) and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="219"/>
        <source>Der Name fehlt: weder Vorname noch Nachname ist angegeben.</source>
        <translation>The name is missing: neither first nor last name is given.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/row_mapping.py" line="223"/>
        <source>Der Name der Organisation fehlt.</source>
        <translation>The name of the organisation is missing.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/rows.py" line="56"/>
        <source>Zeile {line}: {message}</source>
        <translation>Line {line}: {message}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/sources.py" line="61"/>
        <source>Sie ist im alten Excel-Format (.xls) gespeichert oder mit einem Kennwort geschützt. Bitte in Excel öffnen und als „Excel-Arbeitsmappe (.xlsx)“ oder „CSV UTF-8“ speichern.</source>
        <translation>It is saved in the old Excel format (.xls) or protected by a password. Please open it in Excel and save it as “Excel Workbook (.xlsx)” or “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/table.py" line="44"/>
        <source>In Zeile {line} oder darunter stehen keine Spaltenüberschriften.</source>
        <translation>There are no column names in line {line} or below.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/table.py" line="61"/>
        <source>Spalte {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/table.py" line="77"/>
        <source>Zeile {line} hat {count} Spalten, höchstens {limit} sind möglich. Ist es wirklich eine Kontaktliste? Bitte die überflüssigen Spalten löschen.</source>
        <translation>Row {line} has {count} columns; at most {limit} are possible. Is it really a contact list? Please delete the surplus columns.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/table.py" line="89"/>
        <source>Zeile {line} enthält Daten („{value}“) statt Spaltenüberschriften. Bitte fügen Sie oben eine Zeile mit den Spaltennamen ein, z. B. „Vorname“, „Nachname“, „E-Mail“.</source>
        <translation>Line {line} contains data (“{value}”) instead of column headings. Please insert a line with the column names at the top, e.g. “Vorname”, “Nachname”, “E-Mail”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/table.py" line="122"/>
        <source>Die Zeile hat mehr Werte als die Kopfzeile Spalten; nicht übernommen: {values}</source>
        <translation>The line has more values than the heading has columns; not imported: {values}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="42"/>
        <source>Sie ist ein Ordner, keine Datei.</source>
        <translation>It is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="44"/>
        <source>Sie ist leer.</source>
        <translation>It is empty.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="48"/>
        <source>Sie ist {size} MB groß; eingelesen werden Dateien bis {limit} MB. Bitte teilen Sie die Liste in mehrere Dateien auf.</source>
        <translation>It is {size} MB large; files up to {limit} MB are read. Please split the list into several files.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="70"/>
        <source>Das System verweigert den Zugriff ({reason}). Ist sie noch in Excel geöffnet?</source>
        <translation>The system denies access ({reason}). Is it still open in Excel?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="105"/>
        <source>Sie ist als UTF-8 gekennzeichnet, enthält aber Zeichen in einer anderen Kodierung. Bitte in Excel erneut als „CSV UTF-8“ speichern.</source>
        <translation>It is marked as UTF-8 but contains characters in another encoding. Please save it again in Excel as “CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/text_file.py" line="187"/>
        <source>Sie enthält keinen Text, sondern Programm- oder Bilddaten. Bitte wählen Sie eine CSV-, Excel- oder vCard-Datei.</source>
        <translation>It contains no text but program or image data. Please choose a CSV, Excel or vCard file.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/vcard_source.py" line="56"/>
        <source>Die Visitenkarte ist unvollständig („END:VCARD“ fehlt) und wird nicht übernommen.</source>
        <translation>The business card is incomplete (“END:VCARD” is missing) and is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/vcard_source.py" line="67"/>
        <source>vCard-Datei (Visitenkarten)</source>
        <translation>vCard file (business cards)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/vcard_source.py" line="78"/>
        <source>Sie enthält keine Visitenkarte („BEGIN:VCARD“ fehlt).</source>
        <translation>It contains no business card (“BEGIN:VCARD” is missing).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="47"/>
        <source>Excel-Arbeitsmappe, Blatt „{sheet}“</source>
        <translation>Excel workbook, sheet “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="76"/>
        <source>Die Arbeitsmappe hat kein Tabellenblatt.</source>
        <translation>The workbook has no worksheet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="82"/>
        <source>Es gibt kein Blatt „{sheet}“. Vorhanden: {sheets}.</source>
        <translation>There is no sheet “{sheet}”. Available: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="99"/>
        <source>Das Blatt „{sheet}“ ist leer.</source>
        <translation>The sheet “{sheet}” is empty.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="144"/>
        <source>WAHR</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="144"/>
        <source>FALSCH</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/xlsx_source.py" line="155"/>
        <source>Sie ist keine gültige Excel-Arbeitsmappe (.xlsx) oder ist beschädigt. Bitte in Excel öffnen und erneut als „Excel-Arbeitsmappe“ speichern.</source>
        <translation>It is not a valid Excel workbook (.xlsx) or it is damaged. Please open it in Excel and save it again as “Excel Workbook”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="119"/>
        <source>Mehrere Kontakte haben diese E-Mail-Adresse: {who}.</source>
        <translation>Several contacts have this e-mail address: {who}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="124"/>
        <source>gleiche E-Mail-Adresse wie {who}</source>
        <translation>same e-mail address as {who}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="126"/>
        <source>Die E-Mail-Adresse gehört schon zu {who}, der Name weicht ab.</source>
        <translation>The e-mail address already belongs to {who}; the name differs.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="140"/>
        <source>gleicher Name in derselben Organisation wie {who}</source>
        <translation>same name in the same organisation as {who}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="144"/>
        <source>gleicher Name wie {who}, beide ohne Organisation</source>
        <translation>same name as {who}, neither with an organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="148"/>
        <source>Ähnlicher Name in derselben Organisation: {who}.</source>
        <translation>Similar name in the same organisation: {who}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="151"/>
        <source>Gleicher Name wie {who}; eine Seite hat keine Organisation.</source>
        <translation>Same name as {who}; one of them has no organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="154"/>
        <source>Einen Kontakt gleichen Namens gibt es schon bei einer anderen Organisation: {who}.</source>
        <translation>A contact of the same name exists at another organisation: {who}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="163"/>
        <source>Mehrere Kontakte ohne Organisation haben diesen Namen: {who}.</source>
        <translation>Several contacts without an organisation have this name: {who}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="174"/>
        <source>aus Zeile {line}</source>
        <translation>from line {line}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_matching.py" line="176"/>
        <source>Kontakt Nr. {id}</source>
        <translation>contact no. {id}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_records.py" line="61"/>
        <source>{label}: Eine Organisation hat nur einen Wert; „{value}“ wird nicht übernommen.</source>
        <translation>{label}: An organisation has only one value; “{value}” is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_records.py" line="96"/>
        <source>Adresse und Webseite gehören bei SIC Desktop zur Organisation; ohne Organisation werden sie nicht übernommen.</source>
        <translation>In SIC Desktop, address and website belong to the organisation; without an organisation they are not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_records.py" line="131"/>
        <source>{label}: Gespeichert ist „{stored}“; „{value}“ aus der Datei wird nicht übernommen.</source>
        <translation>{label}: “{stored}” is stored; “{value}” from the file is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_records.py" line="153"/>
        <source>Funktion bei „{organisation}“: Gespeichert ist „{stored}“; „{value}“ aus der Datei wird nicht übernommen.</source>
        <translation>Function at “{organisation}”: “{stored}” is stored; “{value}” from the file is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="34"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="35"/>
        <source>ergänzt</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="36"/>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="37"/>
        <source>nicht übernommen</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="75"/>
        <source>Probelauf: Es wurde nichts gespeichert.</source>
        <translation>Trial run: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="77"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="79"/>
        <source>Es wurde nichts gespeichert, weil Zeilen abgelehnt wurden und „alles oder nichts“ gewählt ist.</source>
        <translation>Nothing was saved because lines were refused and “all or nothing” is chosen.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="84"/>
        <source>Es wurde nichts gespeichert.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="88"/>
        <source>Import aus „{source}“</source>
        <translation>Import from “{source}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="92"/>
        <source>Neue Organisationen: {names}</source>
        <translation>New organisations: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="98"/>
        <source>Zeile {line}: {outcome} – {title}</source>
        <translation>Line {line}: {outcome} – {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="108"/>
        <source>Spalte „{column}“ wurde nicht übernommen.</source>
        <translation>Column “{column}” was not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="113"/>
        <source>Bewusst nicht übernommen (private Angaben, Geburtstage, Fax, Länder und Angaben für andere Programme): {columns}.</source>
        <translation>Left out on purpose (private details, birthdays, fax, countries and details for other programs): {columns}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="127"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="127"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="128"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_report.py" line="128"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="71"/>
        <source>Die Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="96"/>
        <source>Zeilen werden geprüft …</source>
        <translation>Checking lines …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="98"/>
        <source>Zeilen werden importiert …</source>
        <translation>Importing lines …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="138"/>
        <source>Die Zeile nennt nur eine Firma und wird als Organisation übernommen.</source>
        <translation>The line names only a company and is imported as an organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="146"/>
        <source>Wegen „alles oder nichts“ wird die Zeile mit diesen Werten nicht übernommen.</source>
        <translation>Because of “all or nothing”, the line with these values is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="182"/>
        <source>{label}: {message} Der Wert wird nicht übernommen.</source>
        <translation>{label}: {message} The value is not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="194"/>
        <source>Möglicherweise doppelt: {reason}</source>
        <translation>Possibly a duplicate: {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="230"/>
        <source>Organisation „{name}“ wird neu angelegt.</source>
        <translation>Organisation “{name}” is created.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="254"/>
        <source>Ergänzt: {fields}.</source>
        <translation>Completed: {fields}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="266"/>
        <source>Gleiche Internet-Domain wie „{name}“ (Organisation Nr. {id}); bitte prüfen, ob es dieselbe Organisation ist.</source>
        <translation>Same internet domain as “{name}” (organisation no. {id}); please check whether it is the same organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/importer.py" line="278"/>
        <source>Gleicher Name wie Organisation Nr. {id}.</source>
        <translation>Same name as organisation no. {id}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="68"/>
        <source>Der Export wird geprüft …</source>
        <translation>Checking the export …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="70"/>
        <source>Der Export wird eingelesen …</source>
        <translation>Reading the export …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="100"/>
        <source>Ein Anhang im Abschnitt „attachments“ ist fehlerhaft ({reason}).</source>
        <translation>An attachment in the section “attachments” is faulty ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="110"/>
        <source>Sie ist keine gültige JSON-Datei ({reason}).</source>
        <translation>It is not a valid JSON file ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="113"/>
        <source>Sie ist zu tief verschachtelt und deshalb kein Gesamtexport von SIC Desktop.</source>
        <translation>It is nested too deeply and therefore not a full export of SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="116"/>
        <source>Sie ist kein Gesamtexport von SIC Desktop.</source>
        <translation>It is not a full export of SIC Desktop.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="122"/>
        <source>Sie stammt von einer neueren Version von SIC Desktop ({version}). Bitte das Programm aktualisieren.</source>
        <translation>It comes from a newer version of SIC Desktop ({version}). Please update the program.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="143"/>
        <source>Ein Gesamtexport kann nur auf einen leeren Teamserver eingelesen werden, damit alle Nummern und Verknüpfungen gleich bleiben. Auf diesem Teamserver liegen schon Daten; es wurde nichts eingelesen.</source>
        <translation>A full export can only be read onto an empty team server, so that all numbers and links stay the same. This team server already holds data; nothing was read in.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="150"/>
        <source>Ein Gesamtexport kann nur in einen leeren Datenordner eingelesen werden, damit alle Nummern und Verknüpfungen gleich bleiben. Bitte einen neuen Datenordner wählen (z. B. „sic-desktop --data-dir ORDNER import …“).</source>
        <translation>A full export can only be read into an empty data folder, so that all numbers and links stay the same. Please choose a new data folder (e.g. “sic-desktop --data-dir FOLDER import …”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="162"/>
        <source>Der Abschnitt „{section}“ ist keine Liste.</source>
        <translation>The section “{section}” is not a list.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="174"/>
        <source>Die Nummer kommt doppelt vor, oder eine Verknüpfung zeigt auf einen Datensatz, den es in der Datei nicht gibt.</source>
        <translation>The number occurs twice, or a link points to a record that is not in the file.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="178"/>
        <source>Ein Feld hat einen unerwarteten Wert ({reason}).</source>
        <translation>A field has an unexpected value ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="184"/>
        <source>{record} Nr. {id}: {reason} Es wurde nichts gespeichert.</source>
        <translation>{record} no. {id}: {reason} Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/json_import.py" line="226"/>
        <source>Ein Eintrag im Protokoll, bei den Datenschutz-Begründungen oder in den Einstellungen ist fehlerhaft ({reason}).</source>
        <translation>An entry in the history, the data protection keep decisions or the settings is faulty ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/import_source.py" line="22"/>
        <source>Datei „{file}“, importiert am {date}</source>
        <translation>File “{file}”, imported on {date}</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="28"/>
        <source>Probelauf</source>
        <translation>Trial run</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="29"/>
        <source>So würde der Import ausgehen. Gespeichert wird erst mit „Jetzt importieren“.</source>
        <translation>This is how the import would turn out. Nothing is stored until you press “Import now”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="31"/>
        <source>Jetzt &amp;importieren</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="36"/>
        <source>&amp;Alles oder nichts: eine abgelehnte Zeile lehnt die ganze Datei ab</source>
        <translation>&amp;All or nothing: one refused line refuses the whole file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="38"/>
        <source>Mögliche &amp;Doppelte trotzdem anlegen</source>
        <translation>Create possible &amp;duplicates anyway</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="41"/>
        <source>Zeilen, die einem gespeicherten Datensatz nur ähneln, werden sonst nicht übernommen.</source>
        <translation>Otherwise lines that only resemble a stored record are not imported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="47"/>
        <source>&amp;Erneut prüfen</source>
        <translation>Check a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="70"/>
        <source>Die Datei wird geprüft …</source>
        <translation>Checking the file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="80"/>
        <source>Probelauf …</source>
        <translation>Trial run …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="82"/>
        <source>Der Probelauf wurde abgebrochen.</source>
        <translation>The trial run was cancelled.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="90"/>
        <source>Mit „Alles oder nichts“ würde nichts gespeichert, weil Zeilen abgelehnt werden.</source>
        <translation>With “all or nothing” nothing would be stored, because lines are refused.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="93"/>
        <source>Keine Zeile brächte etwas Neues.</source>
        <translation>No line would add anything new.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_check_page.py" line="99"/>
        <source>Der Gesamtexport ist in Ordnung und kann eingelesen werden: {counts}.</source>
        <translation>The full export is in order and can be read in: {counts}.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="44"/>
        <source>Datei wählen</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="47"/>
        <source>Kontakte oder Organisationen aus Outlook, Excel (CSV oder .xlsx) oder vCard übernehmen – oder einen Gesamtexport von SIC Desktop in einen leeren Datenordner einlesen.</source>
        <translation>Bring in contacts or organisations from Outlook, Excel (CSV or .xlsx) or vCard – or read a full export of SIC Desktop into an empty data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="56"/>
        <source>Pfad der Datei</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="59"/>
        <source>&amp;Durchsuchen …</source>
        <translation>&amp;Browse …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="63"/>
        <source>Dat&amp;ei:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="69"/>
        <source>&amp;Tabellenblatt:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="75"/>
        <source>&amp;Kontakte (Personen)</source>
        <translation>&amp;Contacts (people)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="76"/>
        <source>&amp;Organisationen</source>
        <translation>&amp;Organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="85"/>
        <source>Jede Zeile ist:</source>
        <translation>Each line is:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="102"/>
        <source>Datei zum Importieren wählen</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="104"/>
        <source>Listen und Kontakte (*.csv *.txt *.xlsx *.xlsm *.vcf *.vcard *.json);;CSV (*.csv *.txt);;Excel (*.xlsx *.xlsm);;vCard (*.vcf *.vcard);;Gesamtexport (*.json);;Alle Dateien (*)</source>
        <translation>Lists and contacts (*.csv *.txt *.xlsx *.xlsm *.vcf *.vcard *.json);;CSV (*.csv *.txt);;Excel (*.xlsx *.xlsm);;vCard (*.vcf *.vcard);;Full export (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="123"/>
        <source>Die Datei wird geöffnet …</source>
        <translation>Opening the file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="161"/>
        <source>Gesamtexport von SIC Desktop. Er wird vollständig eingelesen, mit allen Nummern und Verknüpfungen – das geht nur auf einen leeren Teamserver.</source>
        <translation>Full export of SIC Desktop. It is read in completely, with all numbers and links – this works only onto an empty team server.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="168"/>
        <source>Gesamtexport von SIC Desktop. Er wird vollständig eingelesen, mit allen Nummern und Verknüpfungen – das geht nur in einen leeren Datenordner.</source>
        <translation>A full export of SIC Desktop. It is read in completely, with all numbers and links – this works only in an empty data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="175"/>
        <source>Erkannt: {what}. {columns}.</source>
        <translation>Recognised: {what}. {columns}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="177"/>
        <source>1 Spalte</source>
        <translation>1 column</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_file_page.py" line="177"/>
        <source>{count} Spalten</source>
        <translation>{count} columns</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="83"/>
        <source>Spalten zuordnen</source>
        <translation>Map columns</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="92"/>
        <source>Spaltenüberschriften in &amp;Zeile</source>
        <translation>Column names in &amp;line</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="96"/>
        <source>Stehen über der Tabelle Titel oder Datum, hier die Zeile mit den Spaltennamen wählen.</source>
        <translation>If a title or date stands above the table, choose the line with the column names here.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="101"/>
        <source>Nur Spalten &amp;mit Inhalt zeigen</source>
        <translation>Show only columns &amp;with content</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="106"/>
        <source>Zuordnung &amp;laden …</source>
        <translation>&amp;Load mapping …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="109"/>
        <source>Zuordnung &amp;speichern …</source>
        <translation>&amp;Save mapping …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="110"/>
        <source>Als Datei speichern, z. B. für „sic-desktop import --mapping“</source>
        <translation>Save as a file, e.g. for “sic-desktop import --mapping”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="121"/>
        <source>Spalte der Datei</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="121"/>
        <source>Beispiel</source>
        <translation>Example</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="121"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="128"/>
        <source>Vorschau – so werden die ersten Zeilen übernommen:</source>
        <translation>Preview – this is how the first lines will be stored:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="132"/>
        <source>Vorschau der ersten Zeilen</source>
        <translation>Preview of the first lines</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="164"/>
        <source>Die Zuordnung vom letzten Import einer Datei mit diesen Spalten ist vorausgewählt.</source>
        <translation>The mapping from the last import of a file with these columns is preselected.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="167"/>
        <source>Vorschlag nach den Spaltennamen. Bitte prüfen, was aus jeder Spalte werden soll.</source>
        <translation>Suggested from the column names. Please check what each column should become.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="208"/>
        <source>Spalte „{column}“ übernehmen als</source>
        <translation>Import column “{column}” as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="209"/>
        <source>– nicht übernehmen –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="254"/>
        <source>&lt;b&gt;Nicht übernommen werden die Spalten&lt;/b&gt; {columns} – bitte prüfen, ob sie einem Feld zugeordnet werden sollen.</source>
        <translation>&lt;b&gt;These columns are not imported:&lt;/b&gt; {columns} – please check whether they should go to a field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="257"/>
        <source>Bewusst nicht übernommen (private Angaben, Geburtstage, Fax, Länder und Angaben für andere Programme): {columns}.</source>
        <translation>Left out on purpose (private details, birthdays, fax, countries and details for other programs): {columns}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="263"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="263"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="269"/>
        <source>Nur eine Firma: wird als Organisation übernommen.</source>
        <translation>Only a company: imported as an organisation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="288"/>
        <source>Bitte eine Spalte dem Vornamen, dem Nachnamen oder dem ganzen Namen zuordnen.</source>
        <translation>Please map a column to the first name, the last name or the full name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="289"/>
        <source>Bitte eine Spalte dem Namen der Organisation zuordnen.</source>
        <translation>Please map a column to the organisation&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="299"/>
        <source>Zuordnung speichern</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="299"/>
        <source>Spaltenzuordnung.json</source>
        <translation>Column-mapping.json</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="304"/>
        <source>Die Zuordnung konnte nicht gespeichert werden ({reason}).</source>
        <translation>The mapping could not be saved ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="308"/>
        <source>Zuordnung laden</source>
        <translation>Load mapping</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="317"/>
        <source>Diese Zuordnung gilt für eine andere Art von Zeilen. Bitte im ersten Schritt die passende Art wählen.</source>
        <translation>This mapping is for another kind of line. Please choose the right kind in the first step.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="323"/>
        <source>Zuordnung geladen. Diese Spalten gibt es in der Datei nicht: {columns}</source>
        <translation>Mapping loaded. These columns are not in the file: {columns}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_mapping_page.py" line="326"/>
        <source>Zuordnung aus „{name}“ geladen.</source>
        <translation>Mapping loaded from “{name}”.</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="49"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="49"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="49"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="49"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="117"/>
        <source>Alle Zeilen</source>
        <translation>All lines</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="118"/>
        <source>Nur nicht übernommene Zeilen</source>
        <translation>Only lines not imported</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="119"/>
        <source>Nur Zeilen mit Hinweisen</source>
        <translation>Only lines with notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="120"/>
        <source>Zei&amp;gen:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="125"/>
        <source>Bericht &amp;speichern …</source>
        <translation>&amp;Save report …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="127"/>
        <source>Als Text oder als CSV für Excel speichern</source>
        <translation>Save as text or as CSV for Excel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="135"/>
        <source>Bericht je Zeile</source>
        <translation>Report per line</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="179"/>
        <source>Zeile {line}: {outcome} – {title}</source>
        <translation>Line {line}: {outcome} – {title}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="194"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="195"/>
        <source>Importbericht</source>
        <translation>Import-report</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="196"/>
        <source>Text (*.txt);;CSV für Excel (*.csv)</source>
        <translation>Text (*.txt);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_report_view.py" line="205"/>
        <source>Bericht gespeichert: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="31"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="35"/>
        <source>Doppelklick auf eine Zeile öffnet den Datensatz.</source>
        <translation>Double-click a line to open its record.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="41"/>
        <source>Wird importiert …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="43"/>
        <source>Import …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="49"/>
        <source>Die Listen zeigen die übernommenen Einträge. Doppelklick auf eine Zeile öffnet den Datensatz.</source>
        <translation>The lists show the imported entries. Double-click a line to open its record.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="53"/>
        <source>Der Gesamtexport wurde eingelesen: {counts}.</source>
        <translation>The full export was read in: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="59"/>
        <location filename="../../sic_desktop/ui/io/import_result_page.py" line="61"/>
        <source>Es wurde nichts gespeichert.</source>
        <translation>Nothing was stored.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sic_desktop/ui/io/import_wizard.py" line="35"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_wizard.py" line="48"/>
        <source>&amp;Weiter &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_wizard.py" line="49"/>
        <source>&lt; &amp;Zurück</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_wizard.py" line="50"/>
        <source>&amp;Fertig</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/import_wizard.py" line="51"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IndexSearch</name>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_backend.py" line="46"/>
        <source>Der Suchindex wird aufgebaut ({percent} %). Bis dahin findet die Suche nur Namen und Titel.</source>
        <translation>The search index is being built ({percent} %). Until then, search finds names and titles only.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_backend.py" line="49"/>
        <source>Der Suchindex wird aufgebaut ({percent} %); die neuesten Änderungen fehlen vielleicht noch.</source>
        <translation>The search index is being built ({percent} %); the latest changes may still be missing.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_backend.py" line="53"/>
        <source>Der Suchindex ist noch nicht bereit. Bis dahin findet die Suche nur Namen und Titel.</source>
        <translation>The search index is not ready yet. Until then, search finds names and titles only.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/backend.py" line="47"/>
        <source>ähnlich geschrieben</source>
        <translation>similar spelling</translation>
    </message>
</context>
<context>
    <name>IndicatorCard</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="67"/>
        <source>%p % des Wegs zum Ziel</source>
        <translation>%p % of the way to the target</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="67"/>
        <source>noch keine Messung</source>
        <translation>no measurement yet</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="72"/>
        <source>{baseline} ({baseline_date}) → Ziel {target} bis {target_date}</source>
        <translation>{baseline} ({baseline_date}) → target {target} by {target_date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="74"/>
        <source>zuletzt {latest} am {latest_date}</source>
        <translation>latest {latest} on {latest_date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="76"/>
        <source>nächste Messung: {date}</source>
        <translation>next measurement: {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="77"/>
        <source>{due} (überfällig)</source>
        <translation>{due} (overdue)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="82"/>
        <source>&amp;Messung eintragen …</source>
        <translation>Enter &amp;measurement …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="85"/>
        <source>Bearbeiten …</source>
        <translation>Edit …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="90"/>
        <location filename="../../sic_desktop/ui/impact/indicator_card.py" line="91"/>
        <source>Indikator in den Papierkorb legen</source>
        <translation>Move indicator to the trash</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_dialog.py" line="20"/>
        <source>Neuer Indikator</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_dialog.py" line="20"/>
        <source>Indikator bearbeiten</source>
        <translation>Edit indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_dialog.py" line="29"/>
        <source>Stufen 1–3 sind Output, 4–6 Outcome, 7 Impact; ein Input hat keine Stufe.</source>
        <translation>Steps 1–3 are output, 4–6 outcome, 7 impact; an input has no step.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicator_dialog.py" line="34"/>
        <source>z. B. Personen, Arbeitsplätze</source>
        <translation>e.g. persons, jobs</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="56"/>
        <source>&amp;Indikator hinzufügen …</source>
        <translation>Add &amp;indicator …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="62"/>
        <source>Aus &amp;Vorlage …</source>
        <translation>From &amp;template …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="88"/>
        <source>Indikatoren lassen sich anlegen, sobald die Kooperation gespeichert ist.</source>
        <translation>Indicators can be added once the cooperation is saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="116"/>
        <source>Noch keine Indikatoren. Ein Indikator macht sichtbar, was die Kooperation bewirkt: von Leistungen (Output) über Veränderungen bei den Zielgruppen (Outcome) bis zur Gesellschaft (Impact).</source>
        <translation>No indicators yet. An indicator shows what the cooperation achieves: from services (output) through changes in the target groups (outcome) to society (impact).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="129"/>
        <source>Indikator „{name}“ gespeichert.</source>
        <translation>Indicator “{name}” saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/indicators_panel.py" line="136"/>
        <source>Messung für „{name}“ gespeichert.</source>
        <translation>Measurement for “{name}” saved.</translation>
    </message>
</context>
<context>
    <name>KeepDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="21"/>
        <source>Kontakt weiter speichern</source>
        <translation>Keep contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="27"/>
        <source>Warum bleibt „{name}“ gespeichert? Die Begründung wird mit Datum und Ihrem Namen vermerkt. Am {date} erscheint der Kontakt wieder in der Prüfliste.</source>
        <translation>Why does “{name}” stay stored? The reason is recorded with the date and your name. On {date} the contact comes up in the review list again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="34"/>
        <source>&amp;Begründung:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="37"/>
        <source>z. B. Mitglied im Beirat bis 2028; Einwilligung liegt schriftlich vor</source>
        <translation>e.g. member of the advisory board until 2028; written consent on file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="48"/>
        <source>&amp;Weiter speichern</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/keep_dialog.py" line="67"/>
        <source>Vermerkt: „{name}“ bleibt gespeichert.</source>
        <translation>Recorded: “{name}” stays stored.</translation>
    </message>
</context>
<context>
    <name>LinkListField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/link_list.py" line="38"/>
        <source>Ausgewählte Verknüpfung entfernen (Entf)</source>
        <translation>Remove the selected link (Del)</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsPane</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/linked_records.py" line="40"/>
        <source>&amp;Verknüpft mit</source>
        <translation>&amp;Linked with</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/linked_records.py" line="44"/>
        <source>Verknüpfte Datensätze</source>
        <translation>Linked records</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/linked_records.py" line="85"/>
        <source>Noch keine Verknüpfungen.</source>
        <translation>No links yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/linked_records.py" line="107"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/linked_records.py" line="109"/>
        <source>Verknüpfung lösen</source>
        <translation>Remove link</translation>
    </message>
</context>
<context>
    <name>ListFilterSearch</name>
    <message>
        <location filename="../../sic_desktop/ui/global_search/list_filter_backend.py" line="58"/>
        <source>&lt;h3&gt;Suchen&lt;/h3&gt;&lt;p&gt;Tippen Sie einen Teil eines Namens oder Titels, z. B. &lt;b&gt;schäfer&lt;/b&gt; oder &lt;b&gt;quartier&lt;/b&gt;. Groß- und Kleinschreibung spielen keine Rolle, „ae“ findet auch „ä“.&lt;/p&gt;&lt;p&gt;Gesucht wird in Organisationen, Kontakten (auch E-Mail-Adressen), Kooperationen und Notiz-Titeln.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Search&lt;/h3&gt;&lt;p&gt;Type part of a name or title, e.g. &lt;b&gt;schäfer&lt;/b&gt; or &lt;b&gt;quartier&lt;/b&gt;. Upper and lower case do not matter, and “ae” also finds “ä”.&lt;/p&gt;&lt;p&gt;Search looks at organisations, contacts (including e-mail addresses), cooperations and note titles.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_page.py" line="91"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_page.py" line="92"/>
        <source>Neu: {type} (Strg+N)</source>
        <translation>New: {type} (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_page.py" line="221"/>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/list_page.py" line="221"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="57"/>
        <location filename="../../sic_desktop/core/services/notes.py" line="52"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="59"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="60"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="61"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="62"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/cooperations.py" line="63"/>
        <location filename="../../sic_desktop/core/services/notes.py" line="54"/>
        <location filename="../../sic_desktop/core/services/organisations.py" line="46"/>
        <location filename="../../sic_desktop/core/services/persons.py" line="102"/>
        <source>Themenfelder</source>
        <translation>Theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/followups.py" line="47"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/followups.py" line="48"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/followups.py" line="49"/>
        <source>Bezug</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/followups.py" line="50"/>
        <source>Zuständig</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/followups.py" line="51"/>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/notes.py" line="50"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/notes.py" line="51"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/notes.py" line="53"/>
        <source>Verknüpft mit</source>
        <translation>Linked with</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="42"/>
        <location filename="../../sic_desktop/core/services/persons.py" line="97"/>
        <location filename="../../sic_desktop/core/services/themes.py" line="22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="43"/>
        <source>Kurzname</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="44"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="45"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="47"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/organisations.py" line="48"/>
        <location filename="../../sic_desktop/core/services/themes.py" line="24"/>
        <source>Geändert</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/persons.py" line="98"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/persons.py" line="99"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/persons.py" line="100"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/persons.py" line="101"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/persons.py" line="103"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="55"/>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="139"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="56"/>
        <source>Wirkungsebene</source>
        <translation>Impact level</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="57"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="138"/>
        <source>Gemessen am</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="140"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/lists/table_model.py" line="101"/>
        <source>{date} (überfällig)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/themes.py" line="23"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../sic_desktop/core/instance_lock.py" line="105"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/instance_lock.py" line="111"/>
        <source>SIC Desktop ist mit diesem Datenordner bereits geöffnet (seit {since}, Rechner {host}, Benutzer {user}). Bitte das andere Programmfenster verwenden oder es zuerst schließen.</source>
        <translation>SIC Desktop already has this data folder open (since {since}, computer {host}, user {user}). Please use the other program window or close it first.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <location filename="../../sic_desktop/io/eml_source.py" line="29"/>
        <location filename="../../sic_desktop/io/msg_source.py" line="44"/>
        <source>Sie ist größer als 60 MB.</source>
        <translation>It is larger than 60 MB.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/eml_source.py" line="37"/>
        <source>Sie ist keine E-Mail (es fehlen Absender, Betreff und Datum).</source>
        <translation>It is not an e-mail (sender, subject and date are missing).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/eml_source.py" line="94"/>
        <location filename="../../sic_desktop/io/msg_source.py" line="109"/>
        <source>Angehängte E-Mail</source>
        <translation>Attached e-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/eml_source.py" line="99"/>
        <location filename="../../sic_desktop/io/msg_source.py" line="106"/>
        <location filename="../../sic_desktop/io/msg_source.py" line="112"/>
        <source>Anhang</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="50"/>
        <source>„{name}“ ist keine E-Mail-Datei. Übernommen werden .eml- und .msg-Dateien (aus Outlook: die Nachricht in einen Ordner ziehen).</source>
        <translation>“{name}” is not an e-mail file. .eml and .msg files can be imported (from Outlook: drag the message into a folder).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="97"/>
        <source>E-Mail von {sender}</source>
        <translation>E-mail from {sender}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="103"/>
        <source>Von: {addresses}</source>
        <translation>From: {addresses}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="105"/>
        <source>An: {addresses}</source>
        <translation>To: {addresses}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="107"/>
        <source>Cc: {addresses}</source>
        <translation>Cc: {addresses}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="109"/>
        <source>Datum: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="111"/>
        <source>Betreff: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="114"/>
        <source>Anhänge: {names}</source>
        <translation>Attachments: {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="117"/>
        <source>Nicht übernommen (nur Verweis auf eine Datei): {names}</source>
        <translation>Not taken over (only a link to a file): {names}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_import.py" line="133"/>
        <source>Aus der E-Mail „{subject}“ vom {date} übernommen ({file}), nicht bei der Person selbst erhoben: Sie ist nach Art. 14 DSGVO innerhalb eines Monats zu informieren. Rechtsgrundlage noch eintragen.</source>
        <translation>Taken from the e-mail “{subject}” of {date} ({file}), not collected from the person directly: they must be informed within one month under Art. 14 GDPR. Legal basis still to be recorded.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/msg_source.py" line="46"/>
        <location filename="../../sic_desktop/io/msg_source.py" line="52"/>
        <source>Sie ist keine Outlook-Nachricht (.msg).</source>
        <translation>It is not an Outlook message (.msg).</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_drop.py" line="60"/>
        <source>Outlook hat keine Datei übergeben. Bitte die E-Mail zuerst aus Outlook in einen Ordner ziehen und die gespeicherte Datei hierher ziehen, oder „Datei → E-Mail übernehmen …“ wählen.</source>
        <translation>Outlook handed over no file. Please first drag the e-mail from Outlook into a folder and drag the saved file here, or choose “File → Import e-mail …”.</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="150"/>
        <source>E-Mail übernehmen</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="151"/>
        <source>E-Mails (*.eml *.msg)</source>
        <translation>E-mails (*.eml *.msg)</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="51"/>
        <source>E-Mail übernehmen</source>
        <translation>Import e-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="55"/>
        <source>„{name}“ wird gelesen …</source>
        <translation>Reading “{name}” …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="67"/>
        <source>Text der E-Mail</source>
        <translation>Text of the e-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="72"/>
        <source>Als Notiz &amp;übernehmen</source>
        <translation>&amp;Import as note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="76"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="86"/>
        <source>(ohne Betreff)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="87"/>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="88"/>
        <source>An:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="90"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="91"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="92"/>
        <source>{name} (die E-Mail selbst)</source>
        <translation>{name} (the e-mail itself)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="93"/>
        <source>Anhänge:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="96"/>
        <source>Verknüpft mit:</source>
        <translation>Linked with:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="96"/>
        <source>keinem Kontakt und keiner Organisation</source>
        <translation>no contact and no organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="100"/>
        <source>Diese Adressen gehören zu keinem Kontakt. Angehakte werden als neue Kontakte angelegt, mit dem Vermerk, dass sie nicht bei der Person selbst erhoben wurden (Art. 14 DSGVO).</source>
        <translation>These addresses belong to no contact. Ticked ones are created as new contacts, with the note that they were not collected from the person directly (Art. 14 GDPR).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="107"/>
        <source>{address} als neuen Kontakt anlegen</source>
        <translation>Create {address} as a new contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_import_dialog.py" line="133"/>
        <source>E-Mail als Notiz „{title}“ übernommen.</source>
        <translation>E-mail imported as note “{title}”.</translation>
    </message>
</context>
<context>
    <name>MailMerge</name>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="29"/>
        <source>Briefanrede</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="30"/>
        <source>Anrede</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="31"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="32"/>
        <source>Vorname</source>
        <translation>FirstName</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="33"/>
        <source>Nachname</source>
        <translation>LastName</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="34"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="35"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="36"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="37"/>
        <source>PLZ</source>
        <translation>PostalCode</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="38"/>
        <source>Ort</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="39"/>
        <source>Adressblock</source>
        <translation>AddressBlock</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="40"/>
        <source>EMail</source>
        <translation>EMail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="54"/>
        <source>1 Kontakt für den Serienbrief exportiert.</source>
        <translation>1 contact exported for the mail merge.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="56"/>
        <source>{count} Kontakte für den Serienbrief exportiert.</source>
        <translation>{count} contacts exported for the mail merge.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="58"/>
        <source>{count} ohne Rechtsgrundlage weggelassen.</source>
        <translation>{count} without a legal basis left out.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="62"/>
        <source>{count} mit Widerspruch weggelassen.</source>
        <translation>{count} with an objection left out.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="64"/>
        <source>{count} anonymisierte weggelassen.</source>
        <translation>{count} anonymised left out.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="75"/>
        <source>„{name}“: Bitte eine Datei mit der Endung .csv oder .xlsx angeben.</source>
        <translation>“{name}”: please give a file ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="84"/>
        <source>Serienbrief wird vorbereitet …</source>
        <translation>Preparing the mail merge …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/mail_merge.py" line="89"/>
        <source>Serienbrief</source>
        <translation>Mail merge</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="42"/>
        <source>Sehr geehrte Frau {name},</source>
        <translation>Dear Ms {name},</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="43"/>
        <source>Sehr geehrter Herr {name},</source>
        <translation>Dear Mr {name},</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="46"/>
        <source>Guten Tag {name},</source>
        <translation>Hello {name},</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="47"/>
        <source>Sehr geehrte Damen und Herren,</source>
        <translation>Dear Sir or Madam,</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="53"/>
        <source>Frau</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/salutations.py" line="53"/>
        <source>Herrn</source>
        <translation>Mr</translation>
    </message>
</context>
<context>
    <name>MailMergeAction</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_merge_action.py" line="38"/>
        <source>Serienbrief-Datenquelle speichern</source>
        <translation>Save mail merge data source</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_merge_action.py" line="39"/>
        <source>Serienbrief</source>
        <translation>Mail merge</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_merge_action.py" line="40"/>
        <source>Excel für Word (*.xlsx);;CSV für Word (*.csv)</source>
        <translation>Excel for Word (*.xlsx);;CSV for Word (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/mail_merge_action.py" line="55"/>
        <source>Serienbrief wird vorbereitet …</source>
        <translation>Preparing the mail merge …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="76"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="82"/>
        <source>{page} ({keys})</source>
        <translation>{page} ({keys})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="115"/>
        <source>Werkzeugleiste</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Rückgängig: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Wiederholen: {what}</source>
        <translation>&amp;Redo: {what}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Wiederholen</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="272"/>
        <source>Rückgängig gemacht: {what}. Wiederholen mit Strg+Y.</source>
        <translation>Undone: {what}. Redo with Ctrl+Y.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="281"/>
        <source>Wiederholt: {what}</source>
        <translation>Redone: {what}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="326"/>
        <source>&lt;h3&gt;SIC Desktop {version}&lt;/h3&gt;&lt;p&gt;Kontakte, Kooperationen und Notizen für die Arbeit an sozialer Innovation – Social Innovation Center, Wirtschaftsförderung Dortmund.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SIC Desktop {version}&lt;/h3&gt;&lt;p&gt;Contacts, cooperations and notes for work on social innovation – Social Innovation Center, Wirtschaftsförderung Dortmund.&lt;/p&gt;&lt;p&gt;{where}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="324"/>
        <source>Über SIC Desktop</source>
        <translation>About SIC Desktop</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="335"/>
        <source>Demodaten werden geladen …</source>
        <translation>Loading demo data …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="336"/>
        <source>Demodaten geladen.</source>
        <translation>Demo data loaded.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/main_window.py" line="337"/>
        <source>Abgebrochen. Es wurden keine Demodaten geladen.</source>
        <translation>Cancelled. No demo data was loaded.</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="57"/>
        <source>Themenfeld {name}</source>
        <translation>Theme field {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="60"/>
        <source>Status {labels}</source>
        <translation>Status {labels}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="62"/>
        <source>Stadtteil {name}</source>
        <translation>District {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="64"/>
        <source>Sektor {name}</source>
        <translation>Sector {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="67"/>
        <source>Zeitraum {start} bis {end}</source>
        <translation>Period {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/filters.py" line="71"/>
        <source>Alle Organisationen und Kooperationen</source>
        <translation>All organisations and cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/layout.py" line="51"/>
        <location filename="../../sic_desktop/network/map_computation.py" line="109"/>
        <source>Anordnung wird berechnet …</source>
        <translation>Arranging the map …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/legend.py" line="25"/>
        <source>Legende</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_figure.py" line="80"/>
        <source>Stand: {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_figure.py" line="105"/>
        <source>Keine Organisationen für diese Auswahl.</source>
        <translation>No organisations for this selection.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="61"/>
        <source>{organisations} Organisationen, {persons} Kontakte, {edges} Verbindungen</source>
        <translation>{organisations} organisations, {persons} contacts, {edges} ties</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="63"/>
        <source>{organisations} Organisationen, {edges} Verbindungen</source>
        <translation>{organisations} organisations, {edges} ties</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="66"/>
        <source>Nur Organisationen: Mit allen Kontakten wäre die Karte nicht mehr lesbar.</source>
        <translation>Organisations only: with all contacts the map could no longer be read.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="71"/>
        <source>1 Organisation ohne gemeinsame Kooperation ist nicht gezeigt.</source>
        <translation>1 organisation without a shared cooperation is not shown.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="72"/>
        <source>{count} Organisationen ohne gemeinsame Kooperation sind nicht gezeigt.</source>
        <translation>{count} organisations without a shared cooperation are not shown.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="77"/>
        <source>Umfeld von {name}</source>
        <translation>Surroundings of {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="79"/>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="62"/>
        <source>Netzwerkkarte</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="91"/>
        <source>Netz wird aufgebaut …</source>
        <translation>Building the network …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/map_computation.py" line="107"/>
        <source>Kennzahlen werden berechnet …</source>
        <translation>Calculating figures …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="132"/>
        <source>ohne Sektor</source>
        <translation>no sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="133"/>
        <source>Organisation (größer: mehr Partner)</source>
        <translation>Organisation (bigger: more partners)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="136"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="137"/>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="31"/>
        <source>gehört zur Organisation</source>
        <translation>belongs to the organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="139"/>
        <source>Sektoren</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="140"/>
        <source>Formen</source>
        <translation>Shapes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/network/style.py" line="141"/>
        <source>Gemeinsame Kooperation nach Status</source>
        <translation>Shared cooperation by status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/drawing/figure_files.py" line="24"/>
        <source>„{name}“: Bitte eine Datei mit der Endung .pdf oder .png angeben.</source>
        <translation>“{name}”: please give a file name ending in .pdf or .png.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="26"/>
        <source>Themenfeld</source>
        <translation>Theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="28"/>
        <source>Stadtteil</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="29"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="30"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="31"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="34"/>
        <source>Themenfeld:</source>
        <translation>Theme field:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="35"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="36"/>
        <source>Stadtteil:</source>
        <translation>District:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="37"/>
        <source>Sektor:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="38"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="39"/>
        <source>Kontakte:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="49"/>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="50"/>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="64"/>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="65"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="49"/>
        <source>laufende (Idee bis Verstetigt)</source>
        <translation>running (idea to established)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="51"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="52"/>
        <source>zeigen</source>
        <translation>show</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="52"/>
        <source>nur Organisationen</source>
        <translation>organisations only</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_filter_bar.py" line="68"/>
        <source>gesamter Zeitraum</source>
        <translation>whole period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/drawing/figure_painting.py" line="70"/>
        <source>Das Bild konnte nicht als „{path}“ gespeichert werden.</source>
        <translation>The picture could not be saved as “{path}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="71"/>
        <source>Ganze Karte zeigen</source>
        <translation>Show the whole map</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="86"/>
        <source>Karte</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="87"/>
        <source>Ganze Karte</source>
        <translation>Whole map</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="88"/>
        <source>Zoom so, dass alles zu sehen ist (Taste 0). Mausrad zoomt, Ziehen verschiebt.</source>
        <translation>Zoom so that everything is visible (key 0). The mouse wheel zooms, dragging moves.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="90"/>
        <source>Anordnung zurücksetzen</source>
        <translation>Reset arrangement</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/map_view.py" line="91"/>
        <source>Alle verschobenen Knoten dieser Ansicht zurück an den berechneten Platz</source>
        <translation>Put all moved nodes of this view back where they were calculated</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/scene.py" line="106"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/scene.py" line="107"/>
        <source>Umfeld zeigen (zwei Schritte)</source>
        <translation>Show surroundings (two steps)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/scene.py" line="108"/>
        <source>Zurück an den berechneten Platz</source>
        <translation>Back to the calculated place</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="47"/>
        <source>&lt;b&gt;Vermittler&lt;/b&gt; – verbinden Partner, die sonst getrennt wären</source>
        <translation>&lt;b&gt;Brokers&lt;/b&gt; – connect partners who would otherwise be apart</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="50"/>
        <source>Vermittler-Rangliste</source>
        <translation>Broker ranking</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="75"/>
        <source>{place}. {name}
{partners} Partner · Vermittlerwert {score} · {sector}</source>
        <translation>{place}. {name}
{partners} partners · broker score {score} · {sector}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="81"/>
        <source>Klicken zeigt sie auf der Karte, Doppelklick öffnet sie.</source>
        <translation>Click shows it on the map, double-click opens it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="84"/>
        <source>Vermittlerwert geschätzt aus {count} zufällig gewählten Organisationen (gleiche Daten, gleiche Werte).</source>
        <translation>Broker score estimated from {count} randomly chosen organisations (same data, same values).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/side_panel.py" line="88"/>
        <source>Vermittlerwert: Anteil der kürzesten Wege zwischen anderen Organisationen, die über diese laufen (Betweenness).</source>
        <translation>Broker score: share of the shortest paths between other organisations that run through this one (betweenness).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="19"/>
        <source>1 Kooperation</source>
        <translation>1 cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="19"/>
        <source>{count} Kooperationen</source>
        <translation>{count} cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="20"/>
        <source>1 Partner</source>
        <translation>1 partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="20"/>
        <source>{count} Partner</source>
        <translation>{count} partners</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="23"/>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="23"/>
        <source>{count} Kontakte</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="24"/>
        <source>Klicken öffnet den Datensatz, Ziehen verschiebt, Rechtsklick für mehr.</source>
        <translation>Click opens the record, dragging moves it, right-click for more.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/tooltips.py" line="36"/>
        <source>… und {count} weitere</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="59"/>
        <source>Exportieren</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="62"/>
        <source>{what} als PDF speichern …</source>
        <translation>Save {what} as PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="63"/>
        <source>{what} als PNG-Bild speichern …</source>
        <translation>Save {what} as PNG picture …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="71"/>
        <source>„{title}“ speichern</source>
        <translation>Save “{title}”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="72"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/map/view_support.py" line="72"/>
        <source>PNG-Bild (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="80"/>
        <source>F</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="80"/>
        <source>Fett (Strg+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="81"/>
        <source>K</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="81"/>
        <source>Kursiv (Strg+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="82"/>
        <source>Überschrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="82"/>
        <source>Absatz als Überschrift</source>
        <translation>Paragraph as a heading</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="83"/>
        <source>• Liste</source>
        <translation>• List</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="83"/>
        <source>Aufzählung (Strg+Umschalt+L)</source>
        <translation>Bulleted list (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="85"/>
        <source>1. Liste</source>
        <translation>1. List</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="85"/>
        <source>Nummerierte Liste</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="86"/>
        <source>Link …</source>
        <translation>Link …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="86"/>
        <source>Link einfügen oder ändern (Strg+K)</source>
        <translation>Insert or change a link (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="194"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/markdown_field.py" line="194"/>
        <source>Adresse (z. B. https://www.dortmund.de):</source>
        <translation>Address (e.g. https://www.dortmund.de):</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="55"/>
        <source>Messung eintragen: {name}</source>
        <translation>Enter measurement: {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="70"/>
        <source>zuletzt {latest}, Ziel {target}</source>
        <translation>latest {latest}, target {target}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="76"/>
        <source>Bisherige Messungen:</source>
        <translation>Earlier measurements:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="79"/>
        <source>Gemessen am</source>
        <translation>Measured on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="79"/>
        <source>Wert</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="79"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="96"/>
        <source>Markierte Messung in den &amp;Papierkorb</source>
        <translation>Move selected measurement to the &amp;trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/measurement_dialog.py" line="114"/>
        <source>Messung in den Papierkorb gelegt.</source>
        <translation>Measurement moved to the trash.</translation>
    </message>
</context>
<context>
    <name>MembershipsField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/memberships_field.py" line="19"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/memberships_field.py" line="19"/>
        <source>Funktion</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/memberships_field.py" line="19"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/memberships_field.py" line="19"/>
        <source>bis</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>MentionList</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="22"/>
        <source>Texte, die die Person nennen</source>
        <translation>Texts that mention the person</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="23"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="23"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="23"/>
        <source>Fundstelle</source>
        <translation>Found in</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="31"/>
        <source>{title} (im Papierkorb)</source>
        <translation>{title} (in the trash)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="38"/>
        <source>Liegt im Papierkorb: zum Bearbeiten erst wiederherstellen.</source>
        <translation>In the trash: restore it first to edit it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/mention_list.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="32"/>
        <source>Es ist ein unerwarteter Fehler aufgetreten. Ihre gespeicherten Daten sind nicht betroffen; die letzte Aktion wurde aber womöglich nicht ausgeführt.

Der Fehler wurde im Protokoll „{log}“ im Datenordner (Unterordner „logs“) vermerkt.</source>
        <translation>An unexpected error occurred. Your saved data is not affected, but the last action may not have been carried out.

The error was recorded in the log “{log}” in the data folder (subfolder “logs”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="54"/>
        <location filename="../../sic_desktop/ui/messages.py" line="79"/>
        <location filename="../../sic_desktop/ui/messages.py" line="95"/>
        <location filename="../../sic_desktop/ui/messages.py" line="105"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="71"/>
        <source>Die Änderungen an „{title}“ sind noch nicht gespeichert.</source>
        <translation>The changes to “{title}” have not been saved yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="72"/>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="76"/>
        <source>Möchten Sie die Änderungen speichern?</source>
        <translation>Do you want to save the changes?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="77"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="78"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="94"/>
        <source>&amp;Erneut versuchen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/messages.py" line="104"/>
        <source>&amp;Neu laden</source>
        <translation>&amp;Reload</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="42"/>
        <source>Namen, durch Semikolon getrennt</source>
        <translation>Names, separated by semicolons</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="50"/>
        <source>&amp;Vorlage einfügen</source>
        <translation>Insert &amp;template</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="51"/>
        <source>Die Vorlage der gewählten Art einfügen</source>
        <translation>Insert the template of the chosen type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="54"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="63"/>
        <source>Verknüpfungen</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_editor.py" line="66"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
</context>
<context>
    <name>NoteFollowUps</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="47"/>
        <source>Wiedervorlagen dieser Notiz</source>
        <translation>Follow-ups of this note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="50"/>
        <source>Neue Wiedervorlage:</source>
        <translation>New follow-up:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="53"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="54"/>
        <source>&amp;Fällig am *</source>
        <translation>&amp;Due on *</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="56"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="57"/>
        <source>z. B. Frau Schäfer wegen des Termins anrufen</source>
        <translation>e.g. call Ms Schäfer about the appointment</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="58"/>
        <source>A&amp;ufgabe *</source>
        <translation>T&amp;ask *</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="60"/>
        <source>Zuständig</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="61"/>
        <source>Zu&amp;ständig</source>
        <translation>Assi&amp;gned to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="70"/>
        <source>Wiedervorlage &amp;hinzufügen</source>
        <translation>&amp;Add follow-up</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="133"/>
        <source>Die Wiedervorlage wurde nicht angelegt, weil die Notiz nicht gespeichert werden konnte.</source>
        <translation>The follow-up was not created because the note could not be saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="143"/>
        <source>Wiedervorlage zum {date} angelegt.</source>
        <translation>Follow-up for {date} created.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/note_followups.py" line="150"/>
        <source>Die Notiz ist gespeichert, die Wiedervorlage aber nicht.</source>
        <translation>The note is saved, but the follow-up is not.</translation>
    </message>
</context>
<context>
    <name>NoteTemplates</name>
    <message>
        <location filename="../../sic_desktop/core/templates.py" line="16"/>
        <source>## Organisation
- **Struktur:** Wie sind wir aufgestellt, wer entscheidet?
- **Kultur:** Was hat die Zusammenarbeit geprägt?
- **Ressourcen:** Was hatten wir, was hat gefehlt?
- **Mandat:** Wofür haben wir einen Auftrag, wofür nicht?

## Prozess
- **Kompetenzen:** Welche Fähigkeiten haben geholfen, welche brauchen wir?
- **Methoden:** Was hat funktioniert, was nicht?
- **Mandat:** Wer hat den Prozess getragen?

## Ort
- **Raum:** Wo haben wir gearbeitet?
- **Verortung:** Wie sichtbar waren wir im Quartier und in der Verwaltung?
- **Atmosphäre:** Wie haben sich die Beteiligten gefühlt?

## Netzwerk
- **Intern:** Wer in der Verwaltung war beteiligt?
- **Lokales SI-Ökosystem:** Welche Akteure vor Ort kamen dazu?
- **Global:** Welche Beispiele von anderswo haben uns geholfen?

## Offene Fragen
- Erwartungsmanagement, Sichtbarkeit, Beteiligung, Wirkungsmessung …

## Nächste Schritte
- 
</source>
        <translation>## Organisation
- **Structure:** How are we set up, who decides?
- **Culture:** What shaped the cooperation?
- **Resources:** What did we have, what was missing?
- **Mandate:** What do we have a mandate for, and what not?

## Process
- **Skills:** Which skills helped, which do we need?
- **Methods:** What worked, what did not?
- **Mandate:** Who carried the process?

## Place
- **Space:** Where did we work?
- **Location:** How visible were we in the neighbourhood and in the administration?
- **Atmosphere:** How did the participants feel?

## Network
- **Internal:** Who in the administration was involved?
- **Local SI ecosystem:** Which local actors joined?
- **Global:** Which examples from elsewhere helped us?

## Open questions
- Managing expectations, visibility, participation, impact measurement …

## Next steps
- 
</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/templates.py" line="40"/>
        <source>## Anlass und Ziel


## Teilnehmende
- 

## Ablauf
1. 

## Ergebnisse
- 

## Vereinbarungen
- **Wer macht was bis wann:** 

## Offene Punkte
- 
</source>
        <translation>## Occasion and goal


## Participants
- 

## Agenda
1. 

## Results
- 

## Agreements
- **Who does what by when:** 

## Open points
- 
</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/templates.py" line="50"/>
        <source>## Anlass


## Besprochen
- 

## Vereinbart
- 
</source>
        <translation>## Occasion


## Discussed
- 

## Agreed
- 
</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/templates.py" line="55"/>
        <source>## Was ist gut gelaufen?
- 

## Was würden wir anders machen?
- 

## Was nehmen wir mit?
- 
</source>
        <translation>## What went well?
- 

## What would we do differently?
- 

## What do we take away?
- 
</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../sic_desktop/ui/saved_notice.py" line="49"/>
        <source>Hinweis schließen</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../sic_desktop/ui/operations.py" line="276"/>
        <source>Abgebrochen. Es wurde nichts geändert.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>OutsideChangesWatch</name>
    <message>
        <location filename="../../sic_desktop/ui/outside_changes_watch.py" line="69"/>
        <source>Ein anderes Programm hat Daten geändert; die Anzeige ist aktualisiert.</source>
        <translation>Another program changed data; the display has been updated.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="39"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="47"/>
        <source>Kartierung</source>
        <translation>Network map</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="53"/>
        <source>Lücken</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="57"/>
        <source>Wirkung</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="58"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/pages.py" line="59"/>
        <source>Papierkorb</source>
        <translation>Trash</translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/partners_field.py" line="18"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/partners_field.py" line="18"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/partners_field.py" line="24"/>
        <source>Rolle von {name}</source>
        <translation>Role of {name}</translation>
    </message>
</context>
<context>
    <name>PeriodField</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period_field.py" line="26"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period_field.py" line="29"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period_field.py" line="30"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/period_field.py" line="30"/>
        <source>b&amp;is</source>
        <translation>t&amp;o</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="31"/>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="33"/>
        <source>mehrere durch Semikolon trennen</source>
        <translation>separate several with semicolons</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="36"/>
        <source>nur ohne Organisation; sonst die Funktion bei der Organisation</source>
        <translation>only without an organisation; otherwise the function at the organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="42"/>
        <source>z. B. Liste des Quartiersbüros, Visitenkarte vom Stiftungstag</source>
        <translation>e.g. list from the district office, business card from the foundations day</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="44"/>
        <source>gegen Serienbriefe und Werbung</source>
        <translation>to mail merges and advertising</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/person_editor.py" line="45"/>
        <source>Die Person hat Anschreiben, Einladungen und Werbung widersprochen (Art. 21 DSGVO): Serienbriefe lassen sie weg.</source>
        <translation>The person objected to letters, invitations and advertising (Art. 21 GDPR): mail merges leave them out.</translation>
    </message>
</context>
<context>
    <name>PickedTable</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/picked_table.py" line="64"/>
        <source>Ausgewählte Zeile entfernen (Entf)</source>
        <translation>Remove the selected row (Del)</translation>
    </message>
</context>
<context>
    <name>PickerRow</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/picker_row.py" line="22"/>
        <source>Hinzufügen: Namen tippen …</source>
        <translation>Add: type a name …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/picker_row.py" line="35"/>
        <source>{name} hinzufügen</source>
        <translation>Add {name}</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="127"/>
        <source>Auf dem Teamserver wurden die gelöschten Zeilen sofort auch aus den Tabellendateien entfernt (VACUUM); das Änderungsprotokoll des Servers enthält keine Inhalte.</source>
        <translation>On the team server the deleted rows were removed from the table files at once as well (VACUUM); the server&apos;s change log holds no contents.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="131"/>
        <source>Auf dem Teamserver sind die gelöschten Zeilen nicht mehr abfragbar; als Reste in den Tabellendateien bleiben sie, bis die automatische Bereinigung des Servers (Autovacuum) oder die Wartung der IT (VACUUM) sie entfernt, meist nach wenigen Minuten. Diese Anmeldung darf das nicht sofort selbst tun.</source>
        <translation>On the team server the deleted rows can no longer be queried; as remnants in the table files they stay until the server&apos;s automatic clean-up (autovacuum) or IT&apos;s maintenance (VACUUM) removes them, usually within a few minutes. This login may not do that itself at once.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="119"/>
        <source>In den Sicherungen des Teamservers (pg_dump) steht die Person noch, bis die IT sie nach der Aufbewahrungsfrist löscht.</source>
        <translation>The person is still contained in the team server&apos;s backups (pg_dump) until IT deletes them after the retention period.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="140"/>
        <source>Löschung nach Art. 17 DSGVO</source>
        <translation>Erasure under Art. 17 GDPR</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="145"/>
        <source>Kontakt Nr. {id}</source>
        <translation>Contact no. {id}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure.py" line="208"/>
        <source>Eine Kopie außerhalb der Datenbank (z. B. der Suchindex) konnte nicht bereinigt werden. Bitte den Suchindex neu aufbauen.</source>
        <translation>A copy outside the database (such as the search index) could not be cleaned. Please rebuild the search index.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="42"/>
        <source>keine Rechtsgrundlage angegeben</source>
        <translation>no legal basis given</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="43"/>
        <location filename="../../sic_desktop/privacy/review.py" line="50"/>
        <source>Einwilligung ohne Datum</source>
        <translation>consent without a date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="44"/>
        <source>von Dritten erhoben, nach einem Monat noch nicht informiert (Art. 14)</source>
        <translation>collected from third parties, not informed after one month (Art. 14)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="49"/>
        <source>keine Rechtsgrundlage</source>
        <translation>no legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="51"/>
        <location filename="../../sic_desktop/privacy/review.py" line="52"/>
        <location filename="../../sic_desktop/privacy/review.py" line="53"/>
        <source>Löschfrist abgelaufen</source>
        <translation>deletion period ran out</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="54"/>
        <source>nicht informiert (Art. 14)</source>
        <translation>not informed (Art. 14)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/review.py" line="155"/>
        <source>Löschfrist abgelaufen am {date} ({period})</source>
        <translation>Deletion period ran out on {date} ({period})</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/erasure_mirror.py" line="93"/>
        <source>Das Löschprotokoll in „{path}“ konnte nicht geschrieben werden ({reason}).</source>
        <translation>The erasure log in “{path}” could not be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="52"/>
        <source>1 Jahr</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="52"/>
        <source>{n} Jahre</source>
        <translation>{n} years</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="53"/>
        <source>1 Monat</source>
        <translation>1 month</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="53"/>
        <source>{n} Monate</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="73"/>
        <source>{period} nach dem letzten Kontakt</source>
        <translation>{period} after the last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="74"/>
        <source>{period} nach Ende der Kooperation</source>
        <translation>{period} after the end of the cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="75"/>
        <source>{period} nach Erteilung der Einwilligung</source>
        <translation>{period} after consent was given</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/access_export.py" line="47"/>
        <source>Auskunftsersuchen nach Art. 15 DSGVO</source>
        <translation>Access request under Art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="35"/>
        <source>Löschregel, zuletzt geändert von {by}</source>
        <translation>Deletion rule, last changed by {by}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="41"/>
        <source>Einstellung des Programms</source>
        <translation>Program setting</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="44"/>
        <source>Kontaktdaten ohne Rechtsgrundlage</source>
        <translation>Contact data without legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="44"/>
        <source>sofort zur Prüfung</source>
        <translation>to be reviewed at once</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="45"/>
        <source>Ohne Rechtsgrundlage ist die Speicherung nicht zulässig.</source>
        <translation>Without a legal basis, storing is not permitted.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="48"/>
        <source>Änderungsprotokoll (nur Feldnamen)</source>
        <translation>Change history (field names only)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="49"/>
        <source>{period} nach dem Eintrag</source>
        <translation>{period} after the entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="50"/>
        <source>Nachweis, wer wann was geändert hat (Art. 5 Abs. 2 DSGVO).</source>
        <translation>Proof of who changed what and when (Art. 5(2) GDPR).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="52"/>
        <source>Einstellung für das ganze Team, zuletzt geändert von {by}</source>
        <translation>Setting for the whole team, last changed by {by}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="56"/>
        <source>Sicherungen der Datenbank</source>
        <translation>Backups of the database</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="57"/>
        <source>je die neueste von {daily} Tagen, {weekly} Wochen und {monthly} Monaten</source>
        <translation>the newest of each of {daily} days, {weekly} weeks and {monthly} months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="60"/>
        <source>Wiederherstellung nach Defekt oder Fehlbedienung; Löschungen werden nach einer Wiederherstellung erneut angewendet.</source>
        <translation>Restore after damage or mistakes; erasures are applied again after a restore.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="64"/>
        <source>Papierkorb</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="64"/>
        <source>bis zum Leeren von Hand</source>
        <translation>until emptied by hand</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="65"/>
        <source>Der Papierkorb ist keine Löschung; endgültig löschen über die Prüfliste.</source>
        <translation>The trash is no erasure; delete for good from the review list.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="74"/>
        <source>Sicherungen des Teamservers (pg_dump)</source>
        <translation>Backups of the team server (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="75"/>
        <source>(Aufbewahrungsfrist der IT – von der IT zu ergänzen)</source>
        <translation>(IT&apos;s retention period – to be completed by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="76"/>
        <source>Wiederherstellung nach Defekt oder Fehlbedienung; eine gelöschte Person steht in älteren Sicherungen, bis die IT sie löscht.</source>
        <translation>Restoring after a defect or a mistake; an erased person remains in older backups until IT deletes them.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="78"/>
        <source>IT des Teamservers</source>
        <translation>IT of the team server</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="84"/>
        <source>Art der Daten</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="84"/>
        <source>Löschklasse (Frist und Beginn)</source>
        <translation>Deletion class (period and start)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="85"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/deletion_concept.py" line="85"/>
        <source>Festgelegt</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="38"/>
        <source>Die Daten sind älter als eine Löschung im Löschprotokoll. Sie wurde erneut angewendet: {persons} Kontakt(e) gelöscht oder anonymisiert.</source>
        <translation>The data is older than one erasure in the erasure log. It was applied again: {persons} contact(s) deleted or anonymised.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="41"/>
        <source>Die Daten sind älter als {entries} Löschungen im Löschprotokoll. Sie wurden erneut angewendet: {persons} Kontakt(e) gelöscht oder anonymisiert.</source>
        <translation>The data is older than {entries} erasures in the erasure log. They were applied again: {persons} contact(s) deleted or anonymised.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="77"/>
        <source>Wiederherstellung oder Import älterer Daten</source>
        <translation>Restore or import of older data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="78"/>
        <source>Löschung vom {at}: {contacts}</source>
        <translation>Erasure of {at}: {contacts}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="80"/>
        <source>1 Kontakt</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/erasure_log.py" line="81"/>
        <source>{count} Kontakte</source>
        <translation>{count} contacts</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="34"/>
        <source>Ordner für die Auskunft wählen</source>
        <translation>Choose a folder for the access request</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="46"/>
        <source>Auskunft gespeichert in {folder}: {files}. Vor der Herausgabe prüfen.</source>
        <translation>Access request saved in {folder}: {files}. Check it before handing it out.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="67"/>
        <source>Bitte genau einen Kontakt auswählen: Jede Löschung wird einzeln bestätigt.</source>
        <translation>Please choose exactly one contact: each erasure is confirmed on its own.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="71"/>
        <source>Es wird geprüft, wo die Person vorkommt …</source>
        <translation>Checking where the person appears …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="84"/>
        <source>Die Person wird anonymisiert und ihre Angaben werden aus dem Suchindex entfernt …</source>
        <translation>Anonymising the person and removing their details from the search index …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/actions.py" line="88"/>
        <source>Die Person wird endgültig gelöscht und aus dem Suchindex entfernt …</source>
        <translation>Deleting the person permanently and removing them from the search index …</translation>
    </message>
</context>
<context>
    <name>PrivacyLogPanel</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="29"/>
        <source>Löschungen, Anonymisierungen, Auskünfte und Exporte von Kontakten mit Datum, Bearbeiter/in und Grund.</source>
        <translation>Erasures, anonymisations, access requests and exports of contacts with date, editor and reason.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="30"/>
        <source>Kontakte stehen hier nur mit Nummer oder Anzahl.</source>
        <translation>Contacts appear here only by number or count.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="34"/>
        <source>Löschungen werden zusätzlich im Datenordner des Rechners, auf dem gelöscht wurde, als Schlüssel-Hashes aufbewahrt: Spielt die IT eine ältere Sicherung des Teamservers zurück, wendet dieser Rechner seine Löschungen beim nächsten Verbinden erneut an.</source>
        <translation>Erasures are also kept as keyed hashes in the data folder of the computer on which they were made: if IT restores an older backup of the team server, this computer applies its erasures again the next time it connects.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="39"/>
        <source>Löschungen werden zusätzlich außerhalb der Datenbank als Schlüssel-Hashes aufbewahrt: Bringt eine Wiederherstellung oder ein Import eine gelöschte Person zurück, wird die Löschung erneut angewendet.</source>
        <translation>Erasures are also kept outside the database as keyed hashes: if a restore or an import brings an erased person back, the erasure is applied again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="48"/>
        <source>Datenschutz-Protokoll</source>
        <translation>Data protection log</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="50"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="50"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="50"/>
        <source>Vorgang</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="50"/>
        <source>betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="50"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="60"/>
        <source>&amp;Verzeichnis nach Art. 30 (PDF oder Word) …</source>
        <translation>&amp;Record of processing (Art. 30) (PDF or Word) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="98"/>
        <source>Verzeichnis gespeichert: {path}. Angaben in Klammern bitte ergänzen.</source>
        <translation>Record saved: {path}. Please complete the entries in brackets.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="99"/>
        <source>Verzeichnis gespeichert: {path} ({pages}). Angaben in Klammern bitte ergänzen.</source>
        <translation>Record saved: {path} ({pages}). Please complete the entries in brackets.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="100"/>
        <source>1 Seite</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="100"/>
        <source>{count} Seiten</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="88"/>
        <source>Verzeichnis von Verarbeitungstätigkeiten speichern</source>
        <translation>Save record of processing activities</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/privacy_log_panel.py" line="89"/>
        <source>Verarbeitungsverzeichnis_SIC_Desktop</source>
        <translation>Record_of_processing_SIC_Desktop</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="45"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="48"/>
        <source>Begründete &amp;Weiterspeicherung gilt:</source>
        <translation>Justified &amp;keeping holds for:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="51"/>
        <source>So lange bleibt ein begründet weiter gespeicherter Kontakt von der Prüfliste. Die Löschfristen selbst stehen auf der Seite „Datenschutz“ unter „Löschregeln“.</source>
        <translation>This long a contact kept with a reason stays off the review list. The deletion periods themselves are on the “Data protection” page under “Deletion rules”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="56"/>
        <source>Änderungsprotokoll &amp;aufbewahren:</source>
        <translation>&amp;Keep change history for:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="58"/>
        <source>Ältere Einträge des Änderungsprotokolls werden beim Start gelöscht.</source>
        <translation>Older change history entries are deleted when the program starts.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="62"/>
        <source>Diese Fristen gelten für das ganze Team.</source>
        <translation>These periods apply to the whole team.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="74"/>
        <source> Jahr</source>
        <translation> year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="86"/>
        <source>Diese Fristen gelten für das ganze Team. Ändern kann sie nur eine Anmeldung mit der Rolle „Datenschutz“.</source>
        <translation>These periods apply to the whole team. Only a login with the “Datenschutz” (data protection) role can change them.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/settings_section.py" line="74"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="35"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="36"/>
        <source>Kontakt- und Wissensverwaltung des Social Innovation Center (SIC Desktop)</source>
        <translation>Contact and knowledge management of the Social Innovation Center (SIC Desktop)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="37"/>
        <source>Verantwortlicher</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="38"/>
        <source>(Behörde, Anschrift, Vertretung – von der Dienststelle zu ergänzen)</source>
        <translation>(authority, address, representative – to be completed by the office)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="39"/>
        <source>Datenschutzbeauftragte/r</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="40"/>
        <source>(Name, Kontakt – von der Dienststelle zu ergänzen)</source>
        <translation>(name, contact – to be completed by the office)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="41"/>
        <source>Zwecke</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="42"/>
        <source>Pflege von Kontakten zu Akteuren sozialer Innovation; Anbahnung und Begleitung von Kooperationen; Dokumentation von Workshops, Gesprächen und Reflexionen; Vorbereitung von Terminen (Briefings); Berichte über Wirkung an Politik und Leitung</source>
        <translation>Keeping contacts with actors of social innovation; initiating and accompanying cooperations; documenting workshops, conversations and reflections; preparing meetings (briefings); reports on impact to politics and management</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="46"/>
        <source>Kategorien betroffener Personen</source>
        <translation>Categories of data subjects</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="47"/>
        <source>Ansprechpersonen von Unternehmen, Vereinen, Schulen, Hochschulen, Stiftungen und Verwaltung; Bürgerinnen und Bürger in Initiativen; Teilnehmende an Veranstaltungen; Mitarbeitende des Teams (als Bearbeitende)</source>
        <translation>Contact persons of companies, associations, schools, universities, foundations and administration; citizens in initiatives; participants in events; team members (as editors)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="51"/>
        <source>Kategorien personenbezogener Daten</source>
        <translation>Categories of personal data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="52"/>
        <source>Name, Anrede, Titel, dienstliche Kontaktdaten (E-Mail, Telefon), Funktion und Organisation, Beteiligung an Kooperationen und Veranstaltungen, Gesprächsinhalte in Notizen, Rechtsgrundlage, Einwilligungsdatum, Datum des letzten Kontakts, Herkunft der Daten und Datum der Information (Art. 14). Besondere Kategorien (Art. 9) sind nicht vorgesehen</source>
        <translation>Name, salutation, title, business contact data (e-mail, phone), function and organisation, participation in cooperations and events, contents of conversations in notes, legal basis, date of consent, date of last contact, source of the data and date of informing (Art. 14). Special categories (Art. 9) are not intended</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="57"/>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="58"/>
        <source>intern das Team des SIC; extern nur durch ausdrückliche Weitergabe (Briefing-PDF, Berichte, Exporte) – weitere Empfänger von der Dienststelle zu ergänzen</source>
        <translation>internally the SIC team; externally only by explicit passing on (briefing PDF, reports, exports) – further recipients to be completed by the office</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="33"/>
        <source>Übermittlung in Drittländer</source>
        <translation>Transfer to third countries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="62"/>
        <source>keine; das Programm baut keine Netzwerkverbindung auf</source>
        <translation>none; the program makes no network connection</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="63"/>
        <source>Rechtsgrundlagen</source>
        <translation>Legal bases</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="64"/>
        <source>Art. 6 Abs. 1 lit. a, b, e (f nur außerhalb der hoheitlichen Aufgaben) DSGVO, je Kontakt im Feld „Rechtsgrundlage“ festgehalten; Fachgesetz oder Satzung für lit. e von der Dienststelle zu ergänzen</source>
        <translation>Art. 6(1)(a), (b), (e) GDPR ((f) only outside public tasks), recorded per contact in the field “Legal basis”; the law or statute for (e) to be completed by the office</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="72"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="18"/>
        <source>Verschlüsselung der gespeicherten Daten</source>
        <translation>Encryption of stored data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="73"/>
        <source>Keine durch SIC Desktop: Datenbank, Suchindex und Sicherungen liegen unverschlüsselt im Datenordner. Schutz besteht nur, wenn das Betriebssystem das Laufwerk verschlüsselt (z. B. BitLocker) – (von der IT zu bestätigen)</source>
        <translation>None by SIC Desktop: database, search index and backups lie unencrypted in the data folder. They are protected only if the operating system encrypts the drive (e.g. BitLocker) – (to be confirmed by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="77"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="80"/>
        <source>Zugriff</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="78"/>
        <source>über das Windows-Benutzerkonto und die Zugriffsrechte auf den Datenordner; das Programm hat keine eigene Anmeldung und keine Rollen; ein Datenordner ist immer nur in einem Programm geöffnet. (Bildschirmsperre, Rechte auf den Ordner: durch die IT)</source>
        <translation>through the Windows user account and the access rights on the data folder; the program has no login and no roles of its own; a data folder is open in one program at a time. (Screen lock, rights on the folder: by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="82"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="83"/>
        <source>Netzwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="83"/>
        <source>keine Verbindungen: keine Updates, keine Telemetrie, keine Inhalte aus dem Internet</source>
        <translation>no connections: no updates, no telemetry, no content from the internet</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="85"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="24"/>
        <source>Integrität</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="86"/>
        <source>jede Änderung ist eine vollständige Transaktion; gelöschte Inhalte werden in der Datei überschrieben (secure_delete); Prüfung mit „sic-desktop check“</source>
        <translation>every change is a complete transaction; deleted contents are overwritten in the file (secure_delete); checked with “sic-desktop check”</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="89"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="30"/>
        <source>Löschung</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="90"/>
        <source>Prüfliste nach den Löschregeln; endgültiges Löschen und Anonymisieren entfernt die Person aus allen Dateien des Datenordners; das Löschprotokoll (Schlüssel-Hashes, keine Namen) wendet Löschungen nach einer Wiederherstellung erneut an</source>
        <translation>review list under the deletion rules; deleting for good and anonymising removes the person from every file of the data folder; the erasure log (keyed hashes, no names) applies erasures again after a restore</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="94"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="39"/>
        <source>Protokollierung</source>
        <translation>Logging</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="95"/>
        <source>Änderungsprotokoll (wer, wann, welche Felder – keine Inhalte); Datenschutz-Protokoll der Löschungen, Auskünfte und Exporte (wer, wann, warum – keine Namen); Fehlerprotokoll ohne personenbezogene Daten</source>
        <translation>change history (who, when, which fields – no contents); data protection log of erasures, access requests and exports (who, when, why – no names); error log without personal data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="124"/>
        <source>ohne Rechtsgrundlage</source>
        <translation>without legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="125"/>
        <source>Herkunft nicht erfasst</source>
        <translation>source not recorded</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="161"/>
        <source>Sicherungsdateien in „{folder}“: {count}, die neueste vom {newest}; aufbewahrt wird je die neueste von {daily} Tagen, {weekly} Wochen und {monthly} Monaten. Sicherungen sind wie die Datenbank unverschlüsselt.</source>
        <translation>Backup files in “{folder}”: {count}, the newest of {newest}; kept is the newest of each of {daily} days, {weekly} weeks and {monthly} months. Backups are unencrypted like the database.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="154"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="169"/>
        <source>Datenordner „{folder}“ auf dem eigenen Rechner bzw. gewählten Laufwerk</source>
        <translation>Data folder “{folder}” on the own computer or the chosen drive</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="175"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="79"/>
        <source>Speicherort</source>
        <translation>Storage location</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record.py" line="177"/>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="82"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="22"/>
        <source>Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO)</source>
        <translation>Record of processing activities (Art. 30 GDPR)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="76"/>
        <source>Eintrag für SIC Desktop, erstellt am {when} von {user} auf dem Teamserver {host}, Datenbank „{database}“. Angaben in Klammern ergänzen die Dienststelle und die IT; Zahlen und Fristen sind der Stand dieses Teamservers.</source>
        <translation>Entry for SIC Desktop, made on {when} by {user} on the team server {host}, database „{database}“. The office and IT complete the entries in brackets; figures and periods are the state of this team server.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="82"/>
        <source>Eintrag für SIC Desktop, erstellt am {when} von {user} aus dem Datenordner „{folder}“. Angaben in Klammern ergänzt die Dienststelle; Zahlen und Fristen sind der Stand dieses Datenordners.</source>
        <translation>Entry for SIC Desktop, created on {when} by {user} from the data folder “{folder}”. The office completes the entries in brackets; figures and periods are those of this data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="28"/>
        <source>1. Allgemeine Angaben</source>
        <translation>1. General information</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="30"/>
        <source>2. Gespeicherte Kontakte</source>
        <translation>2. Stored contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="31"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="33"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="34"/>
        <source>Herkunft der Daten (Art. 14)</source>
        <translation>Source of the data (Art. 14)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="37"/>
        <source>3. Löschfristen (Löschkonzept nach DIN 66398)</source>
        <translation>3. Deletion periods (deletion concept after DIN 66398)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="41"/>
        <source>4. Technische und organisatorische Maßnahmen (Art. 32)</source>
        <translation>4. Technical and organisational measures (Art. 32)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="43"/>
        <source>5. Datenschutz-Protokoll: Löschungen, Auskünfte, Exporte</source>
        <translation>5. Data protection log: erasures, access requests, exports</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="45"/>
        <source>Wer wann welchen Kontakt gelöscht, anonymisiert, beauskunftet oder exportiert hat, und warum. Kontakte erscheinen nur mit Nummer oder Anzahl, nie mit Namen; die neuesten {n} Einträge.</source>
        <translation>Who deleted, anonymised, answered an access request for or exported which contact, when and why. Contacts appear by number or count only, never by name; the newest {n} entries.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="54"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="54"/>
        <source>von</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="55"/>
        <source>Vorgang</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="55"/>
        <source>betrifft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="56"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="61"/>
        <source>Noch keine Einträge.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="62"/>
        <source>6. Prüfung</source>
        <translation>6. Review</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="63"/>
        <source>(von der Dienststelle zu ergänzen)</source>
        <translation>(to be completed by the office)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="65"/>
        <source>Geprüft von</source>
        <translation>Reviewed by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="66"/>
        <source>am</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_pdf.py" line="67"/>
        <source>Nächste Prüfung</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="19"/>
        <source>Keine durch SIC Desktop: die Datenbank auf dem Teamserver ist so geschützt, wie die IT dessen Laufwerke und Sicherungen schützt – (von der IT zu bestätigen). Suchindex und Anhänge liegen unverschlüsselt im lokalen Datenordner jedes Rechners; dort schützt sie nur ein vom Betriebssystem verschlüsseltes Laufwerk (z. B. BitLocker) – (von der IT zu bestätigen)</source>
        <translation>None by SIC Desktop: the database on the team server is protected as far as IT protects its drives and backups – (to be confirmed by IT). Search index and attachments lie unencrypted in the local data folder of each computer; there only a drive encrypted by the operating system (e.g. BitLocker) protects them – (to be confirmed by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="25"/>
        <source>jede Änderung ist eine vollständige Transaktion auf dem Teamserver; Sperren verhindern gleichzeitiges Überschreiben; Verknüpfungen und Rechte setzt der Server durch; Prüfung der Einträge und des Suchindex mit „sic-desktop check“ (mit der Adresse des Teamservers); Wartung des Servers: durch die IT</source>
        <translation>every change is one complete transaction on the team server; locks prevent concurrent overwriting; the server enforces links and rights; records and search index are checked with „sic-desktop check“ (with the team server&apos;s address); maintenance of the server: by IT</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="31"/>
        <source>Prüfliste nach den Löschregeln; endgültiges Löschen und Anonymisieren entfernt die Person vom Teamserver, danach entfernt VACUUM die gelöschten Zeilen aus den Tabellendateien (darf die Anmeldung das nicht: die automatische Bereinigung des Servers, meist nach Minuten); aus dem Suchindex jedes Rechners beim nächsten Verbinden; in den Sicherungen des Teamservers (pg_dump) bleibt sie, bis die IT sie löscht; das Löschprotokoll (Schlüssel-Hashes, keine Namen) wendet Löschungen nach dem Zurückspielen einer Sicherung erneut an, sobald sich der Rechner wieder verbindet, auf dem gelöscht wurde (sein Datenordner hält den Schlüssel)</source>
        <translation>review list by the deletion rules; deleting for good and anonymising remove the person from the team server, then VACUUM removes the deleted rows from the table files (if the login may not: the server&apos;s automatic clean-up, usually within minutes); from each computer&apos;s search index at its next connection; in the team server&apos;s backups (pg_dump) the person remains until IT deletes them; the erasure log (keyed hashes, no names) applies erasures again after a backup is restored, as soon as the computer on which they were made connects again (its data folder holds the key)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="40"/>
        <source>Änderungsprotokoll auf dem Teamserver (wer, wann, welche Felder – keine Inhalte; die IT kann es kürzen); Datenschutz-Protokoll der Löschungen, Auskünfte und Exporte (wer, wann, warum – keine Namen); Fehlerprotokoll ohne personenbezogene Daten auf jedem Rechner; Protokolle des PostgreSQL-Servers: nach Einstellung der IT</source>
        <translation>change history on the team server (who, when, which fields – no contents; IT can shorten it); data protection log of erasures, access requests and exports (who, when, why – no names); error log without personal data on each computer; logs of the PostgreSQL server: as IT configures them</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="54"/>
        <source>keine durch das Programm: es verbindet sich nur mit dem Teamserver {host} (Standort des Servers und wer ihn betreibt – von der IT zu ergänzen)</source>
        <translation>none by the program: it connects only to the team server {host} (where the server stands and who runs it – to be completed by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="65"/>
        <source>Teamserver {host}:{port}, Datenbank „{database}“ (PostgreSQL {version}); auf jedem Rechner ein Suchindex als Zwischenspeicher des Teamservers und die dort angehängten Dateien im lokalen Datenordner (auf diesem Rechner „{folder}“)</source>
        <translation>team server {host}:{port}, database „{database}“ (PostgreSQL {version}); on each computer a search index as a cache of the team server and the files attached there, in the local data folder (on this computer „{folder}“)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="71"/>
        <source>eigene Anmeldung am Teamserver für jede Person (dieses Verzeichnis erstellt mit der Anmeldung „{login}“); die Rechte setzt der Server durch, nicht nur das Programm. Den lokalen Datenordner schützen das Windows-Benutzerkonto und die Rechte auf den Ordner (durch die IT)</source>
        <translation>an own login on the team server for each person (this record made with the login „{login}“); the server enforces the rights, not only the program. The local data folder is protected by the Windows user account and the rights on the folder (by IT)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="78"/>
        <source>Verschlüsselung der Verbindung</source>
        <translation>Encryption of the connection</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="81"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="83"/>
        <source>nur die Verbindung zum Teamserver {host}:{port}; keine Updates, keine Telemetrie, keine Inhalte aus dem Internet</source>
        <translation>only the connection to the team server {host}:{port}; no updates, no telemetry, no content from the internet</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="96"/>
        <source>verschlüsselt durch Kerberos (GSSAPI)</source>
        <translation>encrypted by Kerberos (GSSAPI)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="97"/>
        <source>keine: die Verbindung zum Teamserver ist unverschlüsselt (sslmode={mode}); empfohlen ist TLS mit sslmode=verify-full (siehe docs/teamserver.md)</source>
        <translation>none: the connection to the team server is unencrypted (sslmode={mode}); TLS with sslmode=verify-full is recommended (see docs/teamserver.md)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="102"/>
        <source>TLS ({tls}); Zertifikat und Name des Servers werden geprüft (sslmode=verify-full)</source>
        <translation>TLS ({tls}); the server&apos;s certificate and name are verified (sslmode=verify-full)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="105"/>
        <source>TLS ({tls}); der Name des Servers wird nicht anhand seines Zertifikats geprüft (sslmode={mode}; empfohlen: verify-full)</source>
        <translation>TLS ({tls}); the server&apos;s name is not verified against its certificate (sslmode={mode}; recommended: verify-full)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="113"/>
        <source>sic_lesen liest, sucht und exportiert; sic_bearbeiten legt auch an, ändert und legt in den Papierkorb; sic_datenschutz darf zusätzlich löschen und anonymisieren (Art. 17), Auskunft geben (Art. 15) und die Löschregeln ändern.</source>
        <translation>sic_lesen reads, searches and exports; sic_bearbeiten also creates, edits and moves to the trash; sic_datenschutz may also erase and anonymise (Art. 17), answer access requests (Art. 15) and change the deletion rules.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="119"/>
        <source>Wer welche Rolle hat, darf diese Anmeldung nicht lesen – (von der IT zu ergänzen).</source>
        <translation>Who holds which role this login may not read – (to be completed by IT).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="123"/>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="124"/>
        <source>Die Rollen haben: {members}.</source>
        <translation>The roles are held by: {members}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="131"/>
        <source>Den Teamserver sichert die IT mit pg_dump (siehe docs/teamserver.md); Ort, Zeitplan und Aufbewahrungsfrist: (von der IT zu ergänzen). Eine gelöschte Person steht in älteren Sicherungen, bis die IT sie löscht. Sicherungsdateien legt SIC Desktop nur für einen lokalen Datenordner an.</source>
        <translation>IT backs up the team server with pg_dump (see docs/teamserver.md); place, schedule and retention period: (to be completed by IT). An erased person remains in older backups until IT deletes them. SIC Desktop makes backup files only for a local data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/privacy/processing_record_server.py" line="138"/>
        <source>Im lokalen Datenordner dieses Rechners liegen noch Sicherungsdateien aus der Arbeit ohne Teamserver (Anzahl: {count}, die neueste vom {newest}) in „{folder}“; sie enthalten personenbezogene Daten, bis sie gelöscht werden.</source>
        <translation>This computer&apos;s local data folder still holds backup files from the work without a team server (number: {count}, the newest of {newest}) in „{folder}“; they contain personal data until they are deleted.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/progress_dialog.py" line="25"/>
        <location filename="../../sic_desktop/ui/progress_dialog.py" line="58"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/progress_dialog.py" line="57"/>
        <source>Wird abgebrochen …</source>
        <translation>Cancelling …</translation>
    </message>
</context>
<context>
    <name>ReapplyNotice</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/reapply_notice.py" line="26"/>
        <source>Löschprotokoll</source>
        <translation>Erasure log</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="58"/>
        <location filename="../../sic_desktop/ui/record_actions.py" line="68"/>
        <source>In den Papierkorb legen</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="60"/>
        <source>{count} in den Papierkorb gelegt. Rückgängig mit Strg+Z.</source>
        <translation>{count} moved to the trash. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="79"/>
        <source>einem Eintrag</source>
        <translation>one record</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="81"/>
        <source>{n} Einträgen</source>
        <translation>{n} records</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="88"/>
        <source>„{title}“ ist mit {total} verknüpft ({kinds}).</source>
        <translation>“{title}” is linked to {total} ({kinds}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="90"/>
        <source>Die {n} gewählten Einträge sind mit {total} verknüpft ({kinds}).</source>
        <translation>The {n} chosen records are linked to {total} ({kinds}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="93"/>
        <source>Was im Papierkorb liegt, erscheint nicht mehr in Listen, Suche und Briefings, auch nicht seine offenen Wiedervorlagen. Aus dem Papierkorb lässt es sich wiederherstellen (sofort auch mit Strg+Z).</source>
        <translation>What is in the trash no longer appears in lists, search and briefings, nor do its open follow-ups. It can be restored from the trash (right away also with Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="110"/>
        <source>Als erledigt markieren</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="112"/>
        <source>Wieder öffnen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="114"/>
        <source>{label}: {count}. Rückgängig mit Strg+Z.</source>
        <translation>{label}: {count}. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="136"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="137"/>
        <source>{n} Einträge</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="141"/>
        <source>&amp;Briefing als PDF …</source>
        <translation>&amp;Briefing as PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="144"/>
        <source>In den &amp;Papierkorb</source>
        <translation>Move to the &amp;trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="148"/>
        <source>&amp;Erledigt / wieder offen</source>
        <translation>&amp;Done / open again</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="154"/>
        <source>&amp;Wiedervorlage anlegen …</source>
        <translation>Create &amp;follow-up …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="156"/>
        <source>Neue &amp;Notiz zu …</source>
        <translation>New &amp;note about …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="158"/>
        <source>In den &amp;Kalender exportieren (.ics) …</source>
        <translation>Export to &amp;calendar (.ics) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="161"/>
        <source>&amp;Serienbrief-Datenquelle (Word) …</source>
        <translation>&amp;Mail merge data source (Word) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="164"/>
        <source>W&amp;irkungsbericht (PDF oder Word) …</source>
        <translation>&amp;Impact report (PDF or Word) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="167"/>
        <source>Änderungsp&amp;rotokoll …</source>
        <translation>Change &amp;history …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="169"/>
        <source>A&amp;uskunft nach Art. 15 DSGVO exportieren …</source>
        <translation>Export access &amp;request (Art. 15 GDPR) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="171"/>
        <source>&amp;Anonymisieren (Art. 17 DSGVO) …</source>
        <translation>&amp;Anonymise (Art. 17 GDPR) …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/record_actions.py" line="173"/>
        <source>Endgültig &amp;löschen (Art. 17 DSGVO) …</source>
        <translation>&amp;Delete permanently (Art. 17 GDPR) …</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="67"/>
        <source>&amp;Zurücksetzen</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="68"/>
        <source>Ungespeicherte Änderungen verwerfen</source>
        <translation>Discard unsaved changes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="71"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="72"/>
        <source>Speichern (Strg+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="90"/>
        <source>* Pflichtfeld</source>
        <translation>* required field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="199"/>
        <source>Neu: {type}</source>
        <translation>New: {type}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="217"/>
        <source>Angelegt {created} von {creator} · zuletzt geändert {updated} von {updater}</source>
        <translation>Created {created} by {creator} · last changed {updated} by {updater}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="261"/>
        <source>„{title}“ gespeichert.</source>
        <translation>“{title}” saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/record_editor.py" line="285"/>
        <source>Nicht gespeichert: Bitte die markierten Felder prüfen.</source>
        <translation>Not saved: please check the marked fields.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/editors/shared_rows.py" line="24"/>
        <source>durch Kommas getrennt</source>
        <translation>separated by commas</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../sic_desktop/ui/editors/form.py" line="111"/>
        <source>(Pflichtfeld)</source>
        <translation>(required)</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="39"/>
        <source>Organisationen</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="41"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="41"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="43"/>
        <source>Kooperation</source>
        <translation>Cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="44"/>
        <source>Kooperationen</source>
        <translation>Cooperations</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="46"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="46"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="48"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="49"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="52"/>
        <source>Themenfeld</source>
        <translation>Theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="53"/>
        <source>Themenfelder</source>
        <translation>Theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="56"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="57"/>
        <source>Indikatoren</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="60"/>
        <source>Messung</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/record_ref.py" line="61"/>
        <source>Messungen</source>
        <translation>Measurements</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="41"/>
        <source>Im Sicherungsordner liegt keine brauchbare Sicherung. Bitte die IT bitten, die Datei aus einer Datensicherung zurückzuholen. Die Datei bleibt unverändert.</source>
        <translation>There is no usable backup in the backup folder. Please ask IT to bring the file back from a system backup. The file stays unchanged.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="50"/>
        <source>Die neueste Sicherung ist „{name}“ vom {when}. Soll sie wiederhergestellt werden? Was danach eingegeben wurde, fehlt dann. Die jetzige Datei wird nicht überschrieben, sondern mit dem Zusatz „beschaedigt“ im Datenordner aufbewahrt.</source>
        <translation>The newest backup is “{name}” of {when}. Restore it? Anything entered after it will be missing. The current file is not overwritten but kept in the data folder with “beschaedigt” (damaged) in its name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="56"/>
        <source>Sicherung &amp;wiederherstellen</source>
        <translation>&amp;Restore backup</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="59"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="59"/>
        <source>&amp;Später</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/recovery_dialog.py" line="107"/>
        <source>Die Sicherung vom {when} wurde wiederhergestellt; die beschädigte Datei liegt als „{name}“ im Datenordner.</source>
        <translation>The backup of {when} was restored; the damaged file is kept as “{name}” in the data folder.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/report_file.py" line="17"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/report_file.py" line="18"/>
        <source>Word-Dateien (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../sic_desktop/reports/pdf_document.py" line="57"/>
        <source>Die PDF-Erstellung wurde abgebrochen.</source>
        <translation>Creating the PDF was cancelled.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/pdf_document.py" line="70"/>
        <source>Nur für den Dienstgebrauch</source>
        <translation>For official use only</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/pdf_document.py" line="299"/>
        <source>Die PDF konnte nicht als „{path}“ gespeichert werden. Ist die Datei noch in einem anderen Programm geöffnet oder der Ordner schreibgeschützt?</source>
        <translation>The PDF could not be saved as “{path}”. Is the file still open in another program, or is the folder read-only?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/glyphs.py" line="86"/>
        <source>{count} Zeichen konnten in der PDF nicht dargestellt werden und erscheinen dort als „{substitute}“: {characters}</source>
        <translation>{count} characters could not be shown in the PDF and appear there as “{substitute}”: {characters}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/markdown.py" line="146"/>
        <source>[Bild: {description}]</source>
        <translation>[Image: {description}]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/markdown.py" line="148"/>
        <source>[Bild]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/page.py" line="74"/>
        <source>Erstellt am {date} um {time}</source>
        <translation>Created on {date} at {time}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/page.py" line="77"/>
        <source>Seite {page} von {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="30"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="31"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="32"/>
        <source>Grund der Prüfung</source>
        <translation>Reason for review</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="33"/>
        <source>Löschfrist nach Löschregel</source>
        <translation>Deletion period by rule</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="34"/>
        <source>Abgelaufen am</source>
        <translation>Ran out on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="35"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="36"/>
        <source>Letzter Kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_model.py" line="71"/>
        <source>Zuletzt am {date} behalten: {reason}</source>
        <translation>Last kept on {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="81"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="82"/>
        <source>&amp;Weiter speichern …</source>
        <translation>&amp;Keep …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="83"/>
        <source>&amp;Anonymisieren …</source>
        <translation>&amp;Anonymise …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="84"/>
        <source>Endgültig &amp;löschen …</source>
        <translation>&amp;Delete permanently …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="85"/>
        <source>A&amp;uskunft exportieren …</source>
        <translation>Export access &amp;request …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="86"/>
        <source>Änderungs&amp;protokoll</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="99"/>
        <source>Kontakte zur Datenschutz-Prüfung</source>
        <translation>Contacts for the privacy review</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="107"/>
        <source>&amp;Prüfliste</source>
        <translation>&amp;Review list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="110"/>
        <source>Lösch&amp;regeln</source>
        <translation>Deletion &amp;rules</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="112"/>
        <source>Pro&amp;tokoll</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="128"/>
        <source>Kontakte ohne Rechtsgrundlage, Kontakte, deren Löschfrist nach den Löschregeln abgelaufen ist, und von Dritten erhobene Kontakte, die nicht binnen eines Monats informiert wurden (Art. 14). Für jeden Kontakt entscheiden: begründet weiter speichern (gilt {period}), anonymisieren oder endgültig löschen.</source>
        <translation>Contacts without legal basis, contacts whose deletion period under the deletion rules has run out, and contacts collected from third parties who were not informed within a month (Art. 14). Decide for each contact: keep with a reason (holds {period}), anonymise or delete for good.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="132"/>
        <source>1 Jahr</source>
        <translation>1 year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="132"/>
        <source>{count} Jahre</source>
        <translation>{count} years</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="139"/>
        <source>1 Kontakt zur Prüfung</source>
        <translation>1 contact to review</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/review_page.py" line="139"/>
        <source>{count} Kontakte zur Prüfung</source>
        <translation>{count} contacts to review</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="41"/>
        <source>Je Art der Daten eine Löschklasse: eine Frist und das Ereignis, ab dem sie läuft. Welche Art ein Kontakt ist, folgt aus seiner Rechtsgrundlage. Die Prüfliste schlägt Kontakte vor, deren Frist abgelaufen ist. Wird eine Einwilligung widerrufen, wird der Kontakt sofort gelöscht.</source>
        <translation>One deletion class per kind of data: a period and the event it runs from. Which kind a contact is follows from its legal basis. The review list proposes contacts whose period has run out. If consent is withdrawn, the contact is deleted at once.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="49"/>
        <source>Löschregeln</source>
        <translation>Deletion rules</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="51"/>
        <source>Art der Daten</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="51"/>
        <source>Frist</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="51"/>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="93"/>
        <source>Beginn der Frist</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="51"/>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="97"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="60"/>
        <source>Löschregeln &amp;speichern</source>
        <translation>&amp;Save deletion rules</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="64"/>
        <source>Lösch&amp;konzept als CSV …</source>
        <translation>Deletion &amp;concept as CSV …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="81"/>
        <source>Zuletzt geändert von {by}</source>
        <translation>Last changed by {by}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="86"/>
        <source> Monate</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="86"/>
        <source> Monat</source>
        <translation> month</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="87"/>
        <source>Frist in Monaten</source>
        <translation>Period in months</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="118"/>
        <source>Die Löschregeln sind unverändert.</source>
        <translation>The deletion rules are unchanged.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="123"/>
        <source>1 Löschregel gespeichert.</source>
        <translation>1 deletion rule saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="123"/>
        <source>{count} Löschregeln gespeichert.</source>
        <translation>{count} deletion rules saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="138"/>
        <source>Löschkonzept gespeichert: {path} ({rows}).</source>
        <translation>Deletion concept saved: {path} ({rows}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="139"/>
        <source>1 Zeile</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="139"/>
        <source>{count} Zeilen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="131"/>
        <source>Löschkonzept speichern</source>
        <translation>Save deletion concept</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="131"/>
        <source>Loeschkonzept</source>
        <translation>Deletion_concept</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/privacy/rules_panel.py" line="132"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <location filename="../../sic_desktop/ui/saved_notice.py" line="33"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="46"/>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="84"/>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="109"/>
        <source>Gespeicherte Suche</source>
        <translation>Saved search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="54"/>
        <source>Suchanfrage</source>
        <translation>Search query</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="55"/>
        <source>Bitte zuerst etwas suchen; eine leere Suche lässt sich nicht speichern.</source>
        <translation>Please search for something first; an empty search cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="76"/>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="100"/>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="131"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="77"/>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="101"/>
        <source>Eine gespeicherte Suche „{name}“ gibt es schon.</source>
        <translation>There is already a saved search called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="127"/>
        <source>Bitte einen Namen für die Suche eingeben.</source>
        <translation>Please enter a name for the search.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/saved_searches.py" line="129"/>
        <source>Der Name ist zu lang (höchstens {count} Zeichen).</source>
        <translation>The name is too long (at most {count} characters).</translation>
    </message>
</context>
<context>
    <name>SavedSearchesButton</name>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="24"/>
        <source>Suche speichern</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="25"/>
        <source>Name für die Suche „{query}“:</source>
        <translation>Name for the search “{query}”:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="40"/>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="41"/>
        <source>Gespeicherte Suchen</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="56"/>
        <source>Gespeicherte Suchen werden gelesen …</source>
        <translation>Reading the saved searches …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="59"/>
        <source>Noch keine gespeicherten Suchen</source>
        <translation>No saved searches yet</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="65"/>
        <source>Aktuelle Suche speichern …</source>
        <translation>Save current search …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="70"/>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="86"/>
        <source>Gespeicherte Suche löschen</source>
        <translation>Delete saved search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="81"/>
        <source>Suche gespeichert als „{name}“.</source>
        <translation>Search saved as “{name}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/saved_searches_button.py" line="89"/>
        <source>Gespeicherte Suche „{name}“ gelöscht. Rückgängig mit Strg+Z.</source>
        <translation>Saved search “{name}” deleted. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../../sic_desktop/search/search_errors.py" line="20"/>
        <source>Die Suche ist gerade nicht verfügbar, weil der Suchindex neu aufgebaut werden muss. Ihre Daten sind davon nicht betroffen. Bitte versuchen Sie es in einem Moment noch einmal.</source>
        <translation>Search is not available right now because the search index has to be rebuilt. Your data is not affected. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/search_errors.py" line="36"/>
        <source>Der Suchtext ist zu lang ({length} Zeichen, höchstens {limit}). Bitte nur die wichtigsten Suchbegriffe eingeben.</source>
        <translation>The search text is too long ({length} characters, at most {limit}). Please enter only the most important search terms.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/search_errors.py" line="52"/>
        <source>Der Suchindex wird gerade von einem anderen Programmfenster geändert. Ihre Änderung ist gespeichert; die Suche findet sie, sobald der Index wieder frei ist oder neu aufgebaut wurde.</source>
        <translation>The search index is being changed by another program window. Your change is saved; search will find it as soon as the index is free again or has been rebuilt.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/search_errors.py" line="64"/>
        <source>Der Suchindex konnte nicht aktualisiert werden ({reason}). Ihre Daten sind gespeichert; der Index wird beim nächsten Start neu aufgebaut.</source>
        <translation>The search index could not be updated ({reason}). Your data is saved; the index will be rebuilt at the next start.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/index_state.py" line="50"/>
        <source>Suchindex fertig: {done} Einträge</source>
        <translation>Search index ready: {done} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/index_state.py" line="52"/>
        <source>Suchindex: {done} Einträge</source>
        <translation>Search index: {done} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/index_state.py" line="54"/>
        <source>Suchindex: {done} von {total} Einträgen</source>
        <translation>Search index: {done} of {total} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/service.py" line="268"/>
        <source>Suchindex wird aufgebaut …</source>
        <translation>Building search index …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/service.py" line="354"/>
        <source>ein früherer Suchindex ist noch geöffnet: {folders}</source>
        <translation>an earlier search index is still open: {folders}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/attachment_texts.py" line="46"/>
        <source>in Anhang „{name}“: </source>
        <translation>in attachment “{name}”: </translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/whoosh_search.py" line="127"/>
        <source>gefunden über {synonym}</source>
        <translation>found via {synonym}</translation>
    </message>
</context>
<context>
    <name>SearchHelp</name>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="16"/>
        <source>Alle Wörter müssen vorkommen – auch in anderer Form: „Pflege“ findet „pflegende“, „Kinderbetreuung“ findet „Kinderbetreuungsangebote“.</source>
        <translation>All words must occur, also in other forms: “Pflege” finds “pflegende”, “Kinderbetreuung” finds “Kinderbetreuungsangebote”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="19"/>
        <source>Genau diese Wortfolge.</source>
        <translation>Exactly this sequence of words.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="20"/>
        <source>Eines der beiden Wörter genügt (auch: ODER).</source>
        <translation>Either of the two words is enough (also: ODER).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="22"/>
        <source>Mit Minus: Einträge mit diesem Wort ausschließen.</source>
        <translation>With a minus: leave out entries containing this word.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="24"/>
        <source>Alle Wörter, die so beginnen.</source>
        <translation>All words that begin like this.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="25"/>
        <source>Nur Notizen; ebenso typ:organisation, typ:kontakt, typ:kooperation.</source>
        <translation>Notes only; likewise typ:organisation, typ:kontakt, typ:kooperation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="27"/>
        <source>Nur Einträge dieses Themenfelds.</source>
        <translation>Only entries of this theme field.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="29"/>
        <source>Sektor: wirtschaft, wissenschaft, zivilgesellschaft, verwaltung oder politik; bei Kontakten, Kooperationen und Notizen der Sektor ihrer Organisationen.</source>
        <translation>Sector: wirtschaft (business), wissenschaft (science), zivilgesellschaft (civil society), verwaltung (administration) or politik (politics); for contacts, cooperations and notes, the sector of their organisations.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="39"/>
        <source>Nur Einträge aus diesem Stadtteil; bei Kontakten, Kooperationen und Notizen der Stadtteil ihrer Organisationen.</source>
        <translation>Only entries from this district; for contacts, cooperations and notes, the district of their organisations.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="61"/>
        <source>Groß- und Kleinschreibung, ä/ae, ö/oe, ü/ue und ß/ss sind egal. Bei Namen verzeiht die Suche einen Tippfehler („Schaefr“ findet „Schäfer“). Findet sie nichts, schlägt sie eine andere Schreibweise vor. Notizen, Kontakte und Kooperationen findet sie auch über die Namen der mit ihnen verknüpften Organisationen, Kontakte und Kooperationen. Alles lässt sich kombinieren: &lt;code&gt;typ:notiz Pflege von:2025&lt;/code&gt;.</source>
        <translation>Upper and lower case, ä/ae, ö/oe, ü/ue and ß/ss do not matter. In names, search forgives one typo (“Schaefr” finds “Schäfer”). If it finds nothing, it suggests another spelling. Notes, contacts and cooperations are also found by the names of the organisations, contacts and cooperations linked to them. Everything can be combined: &lt;code&gt;typ:notiz Pflege von:2025&lt;/code&gt;.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="32"/>
        <source>Status einer Kooperation: idee, anbahnung, pilot, umsetzung, verstetigt, ruhend oder beendet.</source>
        <translation>Status of a cooperation: idee, anbahnung, pilot, umsetzung, verstetigt, ruhend or beendet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="35"/>
        <source>Art einer Notiz: workshopprotokoll, reflexionsgespräch, gesprächsnotiz, lessons_learned oder idee.</source>
        <translation>Kind of note: workshopprotokoll, reflexionsgespräch, gesprächsnotiz, lessons_learned or idee.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="38"/>
        <source>Nur Einträge mit diesem Schlagwort.</source>
        <translation>Only entries with this tag.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="42"/>
        <source>Zeitraum (Datum der Notiz, Beginn der Kooperation); auch von:2025 oder bis:2025-06-30.</source>
        <translation>Period (date of the note, start of the cooperation); also von:2025 or bis:2025-06-30.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/search/help_text.py" line="60"/>
        <source>So suchen Sie</source>
        <translation>How to search</translation>
    </message>
</context>
<context>
    <name>SearchIndexKeeper</name>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="67"/>
        <source>Suchindex wird aufgebaut … {percent} %</source>
        <translation>Building search index … {percent} %</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="72"/>
        <source>Der Suchindex ist bereit.</source>
        <translation>The search index is ready.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="74"/>
        <source>Der Suchindex wurde nicht fertig aufgebaut; das geschieht beim nächsten Start erneut.</source>
        <translation>The search index was not finished; it will be built again at the next start.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="87"/>
        <source>Suchindex wird neu aufgebaut …</source>
        <translation>Rebuilding search index …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="88"/>
        <source>Suchindex neu aufgebaut: {entries}.</source>
        <translation>Search index rebuilt: {entries}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="90"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="91"/>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/index_keeper.py" line="92"/>
        <source>Abgebrochen. Der bisherige Suchindex bleibt in Gebrauch.</source>
        <translation>Cancelled. The previous search index stays in use.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="89"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="95"/>
        <source>Suchen in Organisationen, Kontakten, Kooperationen und Notizen …</source>
        <translation>Search organisations, contacts, cooperations and notes …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="96"/>
        <source>Suchbegriff</source>
        <translation>Search term</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="110"/>
        <source>Hilfe zur Suche (F1)</source>
        <translation>Search help (F1)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="111"/>
        <source>Hilfe zur Suche</source>
        <translation>Search help</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="119"/>
        <source>Nur diese Art zeigen</source>
        <translation>Show only this kind</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="120"/>
        <source>Alle Arten</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="137"/>
        <source>Suchergebnisse</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="213"/>
        <source>Alle {count} {records} zeigen …</source>
        <translation>Show all {count} {records} …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="215"/>
        <source>Die ersten {shown} von {count} – bitte die Suche genauer fassen.</source>
        <translation>The first {shown} of {count} – please narrow the search.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="228"/>
        <source>{count} Treffer</source>
        <translation>{count} hits</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="230"/>
        <source>Keine Treffer.</source>
        <translation>No hits.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/search_popup.py" line="234"/>
        <source>Meinten Sie {suggestion}?</source>
        <translation>Did you mean {suggestion}?</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/global_search/backend.py" line="53"/>
        <source>&lt;p&gt;&lt;b&gt;↑&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; wählen einen Treffer, &lt;b&gt;Eingabe&lt;/b&gt; öffnet ihn, &lt;b&gt;Esc&lt;/b&gt; schließt die Suche.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;↑&lt;/b&gt;/&lt;b&gt;↓&lt;/b&gt; select a result, &lt;b&gt;Enter&lt;/b&gt; opens it, &lt;b&gt;Esc&lt;/b&gt; closes the search.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchSection</name>
    <message>
        <location filename="../../sic_desktop/ui/search_settings.py" line="16"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/search_settings.py" line="18"/>
        <source>Abkürzungen und Begriffe, die dasselbe meinen (VHS = Volkshochschule).</source>
        <translation>Abbreviations and terms that mean the same (VHS = Volkshochschule).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/search_settings.py" line="21"/>
        <source>&amp;Gleichbedeutende Begriffe …</source>
        <translation>&amp;Equivalent terms …</translation>
    </message>
</context>
<context>
    <name>SearchSynonyms</name>
    <message>
        <location filename="../../sic_desktop/core/services/search_synonyms.py" line="85"/>
        <source>Zeile {line}: „{text}“ braucht mindestens zwei verschiedene Begriffe, getrennt durch „=“ (z. B. „VHS = Volkshochschule“).</source>
        <translation>Line {line}: “{text}” needs at least two different terms separated by “=” (e.g. “VHS = Volkshochschule”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/search_synonyms.py" line="89"/>
        <source>Zeile {line}: ein Begriff ist länger als {count} Zeichen.</source>
        <translation>Line {line}: a term is longer than {count} characters.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/search_synonyms.py" line="95"/>
        <source>Es sind höchstens {count} Zeilen möglich.</source>
        <translation>At most {count} lines are possible.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/search_synonyms.py" line="98"/>
        <source>Gleichbedeutende Begriffe</source>
        <translation>Equivalent terms</translation>
    </message>
</context>
<context>
    <name>SectionCounts</name>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="18"/>
        <source>Schlagwort</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="19"/>
        <source>Schlagwörter</source>
        <translation>tags</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="20"/>
        <source>Protokolleintrag</source>
        <translation>history entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="21"/>
        <source>Protokolleinträge</source>
        <translation>history entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="22"/>
        <source>Kartenposition</source>
        <translation>map position</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="23"/>
        <source>Kartenpositionen</source>
        <translation>map positions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="24"/>
        <source>gemerkte Spaltenzuordnung</source>
        <translation>remembered column mapping</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="25"/>
        <source>gemerkte Spaltenzuordnungen</source>
        <translation>remembered column mappings</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="26"/>
        <source>„Kein Duplikat“-Vermerk</source>
        <translation>“not a duplicate” mark</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="27"/>
        <source>„Kein Duplikat“-Vermerke</source>
        <translation>“not a duplicate” marks</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="28"/>
        <source>Datenschutz-Begründung</source>
        <translation>data protection keep decision</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="29"/>
        <source>Datenschutz-Begründungen</source>
        <translation>data protection keep decisions</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="30"/>
        <source>gespeicherte Suche</source>
        <translation>saved search</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="31"/>
        <source>gespeicherte Suchen</source>
        <translation>saved searches</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="32"/>
        <source>Löschregel</source>
        <translation>deletion rule</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="33"/>
        <source>Löschregeln</source>
        <translation>deletion rules</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="34"/>
        <source>Eintrag im Datenschutz-Protokoll</source>
        <translation>data protection log entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="35"/>
        <source>Einträge im Datenschutz-Protokoll</source>
        <translation>data protection log entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="36"/>
        <source>Synonymgruppe</source>
        <translation>synonym group</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="37"/>
        <source>Synonymgruppen</source>
        <translation>synonym groups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="38"/>
        <source>Datenschutz-Frist</source>
        <translation>data protection period</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="39"/>
        <source>Datenschutz-Fristen</source>
        <translation>data protection periods</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/section_counts.py" line="47"/>
        <source>keine Einträge</source>
        <translation>no entries</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="30"/>
        <source>z. B. sic-server.stadt.local</source>
        <translation>e.g. sic-server.city.local</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="41"/>
        <source>Benutzername und Passwort</source>
        <translation>User name and password</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="42"/>
        <source>Windows-Anmeldung (Kerberos), wenn die IT sie eingerichtet hat</source>
        <translation>Windows sign-in (Kerberos), if IT has set it up</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="45"/>
        <source>Verschlüsselt (TLS)</source>
        <translation>Encrypted (TLS)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="46"/>
        <source>Verschlüsselt, Serverzertifikat wird geprüft</source>
        <translation>Encrypted, server certificate is checked</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="49"/>
        <source>CA-Datei der IT (.crt, .pem)</source>
        <translation>IT&apos;s CA file (.crt, .pem)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="50"/>
        <source>&amp;Wählen …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="55"/>
        <source>Beim Start mit dem Teamserver verbinden</source>
        <translation>Connect to the team server at start</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="58"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="58"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="58"/>
        <source>&amp;Datenbank:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="59"/>
        <source>&amp;Benutzer:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="59"/>
        <source>&amp;Anmeldung:</source>
        <translation>Sign-&amp;in:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="60"/>
        <source>&amp;Verschlüsselung:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="65"/>
        <source>&amp;CA-Datei:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="97"/>
        <source>CA-Datei wählen</source>
        <translation>Choose CA file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_form.py" line="97"/>
        <source>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ServerTransfer</name>
    <message>
        <location filename="../../sic_desktop/io/server_transfer.py" line="34"/>
        <source>Im Ordner „{folder}“ liegen keine Daten von SIC Desktop.</source>
        <translation>The folder “{folder}” holds no SIC Desktop data.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/server_transfer.py" line="38"/>
        <source>Auf dem Teamserver liegen schon Daten ({held}). Übertragen lässt sich nur in einen leeren Teamserver, damit alle Nummern und Verknüpfungen gleich bleiben. Es wurde nichts übertragen.</source>
        <translation>The team server already holds data ({held}). Data can only be transferred to an empty team server, so that all numbers and links stay the same. Nothing was transferred.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/server_transfer.py" line="54"/>
        <source>Der Ordner „{folder}“ ist nicht leer. Bitte einen neuen, leeren Ordner wählen; es wurde nichts exportiert.</source>
        <translation>The folder “{folder}” is not empty. Please choose a new, empty folder; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/io/server_transfer.py" line="73"/>
        <source>Das Programm arbeitet nicht mit einem Teamserver. Bitte zuerst mit dem Teamserver verbinden (Einstellungen → Teamserver oder --server).</source>
        <translation>The program is not working with a team server. Please connect to the team server first (Settings → Team server or --server).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="25"/>
        <source>Lokalen Datenordner wählen, der auf den Teamserver kommt</source>
        <translation>Choose the local data folder to move onto the team server</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="30"/>
        <source>Daten werden auf den Teamserver übertragen …</source>
        <translation>Transferring data to the team server …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="31"/>
        <source>Auf den Teamserver übertragen: {counts}.</source>
        <translation>Transferred to the team server: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="32"/>
        <source>Übertragung abgebrochen. Auf dem Teamserver wurde nichts gespeichert.</source>
        <translation>Transfer cancelled. Nothing was stored on the team server.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="38"/>
        <source>Leeren Ordner für die Kopie des Teamservers wählen</source>
        <translation>Choose an empty folder for the copy of the team server</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="43"/>
        <source>Der Teamserver wird in einen lokalen Datenordner kopiert …</source>
        <translation>Copying the team server into a local data folder …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="44"/>
        <source>In den Datenordner „{folder}“ kopiert: {counts}.</source>
        <translation>Copied into the data folder “{folder}”: {counts}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/io/server_transfer_action.py" line="46"/>
        <source>Kopie abgebrochen. Es wurde kein Datenordner angelegt.</source>
        <translation>Copy cancelled. No data folder was created.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../sic_desktop/ui/session.py" line="125"/>
        <source>Die Sicherung wird wiederhergestellt …</source>
        <translation>Restoring the backup …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/settings_dialog.py" line="94"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="92"/>
        <source>Tastenkürzel</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="95"/>
        <source>Befehl</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/help_dialogs.py" line="95"/>
        <source>Tasten</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>StartBackup</name>
    <message>
        <location filename="../../sic_desktop/ui/io/start_backup.py" line="40"/>
        <source>Die tägliche Sicherung wurde angelegt.</source>
        <translation>Today&apos;s backup was made.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="89"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="97"/>
        <source>Neue &amp;Notiz</source>
        <translation>New &amp;note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="97"/>
        <source>Neuer &amp;Kontakt</source>
        <translation>New &amp;contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="102"/>
        <source>&amp;Suchen … (Strg+K)</source>
        <translation>&amp;Search … (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="112"/>
        <source>Wiedervorlagen: überfällig, heute und diese Woche</source>
        <translation>Follow-ups: overdue, today and this week</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="112"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="112"/>
        <source>Aufgabe</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="112"/>
        <source>Bezug</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="114"/>
        <source>Zuletzt geschriebene Notizen</source>
        <translation>Most recent notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="114"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="114"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="114"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="118"/>
        <location filename="../../sic_desktop/ui/start_page.py" line="123"/>
        <source>Kooperationen nach Themenfeld und Status</source>
        <translation>Cooperations by theme field and status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="121"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="122"/>
        <source>Letzte Notizen</source>
        <translation>Latest notes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="145"/>
        <source>Daten auf den &amp;Teamserver übertragen …</source>
        <translation>Transfer data to the &amp;team server …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="158"/>
        <source>Legen Sie los mit „Neue Notiz“ oder „Neuer Kontakt“.</source>
        <translation>Get started with “New note” or “New contact”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="162"/>
        <source>Der Datenordner ist noch leer.</source>
        <translation>The data folder is still empty.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="163"/>
        <source>Um das Programm kennenzulernen, können Sie auch erfundene Demodaten laden.</source>
        <translation>To get to know the program, you can also load invented demo data.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="165"/>
        <source>Auf dem Teamserver sind noch keine Daten.</source>
        <translation>There are no data on the team server yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="167"/>
        <source>Die Daten Ihres bisherigen Datenordners bringen Sie mit „Daten auf den Teamserver übertragen …“ herüber.</source>
        <translation>Bring over the data of your previous data folder with “Transfer data to the team server …”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="172"/>
        <source>Bis dahin gibt es hier nichts zu lesen.</source>
        <translation>Until then there is nothing to read here.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="141"/>
        <source>&amp;Demodaten laden</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="159"/>
        <source>Die Daten eines bisherigen Datenordners überträgt, wer die Datenschutz-Rolle hat („Datei → Daten auf den Teamserver übertragen …“).</source>
        <translation>The data of a previous data folder are transferred by someone with the data protection role (“File → Transfer data to the team server …”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="218"/>
        <source>{date} (überfällig)</source>
        <translation>{date} (overdue)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="220"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="225"/>
        <source>Nichts fällig in dieser Woche.</source>
        <translation>Nothing due this week.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="235"/>
        <source>Noch keine Notizen.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/start_page.py" line="250"/>
        <source>Alle Kooperationen</source>
        <translation>All cooperations</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../sic_desktop/ui/status_bar.py" line="84"/>
        <source>{count} offene Wiedervorlagen</source>
        <translation>{count} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/status_bar.py" line="84"/>
        <source>1 offene Wiedervorlage</source>
        <translation>1 open follow-up</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="396"/>
        <source>Die Datei konnte nicht geschrieben werden: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="405"/>
        <source>Der Datenträger ist voll. Es wurde nichts gespeichert; bitte Platz schaffen und erneut speichern.</source>
        <translation>The disk is full. Nothing was saved; please free some space and save again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="410"/>
        <source>Der Datenordner ist schreibgeschützt. Es wurde nichts gespeichert; bitte die Zugriffsrechte prüfen.</source>
        <translation>The data folder is read-only. Nothing was saved; please check the access rights.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="415"/>
        <source>Die Datenbank wird gerade von einem anderen Vorgang benutzt. Bitte in einem Moment erneut versuchen.</source>
        <translation>The database is being used by another process right now. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="420"/>
        <source>Beim Schreiben auf den Datenträger ist ein Fehler aufgetreten. Es wurde nichts gespeichert.</source>
        <translation>An error occurred while writing to the disk. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/database.py" line="424"/>
        <source>Die Datenbank hat die Änderung abgelehnt: {reason}</source>
        <translation>The database refused the change: {reason}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="33"/>
        <source>„{path}“ ist ein Ordner, keine Datenbankdatei. Bitte den Ordner umbenennen oder verschieben.</source>
        <translation>“{path}” is a folder, not a database file. Please rename or move the folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="43"/>
        <source>Die Datei „{path}“ ist keine SIC-Desktop-Datenbank (es ist gar keine SQLite-Datei).</source>
        <translation>The file “{path}” is not a SIC Desktop database (it is not an SQLite file at all).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="59"/>
        <source>Die Datei „{path}“ ist eine SQLite-Datenbank, aber nicht von SIC Desktop. Sie wird nicht verändert.</source>
        <translation>The file “{path}” is an SQLite database, but not one of SIC Desktop. It is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="66"/>
        <source>Die Datenbank „{path}“ stammt von einer neueren Version von SIC Desktop (Datenstand {version}, dieses Programm kennt bis {known}). Bitte das Programm aktualisieren; die Datei bleibt unverändert.</source>
        <translation>The database “{path}” comes from a newer version of SIC Desktop (data version {version}, this program knows up to {known}). Please update the program; the file is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="78"/>
        <source>Die Datenbank „{path}“ ist beschädigt und kann nicht geöffnet werden ({reason}). Sie wird nicht verändert; bitte die neueste Sicherung wiederherstellen.</source>
        <translation>The database “{path}” is damaged and cannot be opened ({reason}). It is left unchanged; please restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="116"/>
        <source>{reason} Die Datenbank muss aber erst angelegt oder für diese Programmversion umgestellt werden; das geht nur in einem beschreibbaren Ordner.</source>
        <translation>{reason} But the database must first be created or converted for this program version; that is only possible in a writable folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/opening.py" line="135"/>
        <source>Die Datenbank liegt auf einem Netzlaufwerk. Dort ist der schnellere WAL-Modus nicht sicher; SIC Desktop arbeitet deshalb mit dem klassischen Journal. Bitte die Datei nicht von mehreren Rechnern gleichzeitig öffnen.</source>
        <translation>The database is on a network drive. The faster WAL mode is not safe there, so SIC Desktop uses the classic journal. Please do not open the file from several computers at the same time.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/errors.py" line="103"/>
        <source>Die Datenbank „{path}“ ist beschädigt ({reason}). Damit nichts verloren geht, wird nichts mehr in sie geschrieben und keine Sicherung von ihr angelegt. Bitte die neueste Sicherung wiederherstellen (Datei → Sicherung oder „sic-desktop restore“).</source>
        <translation>The database “{path}” is damaged ({reason}). So that nothing is lost, nothing more is written into it and no backup is made of it. Please restore the newest backup (File → Backup or “sic-desktop restore”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/paths.py" line="63"/>
        <source>Der Datenordner „{path}“ ist eine Datei, kein Ordner. Bitte einen Ordner angeben.</source>
        <translation>The data folder “{path}” is a file, not a folder. Please give a folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/paths.py" line="70"/>
        <source>Der Datenordner „{path}“ kann nicht angelegt werden ({reason}).</source>
        <translation>The data folder “{path}” cannot be created ({reason}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/recovery.py" line="62"/>
        <source>Die Datenbank „{path}“ ist leer (0 Bytes), obwohl es Sicherungen von ihr gibt.</source>
        <translation>The database “{path}” is empty (0 bytes), although there are backups of it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/recovery.py" line="64"/>
        <source>Die Datenbank „{path}“ fehlt, obwohl es Sicherungen von ihr gibt.</source>
        <translation>The database “{path}” is missing, although there are backups of it.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/recovery.py" line="68"/>
        <source>Es wird keine neue, leere Datenbank angelegt. Bitte die neueste Sicherung wiederherstellen (beim Start des Programms oder mit „sic-desktop restore DATEI“). Wer wirklich neu beginnen will, verschiebt vorher die Sicherungen aus „{folder}“.</source>
        <translation>No new, empty database is created. Please restore the newest backup (when the program starts or with “sic-desktop restore FILE”). To really start afresh, first move the backups out of “{folder}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/write_protection.py" line="33"/>
        <source>Der Datenordner „{folder}“ ist schreibgeschützt. SIC Desktop öffnet ihn nur zum Lesen: Suchen, Ansehen und Exportieren gehen, Speichern nicht. Zum Arbeiten bitte die Zugriffsrechte prüfen lassen oder einen beschreibbaren Datenordner wählen.</source>
        <translation>The data folder “{folder}” is write-protected. SIC Desktop opens it for reading only: searching, viewing and exporting work, saving does not. To work, please have the access rights checked or choose a writable data folder.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <location filename="../../sic_desktop/core/services/suggestions.py" line="49"/>
        <source>ähnlich geschrieben</source>
        <translation>similar spelling</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/suggestions.py" line="127"/>
        <source>{first} u. a.</source>
        <translation>{first} and others</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/suggestions.py" line="148"/>
        <source>Nr. {id}</source>
        <translation>No. {id}</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="37"/>
        <source>Gleichbedeutende Begriffe</source>
        <translation>Equivalent terms</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="42"/>
        <source>Begriffe, die bei der Suche dasselbe meinen: eine Gruppe je Zeile, durch „=“ getrennt, z. B. „QB = Quartiersbüro“.</source>
        <translation>Terms that mean the same when searching: one group per line, separated by “=”, e.g. “QB = Quartiersbüro”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="44"/>
        <source>Wer einen Begriff sucht, findet auch die anderen; die Trefferliste sagt dann „gefunden über …“.</source>
        <translation>Searching for one term also finds the others; the result list then says “found via …”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="47"/>
        <source>Gilt ab der nächsten Suche für alle, die mit diesem Teamserver arbeiten.</source>
        <translation>Applies from the next search on, for everyone working with this team server.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="49"/>
        <source>Gilt ab der nächsten Suche für alle, die mit diesem Datenordner arbeiten.</source>
        <translation>Applies from the next search on, for everyone working with this data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="57"/>
        <source>QB = Quartiersbüro
LaKo = Landeskoordinierung</source>
        <translation>QB = Quartiersbüro
LaKo = Landeskoordinierung</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="59"/>
        <source>Eigene Begriffe</source>
        <translation>Own terms</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/synonyms_dialog.py" line="64"/>
        <source>Mitgeliefert ({count})</source>
        <translation>Shipped ({count})</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="28"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="32"/>
        <source>&amp;Ändern …</source>
        <translation>Chan&amp;ge …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="34"/>
        <source>Ordner und Dateinamen wählen</source>
        <translation>Choose folder and file name</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="51"/>
        <source>Word-Dateien (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="52"/>
        <source>Briefing speichern unter</source>
        <translation>Save briefing as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="63"/>
        <source>Bitte einen Dateinamen angeben.</source>
        <translation>Please give a file name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="51"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/briefing/target_field.py" line="67"/>
        <source>Den Ordner „{folder}“ gibt es nicht.</source>
        <translation>The folder “{folder}” does not exist.</translation>
    </message>
</context>
<context>
    <name>TeamAccess</name>
    <message>
        <location filename="../../sic_desktop/core/team_access.py" line="58"/>
        <source>Teamserver {server}</source>
        <translation>Team server {server}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_access.py" line="59"/>
        <source>Teamserver {server}, Datenbank „{database}“</source>
        <translation>Team server {server}, database &quot;{database}&quot;</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_access.py" line="64"/>
        <source>Lokale Datei {name}</source>
        <translation>Local file {name}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_access.py" line="65"/>
        <source>Lokale Datei {path}</source>
        <translation>Local file {path}</translation>
    </message>
</context>
<context>
    <name>TeamServerLogin</name>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="53"/>
        <source>Bitte den Servernamen eintragen.</source>
        <translation>Please enter the server name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="55"/>
        <source>Bitte den Namen der Datenbank eintragen.</source>
        <translation>Please enter the name of the database.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="57"/>
        <source>Bitte den Benutzernamen eintragen.</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="59"/>
        <source>Der Port muss eine Zahl von 1 bis 65535 sein.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="62"/>
        <source>Zum Prüfen des Serverzertifikats bitte die CA-Datei der IT wählen.</source>
        <translation>To check the server certificate, please choose IT&apos;s CA file.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/team_server_login.py" line="147"/>
        <source>Das Passwort konnte nicht in der Anmeldeinformationsverwaltung von Windows gespeichert werden ({reason}). Es wird bei jedem Start erneut abgefragt.</source>
        <translation>The password could not be saved in the Windows Credential Manager ({reason}). It will be asked for at every start.</translation>
    </message>
</context>
<context>
    <name>TeamServerSection</name>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="167"/>
        <source>Teamserver</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="171"/>
        <source>Dieses Fenster arbeitet mit: {where}</source>
        <translation>This window works with: {where}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="175"/>
        <source>Mit Teamserver &amp;verbinden …</source>
        <translation>&amp;Connect to team server …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="179"/>
        <source>Mit der lo&amp;kalen Datei arbeiten</source>
        <translation>Work with the lo&amp;cal file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="195"/>
        <source>Verbunden mit dem Teamserver {server}.</source>
        <translation>Connected to the team server {server}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="200"/>
        <source>Das Fenster arbeitet wieder mit der lokalen Datei.</source>
        <translation>The window works with the local file again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/team_server_connect.py" line="208"/>
        <source>Die Datenbank wird gewechselt …</source>
        <translation>Switching the database …</translation>
    </message>
</context>
<context>
    <name>Teamserver</name>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="11"/>
        <source>Der Teamserver „{server}“ ist nicht erreichbar ({reason}). Es wurde nichts gespeichert; bitte die Netzwerkverbindung prüfen und erneut versuchen.</source>
        <translation>The team server “{server}” cannot be reached ({reason}). Nothing was saved; please check the network connection and try again.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="20"/>
        <source>Der Teamserver hat den Zugriff verweigert: Ihre Rolle darf das nicht ({reason}). Es wurde nichts gespeichert.</source>
        <translation>The team server refused access: your role may not do this ({reason}). Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="27"/>
        <source>Die Daten liegen auf dem Teamserver; dort sichert die IT mit pg_dump (siehe docs/teamserver.md). Eine Sicherungsdatei legt SIC Desktop nur für einen lokalen Datenordner an.</source>
        <translation>The data is on the team server, where IT backs it up with pg_dump (see docs/teamserver.md). SIC Desktop makes backup files only for a local data folder.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="35"/>
        <source>Die Daten liegen auf dem Teamserver; eine Sicherung des Teamservers spielt die IT mit pg_restore zurück (siehe docs/teamserver.md). SIC Desktop stellt nur die Sicherungsdatei eines lokalen Datenordners wieder her. Es wurde nichts verändert.</source>
        <translation>The data lies on the team server; IT restores a backup of the team server with pg_restore (see docs/teamserver.md). SIC Desktop restores only the backup file of a local data folder. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="44"/>
        <source>Geprüft wurden die Einträge auf dem Teamserver und der Suchindex dieses Rechners. Die Dateien des Servers selbst prüft und sichert die IT (pg_dump, siehe docs/teamserver.md).</source>
        <translation>Checked were the records on the team server and this computer&apos;s search index. IT checks and backs up the server&apos;s own files (pg_dump, see docs/teamserver.md).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="53"/>
        <source>Der Teamserver hat den Datenstand {server}, dieses Programm kennt nur bis Datenstand {known}. Bitte SIC Desktop aktualisieren; der Teamserver bleibt unverändert.</source>
        <translation>The team server has data version {server}; this program knows versions up to {known}. Please update SIC Desktop; the team server is left unchanged.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="63"/>
        <source>Der Teamserver hat den Datenstand {server}, dieses Programm braucht Datenstand {known}. Bitte die IT, den Teamserver mit „sic-desktop server upgrade“ umzustellen.</source>
        <translation>The team server has data version {server}; this program needs data version {known}. Please ask IT to upgrade the team server with “sic-desktop server upgrade”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/storage/server_text.py" line="73"/>
        <source>Die Datenbank „{server}“ ist noch nicht für SIC Desktop eingerichtet. Bitte die IT, sie mit „sic-desktop server init“ einzurichten.</source>
        <translation>The database “{server}” has not been set up for SIC Desktop yet. Please ask IT to set it up with “sic-desktop server init”.</translation>
    </message>
</context>
<context>
    <name>ThemeYearDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="29"/>
        <source>Wirkungsbericht eines Themenfelds</source>
        <translation>Impact report of a theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="34"/>
        <source>&amp;Themenfeld</source>
        <translation>&amp;Theme field</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="38"/>
        <source>&amp;Jahr</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="40"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="51"/>
        <source>PDF erstellen …</source>
        <translation>Create PDF …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="51"/>
        <source>Word-Datei erstellen …</source>
        <translation>Create Word file …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/impact/report_action.py" line="43"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <location filename="../../sic_desktop/ui/themes_dialog.py" line="32"/>
        <source>Themenfelder verwalten</source>
        <translation>Manage theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/themes_dialog.py" line="39"/>
        <source>Themenfelder</source>
        <translation>Theme fields</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/themes_dialog.py" line="43"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/themes_dialog.py" line="45"/>
        <source>In den &amp;Papierkorb</source>
        <translation>Move to the &amp;trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/themes_dialog.py" line="49"/>
        <source>Be&amp;richt als PDF …</source>
        <translation>&amp;Report as PDF …</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="40"/>
        <source>Gelöschte Einträge bleiben hier, bis der Papierkorb geleert wird. Erst dann sind sie endgültig gelöscht.</source>
        <translation>Deleted entries stay here until the trash is emptied. Only then are they deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="48"/>
        <source>&amp;Wiederherstellen</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="51"/>
        <source>E&amp;ndgültig löschen</source>
        <translation>Delete &amp;permanently</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="53"/>
        <source>Papierkorb &amp;leeren …</source>
        <translation>&amp;Empty trash …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="62"/>
        <source>Einträge im Papierkorb</source>
        <translation>Entries in the trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="63"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="63"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="63"/>
        <source>Gelöscht am</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="63"/>
        <source>Gelöscht von</source>
        <translation>Deleted by</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="110"/>
        <source>Aus dem Papierkorb wiederherstellen</source>
        <translation>Restore from the trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="112"/>
        <source>Wiederhergestellt. Rückgängig mit Strg+Z.</source>
        <translation>Restored. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="120"/>
        <source>{entries} endgültig löschen? Das kann nicht rückgängig gemacht werden.</source>
        <translation>Delete {entries} permanently? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="121"/>
        <location filename="../../sic_desktop/ui/trash_page.py" line="139"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="121"/>
        <location filename="../../sic_desktop/ui/trash_page.py" line="139"/>
        <source>{count} Einträge</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="138"/>
        <source>Papierkorb geleert: {entries} gelöscht.</source>
        <translation>Trash emptied: {entries} deleted.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="122"/>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="132"/>
        <source>Den Papierkorb leeren? Der Eintrag darin wird endgültig gelöscht.</source>
        <translation>Empty the trash? The entry in it will be deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="133"/>
        <source>Den Papierkorb leeren? Alle {count} Einträge werden endgültig gelöscht.</source>
        <translation>Empty the trash? All {count} entries will be deleted permanently.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="134"/>
        <source>Papierkorb leeren</source>
        <translation>Empty trash</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/trash_page.py" line="137"/>
        <source>Papierkorb wird geleert …</source>
        <translation>Emptying the trash …</translation>
    </message>
</context>
<context>
    <name>Unlinking</name>
    <message>
        <location filename="../../sic_desktop/ui/unlinking.py" line="18"/>
        <source>Verknüpfung lösen</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/unlinking.py" line="24"/>
        <source>Verknüpfung gelöst. Rückgängig mit Strg+Z.</source>
        <translation>Link removed. Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../sic_desktop/core/services/record_service.py" line="624"/>
        <source>Das Themenfeld Nr. {id} gibt es nicht.</source>
        <translation>Theme field no. {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/record_service.py" line="625"/>
        <source>{record} Nr. {id} gibt es nicht (mehr).</source>
        <translation>{record} no. {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/themes.py" line="40"/>
        <source>Das Themenfeld „{name}“ gibt es nicht. Vorhanden sind: {known}.</source>
        <translation>There is no theme field “{name}”. Available are: {known}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/themes.py" line="65"/>
        <source>Ein Themenfeld „{name}“ gibt es schon.</source>
        <translation>A theme field “{name}” already exists.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="29"/>
        <location filename="../../sic_desktop/core/validation.py" line="104"/>
        <location filename="../../sic_desktop/core/validation.py" line="254"/>
        <source>Bitte einen Namen eingeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="31"/>
        <source>Bitte die Kooperation angeben.</source>
        <translation>Please give the cooperation.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="39"/>
        <location filename="../../sic_desktop/core/impact_rules.py" line="110"/>
        <source>Bitte einen Wert eingeben.</source>
        <translation>Please enter a value.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="46"/>
        <source>Das Zieldatum ({target}) muss nach dem Datum des Ausgangswerts ({baseline}) liegen.</source>
        <translation>The target date ({target}) must be after the baseline date ({baseline}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="54"/>
        <source>Zielwert und Ausgangswert sind gleich: So lässt sich kein Fortschritt messen.</source>
        <translation>Target and baseline are equal: no progress can be measured.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="63"/>
        <source>Bitte die Stufe der Wirkungstreppe (1 bis 7) wählen.</source>
        <translation>Please choose the step of the impact ladder (1 to 7).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="70"/>
        <source>Die Wirkungstreppe hat die Stufen 1 bis 7 (nicht „{step}“).</source>
        <translation>The impact ladder has steps 1 to 7 (not “{step}”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="75"/>
        <source>Ein Input steht auf keiner Stufe der Wirkungstreppe: bitte die Stufe leer lassen oder eine andere Wirkungsebene wählen.</source>
        <translation>An input has no step on the impact ladder: please leave the step empty or choose another impact level.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="78"/>
        <source>Stufe {step} gehört zur Wirkungsebene „{right}“, nicht zu „{chosen}“.</source>
        <translation>Step {step} belongs to the impact level “{right}”, not to “{chosen}”.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="101"/>
        <source>Bitte den Indikator angeben.</source>
        <translation>Please give the indicator.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="106"/>
        <source>Das Datum ({date}) liegt in der Zukunft.</source>
        <translation>The date ({date}) is in the future.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="149"/>
        <source>Der Text ist mit {length} Zeichen zu lang; erlaubt sind höchstens {limit}.</source>
        <translation>The text is too long with {length} characters; at most {limit} are allowed.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="156"/>
        <source>Bitte ausfüllen.</source>
        <translation>Please fill in.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="183"/>
        <source>Bitte auswählen.</source>
        <translation>Please choose.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="190"/>
        <source>„{value}“ ist nicht vorgesehen. Möglich sind: {choices}.</source>
        <translation>“{value}” is not provided for. Possible are: {choices}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="205"/>
        <source>Das Ende ({end}) liegt vor dem Beginn ({start}).</source>
        <translation>The end ({end}) is before the start ({start}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="218"/>
        <source>„{value}“ ist keine gültige E-Mail-Adresse.</source>
        <translation>“{value}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="225"/>
        <source>„{value}“ ist keine gültige Webadresse.</source>
        <translation>“{value}” is not a valid web address.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="246"/>
        <source>Das Schlagwort „{tag}“ enthält ein Komma oder Semikolon; bitte einzeln eingeben.</source>
        <translation>The tag “{tag}” contains a comma or semicolon; please enter tags one by one.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="263"/>
        <source>„{value}“ ist keine gültige Telefonnummer.</source>
        <translation>“{value}” is not a valid phone number.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="268"/>
        <source>Bitte einen Vor- oder Nachnamen eingeben.</source>
        <translation>Please enter a first or last name.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="284"/>
        <source>Ein Datum des Widerspruchs gibt es nur mit Widerspruch.</source>
        <translation>An objection date needs an objection.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="302"/>
        <source>Dieselbe Organisation mit derselben Funktion ist doppelt eingetragen.</source>
        <translation>The same organisation with the same function is entered twice.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="308"/>
        <location filename="../../sic_desktop/core/validation.py" line="330"/>
        <source>Bitte einen Titel eingeben.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="320"/>
        <source>Ein Partner ist entweder eine Organisation oder ein Kontakt.</source>
        <translation>A partner is either an organisation or a contact.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="325"/>
        <source>Ein Partner ist doppelt eingetragen.</source>
        <translation>A partner is entered twice.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="347"/>
        <source>Bitte wählen, wozu die Wiedervorlage gehört: eine Notiz, einen Kontakt, eine Organisation oder eine Kooperation (Namen tippen und aus der Liste wählen).</source>
        <translation>Please choose what the follow-up belongs to: a note, a contact, an organisation or a cooperation (type a name and pick it from the list).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_rules.py" line="44"/>
        <location filename="../../sic_desktop/core/impact_rules.py" line="104"/>
        <location filename="../../sic_desktop/core/validation.py" line="334"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="341"/>
        <source>Bitte beschreiben, was zu tun ist.</source>
        <translation>Please describe what needs to be done.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/validation.py" line="343"/>
        <source>Bitte ein Fälligkeitsdatum eingeben.</source>
        <translation>Please enter a due date.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/keep_decisions.py" line="45"/>
        <source>Bitte begründen, warum der Kontakt gespeichert bleibt.</source>
        <translation>Please give a reason why the contact stays stored.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="100"/>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="103"/>
        <location filename="../../sic_desktop/core/services/privacy_settings.py" line="125"/>
        <source>„{value}“ ist nicht vorgesehen.</source>
        <translation>“{value}” is not provided for.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/deletion_rules.py" line="106"/>
        <source>Die Frist muss zwischen 0 und {most} Monaten liegen.</source>
        <translation>The period must be between 0 and {most} months.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="40"/>
        <source>Bitte „ja“ oder „nein“ eingeben (nicht „{value}“).</source>
        <translation>Please enter “yes” or “no” (not “{value}”).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="45"/>
        <location filename="../../sic_desktop/core/impact_values.py" line="61"/>
        <source>Bitte eine Zahl eingeben.</source>
        <translation>Please enter a number.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="58"/>
        <source>„{value}“ ist keine Zahl (Beispiel: 12 oder 12,5).</source>
        <translation>“{value}” is not a number (example: 12 or 12.5).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="67"/>
        <source>Eine Anzahl ist eine ganze Zahl ab 0 (nicht {value}).</source>
        <translation>A count is a whole number from 0 (not {value}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="70"/>
        <source>Ein Prozentwert liegt zwischen 0 und 100 (nicht {value}).</source>
        <translation>A percentage lies between 0 and 100 (not {value}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="73"/>
        <source>Ein Euro-Betrag ist nicht negativ und hat höchstens zwei Nachkommastellen (nicht {value}).</source>
        <translation>A euro amount is not negative and has at most two decimals (not {value}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_values.py" line="77"/>
        <source>Ein Skalenwert liegt zwischen 1 und 5 (nicht {value}).</source>
        <translation>A scale value lies between 1 and 5 (not {value}).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="89"/>
        <source>Die Kooperation „{title}“ liegt im Papierkorb.</source>
        <translation>The cooperation “{title}” is in the trash.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="190"/>
        <source>Der Indikator „{name}“ liegt im Papierkorb: Bitte ihn erst wiederherstellen, dann messen.</source>
        <translation>The indicator “{name}” is in the trash: please restore it first, then measure.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="195"/>
        <source>Die Messung ({date}) liegt vor dem Ausgangswert vom {baseline}.</source>
        <translation>The measurement ({date}) is before the baseline of {baseline}.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/impact_records.py" line="199"/>
        <source>Die Notiz Nr. {id} gibt es nicht (mehr).</source>
        <translation>Note no. {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_settings.py" line="128"/>
        <source>Der Wert muss zwischen 1 und {most} Jahren liegen.</source>
        <translation>The value must be between 1 and {most} years.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="51"/>
        <source>Wirtschaft</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="52"/>
        <source>Wissenschaft</source>
        <translation>Science</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="53"/>
        <source>Zivilgesellschaft</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="54"/>
        <source>Verwaltung</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="55"/>
        <source>Politik</source>
        <translation>Politics</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="62"/>
        <location filename="../../sic_desktop/core/vocab.py" line="92"/>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="63"/>
        <source>Anbahnung</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="64"/>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="65"/>
        <source>Umsetzung</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="66"/>
        <source>Verstetigt</source>
        <translation>Established</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="67"/>
        <source>Ruhend</source>
        <translation>Dormant</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="68"/>
        <source>Beendet</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="78"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="79"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="80"/>
        <source>Förderer</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="81"/>
        <source>Beteiligt</source>
        <translation>Involved</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="88"/>
        <source>Workshopprotokoll</source>
        <translation>Workshop minutes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="89"/>
        <source>Reflexionsgespräch</source>
        <translation>Reflection talk</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="90"/>
        <source>Gesprächsnotiz</source>
        <translation>Meeting note</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="91"/>
        <source>Lessons Learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="93"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="100"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="101"/>
        <source>Nur Text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="108"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="109"/>
        <source>Berechtigtes Interesse</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="110"/>
        <source>Öffentliche Aufgabe</source>
        <translation>Public task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/vocab.py" line="111"/>
        <source>Vertrag</source>
        <translation>Contract</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="15"/>
        <source>selbst angegeben</source>
        <translation>given by the person</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="16"/>
        <source>Visitenkarte</source>
        <translation>business card</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="17"/>
        <source>E-Mail der Person</source>
        <translation>e-mail from the person</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="18"/>
        <source>Import aus einer Datei</source>
        <translation>import from a file</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="19"/>
        <source>von Dritten</source>
        <translation>from third parties</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="29"/>
        <source>letzter Kontakt</source>
        <translation>last contact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="30"/>
        <source>Ende der Kooperation</source>
        <translation>end of the cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="31"/>
        <source>Erteilung der Einwilligung</source>
        <translation>consent given</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="39"/>
        <source>Kontaktdaten mit Einwilligung</source>
        <translation>Contact data with consent</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="40"/>
        <source>Kontaktdaten aus Vertrag oder Kooperation</source>
        <translation>Contact data from a contract or cooperation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="41"/>
        <source>Kontaktdaten für eine öffentliche Aufgabe</source>
        <translation>Contact data for a public task</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/privacy_terms.py" line="42"/>
        <source>Kontaktdaten aus berechtigtem Interesse</source>
        <translation>Contact data from legitimate interest</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_log.py" line="31"/>
        <source>endgültig gelöscht</source>
        <translation>deleted for good</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_log.py" line="32"/>
        <source>anonymisiert</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_log.py" line="33"/>
        <source>Löschung nach Wiederherstellung erneut angewendet</source>
        <translation>erasure applied again after a restore</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_log.py" line="34"/>
        <source>Auskunft exportiert (Art. 15)</source>
        <translation>access request exported (Art. 15)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/services/privacy_log.py" line="35"/>
        <source>Kontakte exportiert</source>
        <translation>contacts exported</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="16"/>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="17"/>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="18"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="19"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="27"/>
        <source>Aktivitäten finden wie geplant statt</source>
        <translation>Activities take place as planned</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="28"/>
        <source>Zielgruppen werden erreicht</source>
        <translation>Target groups are reached</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="29"/>
        <source>Zielgruppen akzeptieren das Angebot</source>
        <translation>Target groups accept the offer</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="30"/>
        <source>Bewusstsein und Fähigkeiten ändern sich</source>
        <translation>Awareness and skills change</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="31"/>
        <source>Handeln ändert sich</source>
        <translation>Behaviour changes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="32"/>
        <source>Lebenslage ändert sich</source>
        <translation>Living situation changes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="33"/>
        <source>Gesellschaft verändert sich</source>
        <translation>Society changes</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="37"/>
        <source>Aktivitäten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="38"/>
        <source>Erreichung</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="39"/>
        <source>Akzeptanz</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="40"/>
        <source>Fähigkeiten</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="41"/>
        <source>Handeln</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="42"/>
        <source>Lebenslage</source>
        <translation>Living situation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="43"/>
        <source>Gesellschaft</source>
        <translation>Society</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="62"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="63"/>
        <source>Prozent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="64"/>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="65"/>
        <source>Ja/Nein</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="66"/>
        <source>Skala 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="73"/>
        <source>Teilnehmendenliste</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="74"/>
        <source>Befragung</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="75"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="76"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="77"/>
        <source>Beobachtung</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="78"/>
        <source>Dokumentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="85"/>
        <source>monatlich</source>
        <translation>monthly</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="86"/>
        <source>vierteljährlich</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="87"/>
        <source>halbjährlich</source>
        <translation>half-yearly</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="88"/>
        <source>jährlich</source>
        <translation>yearly</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="89"/>
        <source>einmalig (keine Wiedervorlage)</source>
        <translation>once (no follow-up)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="97"/>
        <source>hoch (gezählt, belegt)</source>
        <translation>high (counted, documented)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="98"/>
        <source>mittel (geschätzt, Stichprobe)</source>
        <translation>medium (estimated, sample)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="99"/>
        <source>niedrig (Eindruck)</source>
        <translation>low (impression)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="106"/>
        <source>im Plan</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="107"/>
        <source>gefährdet</source>
        <translation>at risk</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="108"/>
        <source>nicht im Plan</source>
        <translation>off track</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/core/impact_vocab.py" line="109"/>
        <source>noch keine Bewertung</source>
        <translation>not assessed yet</translation>
    </message>
</context>
<context>
    <name>WhereDataLies</name>
    <message>
        <location filename="../../sic_desktop/ui/where_data_lies.py" line="19"/>
        <source>Die Daten liegen auf dem {server}. Dieser Rechner hält in seinem Datenordner nur Einstellungen, Suchindex und Anhänge:&lt;br&gt;{folder}</source>
        <translation>The data lies on the {server}. This computer keeps only settings, search index and attachments in its data folder:&lt;br&gt;{folder}</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/where_data_lies.py" line="24"/>
        <source>Alle Daten liegen im Datenordner auf diesem Rechner:&lt;br&gt;{folder}</source>
        <translation>All data lies in the data folder on this computer:&lt;br&gt;{folder}</translation>
    </message>
</context>
<context>
    <name>Word</name>
    <message>
        <location filename="../../sic_desktop/reports/word.py" line="83"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/word.py" line="83"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/word.py" line="99"/>
        <source>[Abbildung: nur in der PDF-Fassung]</source>
        <translation>[Figure: only in the PDF version]</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/word_template.py" line="38"/>
        <source>Die Word-Vorlage „{path}“ lässt sich nicht öffnen ({reason}). Bitte in den Einstellungen eine andere Vorlage wählen.</source>
        <translation>The Word template “{path}” cannot be opened ({reason}). Please choose another template in the settings.</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/reports/word_template.py" line="45"/>
        <source>„{name}“ ist keine Word-Vorlage (.docx oder .dotx). Bitte in den Einstellungen eine andere Vorlage wählen.</source>
        <translation>“{name}” is not a Word template (.docx or .dotx). Please choose another template in the settings.</translation>
    </message>
</context>
<context>
    <name>WordSection</name>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="26"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="29"/>
        <source>Word-&amp;Vorlage:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="32"/>
        <source>mitgelieferte Vorlage</source>
        <translation>shipped template</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="37"/>
        <source>&amp;Wählen …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="40"/>
        <source>Vorlage &amp;kopieren …</source>
        <translation>&amp;Copy template …</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="42"/>
        <source>Die mitgelieferte Vorlage zum Anpassen in Word speichern</source>
        <translation>Save the shipped template to adapt it in Word</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="48"/>
        <source>Word-Vorlage wählen</source>
        <translation>Choose Word template</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="48"/>
        <source>Word-Vorlagen (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="54"/>
        <source>Vorlage speichern unter</source>
        <translation>Save template as</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="54"/>
        <source>Briefing-Vorlage.docx</source>
        <translation>Briefing-template.docx</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="54"/>
        <source>Word-Dateien (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../sic_desktop/ui/outlook/word_settings.py" line="62"/>
        <source>Die Vorlage konnte nicht gespeichert werden: {reason}</source>
        <translation>The template could not be saved: {reason}</translation>
    </message>
</context>
</TS>
