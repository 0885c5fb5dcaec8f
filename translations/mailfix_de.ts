<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
        <name>AutoconfigParser</name>
        <message>
            <source>the file declares a DTD (entities are never read)</source>
            <translation>die Datei deklariert eine DTD (Entitäten werden nie gelesen)</translation>
        </message>
        <message>
            <source>the file uses an entity reference (&amp;%1;)</source>
            <translation>die Datei verwendet einen Entitätsverweis (&amp;%1;)</translation>
        </message>
        <message>
            <source>not a clientConfig file (root element &lt;%1&gt;)</source>
            <translation>keine clientConfig-Datei (Wurzelelement &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>malformed XML at line %1: %2</source>
            <translation>fehlerhaftes XML in Zeile %1: %2</translation>
        </message>
        <message>
            <source>empty or not XML</source>
            <translation>leer oder kein XML</translation>
        </message>
</context>
<context>
        <name>BoundedFile</name>
        <message>
            <source>no such file</source>
            <translation>Datei nicht gefunden</translation>
        </message>
        <message>
            <source>is a folder, not a %1</source>
            <translation>ist ein Ordner, keine %1</translation>
        </message>
        <message>
            <source>is not a regular file (a named pipe, a device or a socket), not a %1</source>
            <translation>ist keine reguläre Datei (eine Named Pipe, ein Gerät oder ein Socket), keine %1</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>kann nicht gelesen werden (%1)</translation>
        </message>
        <message>
            <source>is larger than %1; a %2 is much smaller</source>
            <translation>ist größer als %1; eine %2 ist viel kleiner</translation>
        </message>
</context>
<context>
        <name>CaFile</name>
        <message>
            <source>certificate file</source>
            <translation>Zertifikatsdatei</translation>
        </message>
        <message>
            <source>%1: no certificate in it (expected PEM with "-----BEGIN CERTIFICATE-----")</source>
            <translation>%1: kein Zertifikat darin (erwartet wird PEM mit "-----BEGIN CERTIFICATE-----")</translation>
        </message>
</context>
<context>
        <name>CommandLine</name>
        <message>
            <source>Mailfix checks an iPhone&apos;s mail account settings against the real servers and shows what to change on the phone.</source>
            <translation>Mailfix prüft die Mail-Account-Einstellungen eines iPhones an den echten Servern und zeigt, was auf dem iPhone zu ändern ist.</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Diese Hilfe anzeigen und beenden.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Die Version anzeigen und beenden.</translation>
        </message>
        <message>
            <source>Fill in the settings from a JSON settings file.</source>
            <translation>Die Einstellungen aus einer JSON-Einstellungsdatei übernehmen.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>Run the check at once and open on the results.</source>
            <translation>Die Prüfung sofort starten und mit den Ergebnissen öffnen.</translation>
        </message>
        <message>
            <source>Trust the CA certificates in this PEM file as well as the system&apos;s.</source>
            <translation>Den CA-Zertifikaten in dieser PEM-Datei zusätzlich zu denen des Systems vertrauen.</translation>
        </message>
        <message>
            <source>PEM</source>
            <translation>PEM</translation>
        </message>
        <message>
            <source>The phone&apos;s iOS version (default: the newest).</source>
            <translation>Die iOS-Version des iPhones (Standard: die neueste).</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>mailfix: %1 (try --help)</source>
            <translation>mailfix: %1 (siehe --help)</translation>
        </message>
        <message>
            <source>
Passwords are never taken from the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them into the password fields.
</source>
            <translation>
Passwörter werden nie von der Befehlszeile übernommen: Setzen Sie MAILFIX_INCOMING_PASSWORD und
MAILFIX_OUTGOING_PASSWORD oder geben Sie sie in die Passwortfelder ein.
</translation>
        </message>
        <message>
            <source>mailfix: unexpected argument &apos;%1&apos; (try --help)</source>
            <translation>mailfix: unerwartetes Argument „%1“ (siehe --help)</translation>
        </message>
        <message>
            <source>mailfix: &apos;%1&apos; is not an iOS version (e.g. 17 or 17.4)</source>
            <translation>mailfix: „%1“ ist keine iOS-Version (z. B. 17 oder 17.4)</translation>
        </message>
        <message>
            <source>mailfix: bad --screenshot-page</source>
            <translation>mailfix: ungültiger Wert für --screenshot-page</translation>
        </message>
        <message>
            <source>The language of the window and of the phone&apos;s words: en, de, fr or es (default: as chosen last, else the system&apos;s).</source>
            <translation>Die Sprache des Fensters und der iPhone-Begriffe: en, de, fr oder es (Standard: die zuletzt gewählte, sonst die des Systems).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>SPRACHE</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to, when it differs: the fix steps and the phone&apos;s labels are then in this one.</source>
            <translation>Die Sprache, auf die das iPhone des Kunden eingestellt ist, falls sie abweicht: Die Schritte zur Behebung und die Bezeichnungen des iPhones erscheinen dann in dieser Sprache.</translation>
        </message>
        <message>
            <source>mailfix: --%1 must be one of %2, not &apos;%3&apos;</source>
            <translation>mailfix: --%1 muss einer der Werte %2 sein, nicht „%3“</translation>
        </message>
</context>
<context>
        <name>CustomerMail</name>
        <message>
            <source>Hello,</source>
            <translation>Guten Tag,</translation>
        </message>
        <message>
            <source>Hello %1,</source>
            <translation>Guten Tag %1,</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers: they work, there is nothing to change on your iPhone.</source>
            <translation>wir haben die Mail-Einstellungen von %1 an den Mail-Servern geprüft: Sie funktionieren, auf Ihrem iPhone ist nichts zu ändern.</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers. Please change this on your iPhone:</source>
            <translation>wir haben die Mail-Einstellungen von %1 an den Mail-Servern geprüft. Bitte ändern Sie Folgendes auf Ihrem iPhone:</translation>
        </message>
        <message>
            <source>Kind regards</source>
            <translation>Freundliche Grüße</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Ticket: %1</translation>
        </message>
</context>
<context>
        <name>Diagnosis</name>
        <message>
            <source>iOS 11.0 with %1</source>
            <translation>iOS 11.0 mit %1</translation>
        </message>
        <message>
            <source> (answered after %1 s: the server slows down after failed logins)</source>
            <translation> (Antwort nach %1 s: Der Server bremst nach fehlgeschlagenen Anmeldungen)</translation>
        </message>
        <message>
            <source>The name %1 could not be looked up in time</source>
            <translation>Der Name %1 konnte nicht rechtzeitig aufgelöst werden</translation>
        </message>
        <message numerus="yes">
            <source>No answer from %1 port %2 within %n second(s)</source>
            <translation>
                <numerusform>Keine Antwort von %1 Port %2 innerhalb von %n Sekunde</numerusform>
                <numerusform>Keine Antwort von %1 Port %2 innerhalb von %n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to port %1, but the server said nothing within %n second(s)</source>
            <translation>
                <numerusform>Mit Port %1 verbunden, aber der Server hat innerhalb von %n Sekunde nichts gesendet</numerusform>
                <numerusform>Mit Port %1 verbunden, aber der Server hat innerhalb von %n Sekunden nichts gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The TLS handshake did not complete within %n second(s)</source>
            <translation>
                <numerusform>Der TLS-Handshake wurde nicht innerhalb von %n Sekunde abgeschlossen</numerusform>
                <numerusform>Der TLS-Handshake wurde nicht innerhalb von %n Sekunden abgeschlossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the server stopped answering after %1 (no reply within %n second(s))</source>
            <translation>
                <numerusform>der Server antwortete nach %1 nicht mehr (keine Antwort innerhalb von %n Sekunde)</numerusform>
                <numerusform>der Server antwortete nach %1 nicht mehr (keine Antwort innerhalb von %n Sekunden)</numerusform>
            </translation>
        </message>
        <message>
            <source>then the server closed the connection</source>
            <translation>dann hat der Server die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>The server closed the connection during %1</source>
            <translation>Der Server hat die Verbindung geschlossen (Schritt: %1)</translation>
        </message>
        <message>
            <source>then the connection was lost: %1</source>
            <translation>dann ging die Verbindung verloren: %1</translation>
        </message>
        <message>
            <source>then the server said goodbye: %1</source>
            <translation>dann hat sich der Server verabschiedet: %1</translation>
        </message>
        <message>
            <source>Not a %1 reply: %2</source>
            <translation>Keine %1-Antwort: %2</translation>
        </message>
        <message>
            <source>No greeting in plain text; a TLS handshake on port %1 succeeded</source>
            <translation>Keine Begrüßung im Klartext; ein TLS-Handshake auf Port %1 war erfolgreich</translation>
        </message>
        <message>
            <source>Port %1 answers in plain text, not TLS: %2</source>
            <translation>Port %1 antwortet im Klartext, nicht mit TLS: %2</translation>
        </message>
        <message>
            <source>EHLO lists: %1</source>
            <translation>EHLO listet: %1</translation>
        </message>
        <message>
            <source>CAPABILITY: %1</source>
            <translation>CAPABILITY: %1</translation>
        </message>
        <message>
            <source>CAPA: %1</source>
            <translation>CAPA: %1</translation>
        </message>
        <message>
            <source>%1 bytes arrived after the server&apos;s go-ahead for TLS and before encryption began</source>
            <translation>%1 Byte kamen nach der Freigabe des Servers für TLS und vor Beginn der Verschlüsselung an</translation>
        </message>
        <message>
            <source>Certificate for %1, issued by %2, valid %3 to %4: %5</source>
            <translation>Zertifikat für %1, ausgestellt von %2, gültig von %3 bis %4: %5</translation>
        </message>
        <message>
            <source>The server skipped login (PREAUTH) before TLS: %1</source>
            <translation>Der Server hat die Anmeldung vor TLS übersprungen (PREAUTH): %1</translation>
        </message>
        <message>
            <source>Unexpected PREAUTH greeting: %1</source>
            <translation>Unerwartete PREAUTH-Begrüßung: %1</translation>
        </message>
        <message>
            <source>EHLO before TLS lists no AUTH but offers STARTTLS: %1</source>
            <translation>EHLO vor TLS listet kein AUTH, bietet aber STARTTLS an: %1</translation>
        </message>
        <message>
            <source>Server offers: %1</source>
            <translation>Der Server bietet an: %1</translation>
        </message>
        <message>
            <source>Server offers %1; Mailfix cannot test this login</source>
            <translation>Der Server bietet %1 an; Mailfix kann diese Anmeldung nicht testen</translation>
        </message>
        <message>
            <source>The password was sent to port %1 without encryption</source>
            <translation>Das Passwort wurde unverschlüsselt an Port %1 gesendet</translation>
        </message>
        <message>
            <source>No folder matches the IMAP Path Prefix "%1"</source>
            <translation>Kein Ordner passt zum IMAP-Pfad-Präfix „%1“</translation>
        </message>
        <message>
            <source>Cancelled by the user</source>
            <translation>Vom Benutzer abgebrochen</translation>
        </message>
        <message>
            <source>%1 expected, the server answered: %2</source>
            <translation>%1 erwartet, der Server antwortete: %2</translation>
        </message>
</context>
<context>
        <name>DiscoveryWriter</name>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Eintreffend</translation>
        </message>
        <message>
            <source>Outgoing (SMTP)</source>
            <translation>Ausgehend (SMTP)</translation>
        </message>
        <message>
            <source>Settings for %1 (searched in %2 ms)
</source>
            <translation>Einstellungen für %1 (gesucht in %2 ms)
</translation>
        </message>
        <message>
            <source>Incoming (POP)</source>
            <translation>Eintreffend (POP)</translation>
        </message>
        <message>
            <source>Incoming (IMAP)</source>
            <translation>Eintreffend (IMAP)</translation>
        </message>
        <message>
            <source>  %1: nothing found that works
</source>
            <translation>  %1: nichts Funktionierendes gefunden
</translation>
        </message>
        <message>
            <source>  %1: %2 port %3, Use SSL %4, user %5 — verified: %6
</source>
            <translation>  %1: %2 Port %3, SSL verwenden %4, Benutzer %5 — geprüft: %6
</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right.
</source>
            <translation>Die Einstellungen auf dem iPhone stimmen bereits.
</translation>
        </message>
        <message>
            <source>
Change on the phone:
</source>
            <translation>
Auf dem iPhone ändern:
</translation>
        </message>
        <message>
            <source>
Findings:
</source>
            <translation>
Befunde:
</translation>
        </message>
        <message>
            <source>
What was tried:
</source>
            <translation>
Was versucht wurde:
</translation>
        </message>
        <message>
            <source>on</source>
            <translation>ein</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>
Sources:
</source>
            <translation>
Quellen:
</translation>
        </message>
        <message>
            <source>
Found working incoming and outgoing servers.
</source>
            <translation>
Funktionierende Server für eintreffende und ausgehende E-Mails gefunden.
</translation>
        </message>
        <message>
            <source>
Not both servers were found and verified.
</source>
            <translation>
Nicht beide Server wurden gefunden und geprüft.
</translation>
        </message>
</context>
<context>
        <name>FixCatalog</name>
        <message>
            <source>(no host name)</source>
            <translation>(kein Hostname)</translation>
        </message>
        <message>
            <source>Open %1.</source>
            <translation>Öffnen Sie %1.</translation>
        </message>
        <message>
            <source>Turn on %1.</source>
            <translation>Schalten Sie %1 ein.</translation>
        </message>
        <message>
            <source>Turn off %1.</source>
            <translation>Schalten Sie %1 aus.</translation>
        </message>
        <message>
            <source>Check that %1 now shows %2; if not, enter %2.</source>
            <translation>Prüfen Sie, ob bei %1 jetzt %2 steht; falls nicht, geben Sie %2 ein.</translation>
        </message>
        <message>
            <source>Make sure %1 is %2.</source>
            <translation>Achten Sie darauf, dass bei %1 %2 steht.</translation>
        </message>
        <message>
            <source>Enter %1 in %2.</source>
            <translation>Geben Sie bei %2 %1 ein.</translation>
        </message>
        <message>
            <source>Enter %1 (the same user name as for incoming mail) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Geben Sie bei %2 %1 ein (denselben Benutzernamen wie für eintreffende E-Mails), bei %3 Ihr Passwort (bei beiden steht „Optional“) und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Geben Sie bei %2 Ihre vollständige E-Mail-Adresse (%1) ein, bei %3 Ihr Passwort (bei beiden steht „Optional“) und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Enter your full email address in %1 and your password in %2 (both say "Optional"), then tap Done.</source>
            <translation>Geben Sie bei %1 Ihre vollständige E-Mail-Adresse ein, bei %2 Ihr Passwort (bei beiden steht „Optional“) und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Set %1 to %2.</source>
            <translation>Stellen Sie %1 auf %2.</translation>
        </message>
        <message>
            <source>If mail stopped after moving to a new iPhone or restoring a backup, the password was probably not carried over: enter it again as above.</source>
            <translation>Falls die E-Mails nach dem Umzug auf ein neues iPhone oder nach dem Wiederherstellen eines Backups nicht mehr funktionieren, wurde das Passwort wahrscheinlich nicht übernommen: Geben Sie es wie oben beschrieben erneut ein.</translation>
        </message>
        <message>
            <source>If you are not sure of the password, sign in to your provider&apos;s webmail with it; if that fails too, reset it there and enter the new one on the phone.</source>
            <translation>Wenn Sie sich beim Passwort nicht sicher sind, melden Sie sich damit im Webmail Ihres Anbieters an; klappt auch das nicht, setzen Sie es dort zurück und geben Sie das neue Passwort auf dem iPhone ein.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 under Incoming Mail Server.</source>
            <translation>Geben Sie unter Server für eintreffende E-Mails bei %2 Ihre vollständige E-Mail-Adresse (%1) ein.</translation>
        </message>
        <message>
            <source>Enter the app password in %1 under Incoming Mail Server.</source>
            <translation>Geben Sie unter Server für eintreffende E-Mails bei %1 das App-Passwort ein.</translation>
        </message>
        <message>
            <source>Enter the password in %1 under Incoming Mail Server.</source>
            <translation>Geben Sie unter Server für eintreffende E-Mails bei %1 das Passwort ein.</translation>
        </message>
        <message>
            <source>Tap SMTP under Outgoing Mail Server, tap the Primary Server, enter the same password in %1 and tap Done.</source>
            <translation>Tippen Sie unter Server für ausgehende E-Mails auf SMTP und dann auf Primärer Server, geben Sie bei %1 dasselbe Passwort ein und tippen Sie auf Fertig.</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the mail you need is still on the server).</source>
            <translation>Öffnen Sie %1, tippen Sie unten auf Account löschen und bestätigen Sie (bei POP: Stellen Sie vorher sicher, dass die E-Mails, die Sie brauchen, noch auf dem Server liegen).</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).</source>
            <translation>Öffnen Sie %1, tippen Sie unten auf Account löschen und bestätigen Sie (die E-Mails bleiben auf dem Server).</translation>
        </message>
        <message>
            <source>Open %1, choose Google and sign in with your Google account; nothing else is needed.</source>
            <translation>Öffnen Sie %1, wählen Sie Google und melden Sie sich mit Ihrem Google-Konto an; mehr ist nicht nötig.</translation>
        </message>
        <message>
            <source>Or, instead of deleting the account: turn on 2-Step Verification at myaccount.google.com and create an app password at myaccount.google.com/apppasswords.</source>
            <translation>Oder, statt den Account zu löschen: Aktivieren Sie unter myaccount.google.com die Bestätigung in zwei Schritten und erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort.</translation>
        </message>
        <message>
            <source>Open %1, choose Outlook.com (for a work or school account: Microsoft Exchange) and sign in with Microsoft.</source>
            <translation>Öffnen Sie %1, wählen Sie Outlook.com (bei einem Geschäfts- oder Schulkonto: Microsoft Exchange) und melden Sie sich bei Microsoft an.</translation>
        </message>
        <message>
            <source>Sign in at account.apple.com, open Sign-In and Security &gt; App-Specific Passwords and create a password for Mail.</source>
            <translation>Melden Sie sich bei account.apple.com an, öffnen Sie Anmeldung und Sicherheit &gt; App-spezifische Passwörter und erstellen Sie ein Passwort für Mail.</translation>
        </message>
        <message>
            <source>Use your full iCloud email address as %1 for the outgoing server too.</source>
            <translation>Verwenden Sie Ihre vollständige iCloud-E-Mail-Adresse auch beim Server für ausgehende E-Mails als %1.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser, open the account&apos;s security settings and create an app password.</source>
            <translation>Melden Sie sich in einem Webbrowser bei %1 an, öffnen Sie die Sicherheitseinstellungen Ihres Kontos und erstellen Sie ein App-Passwort.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Yahoo!, which signs in without an app password.</source>
            <translation>Oder löschen Sie diesen Account und fügen Sie ihn über %1 &gt; Yahoo! neu hinzu; dann erfolgt die Anmeldung ohne App-Passwort.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Aol., which signs in without an app password.</source>
            <translation>Oder löschen Sie diesen Account und fügen Sie ihn über %1 &gt; Aol. neu hinzu; dann erfolgt die Anmeldung ohne App-Passwort.</translation>
        </message>
        <message>
            <source>Sign in to %1 webmail in a web browser and open the mail settings for POP3 &amp; IMAP.</source>
            <translation>Melden Sie sich in einem Webbrowser im Webmail von %1 an und öffnen Sie die E-Mail-Einstellungen für POP3 &amp; IMAP.</translation>
        </message>
        <message>
            <source>Turn on "POP3 und IMAP Zugriff erlauben" (allow POP3 and IMAP access) and save.</source>
            <translation>Schalten Sie „POP3 und IMAP Zugriff erlauben“ ein und speichern Sie.</translation>
        </message>
        <message>
            <source>Try again on the phone with your normal %1 password.</source>
            <translation>Versuchen Sie es auf dem iPhone erneut mit Ihrem normalen %1-Passwort.</translation>
        </message>
        <message>
            <source>Sign in to Zoho Mail in a web browser, open Settings &gt; Mail Accounts and turn on IMAP Access.</source>
            <translation>Melden Sie sich in einem Webbrowser bei Zoho Mail an, öffnen Sie Einstellungen &gt; Mail-Konten und aktivieren Sie den IMAP-Zugriff.</translation>
        </message>
        <message>
            <source>If your Zoho account uses two-factor authentication, create an application-specific password in Zoho&apos;s security settings.</source>
            <translation>Wenn Ihr Zoho-Konto die Zwei-Faktor-Authentifizierung nutzt, erstellen Sie in den Sicherheitseinstellungen von Zoho ein anwendungsspezifisches Passwort.</translation>
        </message>
        <message>
            <source>Follow %1&apos;s instructions for mail apps on the iPhone.</source>
            <translation>Folgen Sie den Anleitungen von %1 für Mail-Apps auf dem iPhone.</translation>
        </message>
        <message>
            <source>Enter your user name in %1 (with most providers, your full email address).</source>
            <translation>Geben Sie bei %1 Ihren Benutzernamen ein (bei den meisten Anbietern Ihre vollständige E-Mail-Adresse).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2", but most providers want the full email address (%3).</source>
            <translation>Prüfen Sie %1: Dort steht „%2“, aber die meisten Anbieter erwarten die vollständige E-Mail-Adresse (%3).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2"; correct it if it is not your login name.</source>
            <translation>Prüfen Sie %1: Dort steht „%2“; korrigieren Sie es, falls das nicht Ihr Anmeldename ist.</translation>
        </message>
        <message>
            <source>Delete the %1 and type it again (usually the same password as for incoming mail), then tap Done.</source>
            <translation>Löschen Sie das %1, geben Sie es erneut ein (meist dasselbe Passwort wie für eintreffende E-Mails) und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Delete the %1 under Incoming Mail Server and type it again carefully, then tap Done.</source>
            <translation>Löschen Sie unter Server für eintreffende E-Mails das %1, geben Sie es sorgfältig neu ein und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Enter %1 in %2 under Incoming Mail Server.</source>
            <translation>Geben Sie unter Server für eintreffende E-Mails bei %2 %1 ein.</translation>
        </message>
        <message>
            <source>Enter the server name your provider gives in %1.</source>
            <translation>Geben Sie bei %1 den Servernamen ein, den Ihr Anbieter angibt.</translation>
        </message>
        <message>
            <source>Check %1 (now "%2") letter by letter against the server name your provider gives.</source>
            <translation>Vergleichen Sie %1 (jetzt „%2“) Buchstabe für Buchstabe mit dem Servernamen, den Ihr Anbieter angibt.</translation>
        </message>
        <message>
            <source>The phone has no password for the incoming server %1</source>
            <translation>Das iPhone hat kein Passwort für den Server %1 (eintreffende E-Mails)</translation>
        </message>
        <message>
            <source>Enter your password in %1 under Incoming Mail Server.</source>
            <translation>Geben Sie unter Server für eintreffende E-Mails bei %1 Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>Expect this once after moving to a new iPhone or restoring a backup: the phone does not always carry mail passwords over.</source>
            <translation>Das kommt nach dem Umzug auf ein neues iPhone oder dem Wiederherstellen eines Backups einmal vor: Das iPhone übernimmt E-Mail-Passwörter nicht immer.</translation>
        </message>
        <message>
            <source>The outgoing server needs your user name and password</source>
            <translation>Der Server für ausgehende E-Mails braucht Ihren Benutzernamen und Ihr Passwort</translation>
        </message>
        <message>
            <source>The Email field is empty</source>
            <translation>Das Feld E-Mail ist leer</translation>
        </message>
        <message>
            <source>Enter your full email address in %1.</source>
            <translation>Geben Sie bei %1 Ihre vollständige E-Mail-Adresse ein.</translation>
        </message>
        <message>
            <source>The incoming mail server has no host name</source>
            <translation>Der Server für eintreffende E-Mails hat keinen Hostnamen</translation>
        </message>
        <message>
            <source>The outgoing mail server has no host name</source>
            <translation>Der Server für ausgehende E-Mails hat keinen Hostnamen</translation>
        </message>
        <message>
            <source>The incoming mail server has no user name</source>
            <translation>Der Server für eintreffende E-Mails hat keinen Benutzernamen</translation>
        </message>
        <message>
            <source>The incoming server port is empty</source>
            <translation>Der Server-Port für eintreffende E-Mails ist leer</translation>
        </message>
        <message>
            <source>The outgoing server port is empty</source>
            <translation>Der Server-Port für ausgehende E-Mails ist leer</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 ist leer</translation>
        </message>
        <message>
            <source>Fill in %1 as your provider&apos;s instructions say.</source>
            <translation>Füllen Sie %1 nach den Anleitungen Ihres Anbieters aus.</translation>
        </message>
        <message>
            <source>The incoming server name "%1" is not a valid host name</source>
            <translation>Der Servername „%1“ für eintreffende E-Mails ist kein gültiger Hostname</translation>
        </message>
        <message>
            <source>The outgoing server name "%1" is not a valid host name</source>
            <translation>Der Servername „%1“ für ausgehende E-Mails ist kein gültiger Hostname</translation>
        </message>
        <message>
            <source>Enter only the server name in %1, like mail.example.com.</source>
            <translation>Geben Sie bei %1 nur den Servernamen ein, etwa mail.example.com.</translation>
        </message>
        <message>
            <source>Leave out "https://", "@", ":" with a port number, slashes and spaces; the port belongs in %1.</source>
            <translation>Lassen Sie „https://“, „@“, „:“ mit einer Portnummer, Schrägstriche und Leerzeichen weg; der Port gehört in das Feld %1.</translation>
        </message>
        <message>
            <source>The Email address is not valid</source>
            <translation>Die E-Mail-Adresse ist ungültig</translation>
        </message>
        <message>
            <source>"%1" is not a valid email address</source>
            <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
        </message>
        <message>
            <source>In %1, enter your full address, like name@example.com: one @, no spaces.</source>
            <translation>Geben Sie bei %1 Ihre vollständige Adresse ein, etwa name@example.com: ein @, keine Leerzeichen.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not exist</source>
            <translation>Der Server %1 für eintreffende E-Mails existiert nicht</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not exist</source>
            <translation>Der Server %1 für ausgehende E-Mails existiert nicht</translation>
        </message>
        <message>
            <source>Server names could not be looked up (no answer from DNS)</source>
            <translation>Servernamen konnten nicht aufgelöst werden (keine Antwort vom DNS)</translation>
        </message>
        <message>
            <source>Check that this computer is online: open any web page.</source>
            <translation>Prüfen Sie, ob dieser Computer online ist: Öffnen Sie eine beliebige Webseite.</translation>
        </message>
        <message>
            <source>Run the check again; if it keeps failing, restart the router or try another network.</source>
            <translation>Führen Sie die Prüfung erneut aus; wenn sie weiter fehlschlägt, starten Sie den Router neu oder versuchen Sie ein anderes Netzwerk.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepts no connections on port %2</source>
            <translation>Der Server %1 für eintreffende E-Mails nimmt auf Port %2 keine Verbindungen an</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepts no connections on port %2</source>
            <translation>Der Server %1 für ausgehende E-Mails nimmt auf Port %2 keine Verbindungen an</translation>
        </message>
        <message>
            <source>If the name is right, the server may be down: try again later or ask your provider.</source>
            <translation>Wenn der Name stimmt, ist der Server vielleicht ausgefallen: Versuchen Sie es später erneut oder fragen Sie Ihren Anbieter.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not answer on port %2</source>
            <translation>Der Server %1 für eintreffende E-Mails antwortet nicht auf Port %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not answer on port %2</source>
            <translation>Der Server %1 für ausgehende E-Mails antwortet nicht auf Port %2</translation>
        </message>
        <message>
            <source>Use port %1 instead of 25: port 25 is blocked on most mobile networks and many Wi-Fi networks.</source>
            <translation>Verwenden Sie Port %1 statt 25: Port 25 ist in den meisten Mobilfunknetzen und vielen WLANs gesperrt.</translation>
        </message>
        <message>
            <source>If mail works on one network but not on another, that network blocks the port: try mobile data or another Wi-Fi.</source>
            <translation>Wenn E-Mails in einem Netzwerk funktionieren, in einem anderen aber nicht, sperrt dieses Netzwerk den Port: Versuchen Sie es über mobile Daten oder ein anderes WLAN.</translation>
        </message>
        <message>
            <source>The server cannot be reached from this network</source>
            <translation>Der Server ist von diesem Netzwerk aus nicht erreichbar</translation>
        </message>
        <message>
            <source>%1 cannot be reached from this network</source>
            <translation>%1 ist von diesem Netzwerk aus nicht erreichbar</translation>
        </message>
        <message>
            <source>Run the check again; if only this server stays unreachable, it or its network is down: ask your provider.</source>
            <translation>Führen Sie die Prüfung erneut aus; wenn nur dieser Server unerreichbar bleibt, ist er oder sein Netzwerk ausgefallen: Fragen Sie Ihren Anbieter.</translation>
        </message>
        <message>
            <source>Port %1 on %2 answers with %3, not %4</source>
            <translation>Port %1 auf %2 antwortet mit %3, nicht mit %4</translation>
        </message>
        <message>
            <source>Port %1 on %2 is not a %3 port</source>
            <translation>Port %1 auf %2 ist kein %3-Port</translation>
        </message>
        <message>
            <source>Use the outgoing server&apos;s port here, not the incoming server&apos;s.</source>
            <translation>Verwenden Sie hier den Port des Servers für ausgehende E-Mails, nicht den des Servers für eintreffende E-Mails.</translation>
        </message>
        <message>
            <source>Use the incoming server&apos;s port here, not the outgoing server&apos;s.</source>
            <translation>Verwenden Sie hier den Port des Servers für eintreffende E-Mails, nicht den des Servers für ausgehende E-Mails.</translation>
        </message>
        <message>
            <source>The incoming server %1 requires Use SSL</source>
            <translation>Der Server %1 für eintreffende E-Mails verlangt, dass SSL verwenden eingeschaltet ist</translation>
        </message>
        <message>
            <source>The outgoing server %1 requires Use SSL</source>
            <translation>Der Server %1 für ausgehende E-Mails verlangt, dass SSL verwenden eingeschaltet ist</translation>
        </message>
        <message>
            <source>The incoming server %1 offers no encryption on port %2</source>
            <translation>Der Server %1 für eintreffende E-Mails bietet auf Port %2 keine Verschlüsselung an</translation>
        </message>
        <message>
            <source>The outgoing server %1 offers no encryption on port %2</source>
            <translation>Der Server %1 für ausgehende E-Mails bietet auf Port %2 keine Verschlüsselung an</translation>
        </message>
        <message>
            <source>Only if your provider confirms this server has no encryption: turn off %1 (the password then travels unencrypted).</source>
            <translation>Nur wenn Ihr Anbieter bestätigt, dass dieser Server keine Verschlüsselung hat: Schalten Sie %1 aus (das Passwort wird dann unverschlüsselt übertragen).</translation>
        </message>
        <message>
            <source>Ask your provider for the encrypted port of %1.</source>
            <translation>Fragen Sie Ihren Anbieter nach dem verschlüsselten Port von %1.</translation>
        </message>
        <message>
            <source>Enter that port in %1 and leave %2 on.</source>
            <translation>Geben Sie diesen Port bei %1 ein und lassen Sie %2 eingeschaltet.</translation>
        </message>
        <message>
            <source>Port %1 needs Use SSL turned on</source>
            <translation>Port %1 erfordert, dass SSL verwenden eingeschaltet ist</translation>
        </message>
        <message>
            <source>No secure connection could be set up with %1 on port %2</source>
            <translation>Mit %1 konnte auf Port %2 keine sichere Verbindung aufgebaut werden</translation>
        </message>
        <message>
            <source>Ask your provider or the server&apos;s administrator to update the server&apos;s encryption (TLS versions and ciphers); the details are below.</source>
            <translation>Bitten Sie Ihren Anbieter oder den Administrator des Servers, die Verschlüsselung des Servers zu aktualisieren (TLS-Versionen und Verschlüsselungsverfahren); die Details stehen unten.</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the incoming server %1</source>
            <translation>Ihr Passwort würde unverschlüsselt zum Server %1 für eintreffende E-Mails übertragen</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the outgoing server %1</source>
            <translation>Ihr Passwort würde unverschlüsselt zum Server %1 für ausgehende E-Mails übertragen</translation>
        </message>
        <message>
            <source>The incoming server %1 offered encryption but could not start it</source>
            <translation>Der Server %1 für eintreffende E-Mails hat Verschlüsselung angeboten, konnte sie aber nicht starten</translation>
        </message>
        <message>
            <source>The outgoing server %1 offered encryption but could not start it</source>
            <translation>Der Server %1 für ausgehende E-Mails hat Verschlüsselung angeboten, konnte sie aber nicht starten</translation>
        </message>
        <message>
            <source>Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.</source>
            <translation>Teilen Sie Ihrem Anbieter mit, dass STARTTLS auf Port %1 von %2 fehlschlägt; schalten Sie %3 in der Zwischenzeit nicht aus.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted</source>
            <translation>Dem Zertifikat von %1 wird nicht vertraut</translation>
        </message>
        <message>
            <source>If the server belongs to your company, ask its administrator for a certificate from a public certificate authority, or install the company&apos;s root certificate on the phone.</source>
            <translation>Wenn der Server Ihrer Firma gehört, bitten Sie den Administrator um ein Zertifikat einer öffentlichen Zertifizierungsstelle oder installieren Sie das Root-Zertifikat der Firma auf dem iPhone.</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, check again.</source>
            <translation>Prüfen Sie nach der Installation eines Root-Zertifikatprofils erneut.</translation>
        </message>
        <message>
            <source>Only if the administrator confirms the SHA-256 fingerprint %1: accept the certificate when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Nur wenn der Administrator den SHA-256-Fingerabdruck %1 bestätigt: Akzeptieren Sie das Zertifikat, wenn das iPhone „Identität des Servers kann nicht überprüft werden“ anzeigt.</translation>
        </message>
        <message>
            <source>Only if the administrator confirms it is their certificate: accept it when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Nur wenn der Administrator bestätigt, dass es sein Zertifikat ist: Akzeptieren Sie es, wenn das iPhone „Identität des Servers kann nicht überprüft werden“ anzeigt.</translation>
        </message>
        <message>
            <source>The certificate of %1 has expired</source>
            <translation>Das Zertifikat von %1 ist abgelaufen</translation>
        </message>
        <message>
            <source>The certificate of %1 expired on %2</source>
            <translation>Das Zertifikat von %1 ist am %2 abgelaufen</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate must be renewed: tell your provider or the server&apos;s administrator.</source>
            <translation>Wenn das Datum stimmt, muss das Zertifikat des Servers erneuert werden: Informieren Sie Ihren Anbieter oder den Administrator des Servers.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not valid yet</source>
            <translation>Das Zertifikat von %1 ist noch nicht gültig</translation>
        </message>
        <message>
            <source>The certificate of %1 is only valid from %2</source>
            <translation>Das Zertifikat von %1 ist erst ab %2 gültig</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate was installed too early: tell your provider or the server&apos;s administrator.</source>
            <translation>Wenn das Datum stimmt, wurde das Zertifikat des Servers zu früh installiert: Informieren Sie Ihren Anbieter oder den Administrator des Servers.</translation>
        </message>
        <message>
            <source>The certificate of %1 is for a different name</source>
            <translation>Das Zertifikat von %1 gilt für einen anderen Namen</translation>
        </message>
        <message>
            <source>The certificate of %1 is for %2</source>
            <translation>Das Zertifikat von %1 gilt für %2</translation>
        </message>
        <message>
            <source>That is the name on the server&apos;s certificate; the server is the same.</source>
            <translation>Das ist der Name im Zertifikat des Servers; es ist derselbe Server.</translation>
        </message>
        <message>
            <source>Ask your provider which server name matches its certificate (%1).</source>
            <translation>Fragen Sie Ihren Anbieter, welcher Servername zu seinem Zertifikat passt (%1).</translation>
        </message>
        <message>
            <source>Enter that name in %1.</source>
            <translation>Geben Sie diesen Namen bei %1 ein.</translation>
        </message>
        <message>
            <source>The incoming server needs your user name and password</source>
            <translation>Der Server für eintreffende E-Mails braucht Ihren Benutzernamen und Ihr Passwort</translation>
        </message>
        <message>
            <source>Enter your password in %1.</source>
            <translation>Geben Sie bei %1 Ihr Passwort ein.</translation>
        </message>
        <message>
            <source>%1 did not accept the password for %2</source>
            <translation>%1 hat das Passwort für %2 nicht akzeptiert</translation>
        </message>
        <message>
            <source>Do not use your normal %1 password here; if you already use an app password, create a new one and type it exactly as shown, without spaces.</source>
            <translation>Verwenden Sie hier nicht Ihr normales %1-Passwort; wenn Sie bereits ein App-Passwort verwenden, erstellen Sie ein neues und geben Sie es genau wie angezeigt ein, ohne Leerzeichen.</translation>
        </message>
        <message>
            <source>The password for %1 is wrong</source>
            <translation>Das Passwort für %1 ist falsch</translation>
        </message>
        <message>
            <source>The incoming server does not accept "%1" as Authentication</source>
            <translation>Der Server für eintreffende E-Mails akzeptiert „%1“ nicht als Authentifizierung</translation>
        </message>
        <message>
            <source>The outgoing server does not accept "%1" as Authentication</source>
            <translation>Der Server für ausgehende E-Mails akzeptiert „%1“ nicht als Authentifizierung</translation>
        </message>
        <message>
            <source>Tap %1 and choose %2.</source>
            <translation>Tippen Sie auf %1 und wählen Sie %2.</translation>
        </message>
        <message>
            <source>The server offers only logins the phone cannot do (%1): ask your provider how to connect an iPhone.</source>
            <translation>Der Server bietet nur Anmeldeverfahren an, die das iPhone nicht beherrscht (%1): Fragen Sie Ihren Anbieter, wie Sie ein iPhone verbinden.</translation>
        </message>
        <message>
            <source>The incoming server allows no login on port %1</source>
            <translation>Der Server für eintreffende E-Mails erlaubt auf Port %1 keine Anmeldung</translation>
        </message>
        <message>
            <source>The outgoing server allows no login on port %1</source>
            <translation>Der Server für ausgehende E-Mails erlaubt auf Port %1 keine Anmeldung</translation>
        </message>
        <message>
            <source>Use the submission port for sending: port 25 is for servers passing mail to each other.</source>
            <translation>Verwenden Sie zum Senden den Submission-Port: Port 25 ist für Server gedacht, die E-Mails untereinander weiterleiten.</translation>
        </message>
        <message>
            <source>%1 needs an app-specific password or its own sign-in</source>
            <translation>%1 verlangt ein app-spezifisches Passwort oder eine eigene Anmeldung</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s website, open the account&apos;s security settings and create an app password for Mail.</source>
            <translation>Melden Sie sich auf der Website Ihres Anbieters an, öffnen Sie die Sicherheitseinstellungen Ihres Kontos und erstellen Sie ein App-Passwort für Mail.</translation>
        </message>
        <message>
            <source>Gmail needs Google sign-in or an app password, not your normal password</source>
            <translation>Gmail verlangt die Google-Anmeldung oder ein App-Passwort, nicht Ihr normales Passwort</translation>
        </message>
        <message>
            <source>%1 needs Microsoft sign-in; passwords no longer work</source>
            <translation>%1 verlangt die Microsoft-Anmeldung; Passwörter funktionieren nicht mehr</translation>
        </message>
        <message>
            <source>iCloud needs an app-specific password, not your Apple Account password</source>
            <translation>iCloud verlangt ein app-spezifisches Passwort, nicht das Passwort Ihres Apple Accounts</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Mail-Apps müssen in Ihrem %1-Konto erst zugelassen werden</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 verlangt ein App-Passwort, nicht Ihr normales Passwort</translation>
        </message>
        <message>
            <source>Password logins are turned off for this Microsoft mailbox</source>
            <translation>Anmeldungen mit Passwort sind für dieses Microsoft-Postfach ausgeschaltet</translation>
        </message>
        <message>
            <source>For a work or school account, ask the administrator to allow authenticated SMTP, IMAP or POP for the mailbox.</source>
            <translation>Bitten Sie bei einem Geschäfts- oder Schulkonto den Administrator, authentifiziertes SMTP, IMAP oder POP für das Postfach zuzulassen.</translation>
        </message>
        <message>
            <source>Logins to %1 are turned off for this account</source>
            <translation>Anmeldungen bei %1 sind für diesen Account ausgeschaltet</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s webmail and turn on access for mail apps (IMAP, POP or SMTP) in the account settings.</source>
            <translation>Melden Sie sich im Webmail Ihres Anbieters an und schalten Sie in den Kontoeinstellungen den Zugriff für Mail-Apps (IMAP, POP oder SMTP) ein.</translation>
        </message>
        <message>
            <source>If there is no such setting, ask your provider to enable %1 for your account.</source>
            <translation>Wenn es diese Einstellung nicht gibt, bitten Sie Ihren Anbieter, %1 für Ihr Konto freizuschalten.</translation>
        </message>
        <message>
            <source>The server refused the login for now</source>
            <translation>Der Server hat die Anmeldung vorerst abgelehnt</translation>
        </message>
        <message>
            <source>%1 refused the login for now</source>
            <translation>%1 hat die Anmeldung vorerst abgelehnt</translation>
        </message>
        <message>
            <source>Wait 15 minutes, then try again.</source>
            <translation>Warten Sie 15 Minuten und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>Update or switch off other devices that use this account with an old password: their failed logins keep the block going.</source>
            <translation>Aktualisieren Sie andere Geräte, die diesen Account mit einem alten Passwort nutzen, oder schalten Sie sie aus: Ihre fehlgeschlagenen Anmeldungen halten die Sperre aufrecht.</translation>
        </message>
        <message>
            <source>other logins</source>
            <translation>andere Anmeldeverfahren</translation>
        </message>
        <message>
            <source>The server also offers %1, which Mailfix did not test</source>
            <translation>Der Server bietet außerdem %1 an, was Mailfix nicht getestet hat</translation>
        </message>
        <message>
            <source>Leave %1 on %2 unless your provider asks for %3.</source>
            <translation>Lassen Sie %1 auf %2, außer Ihr Anbieter verlangt %3.</translation>
        </message>
        <message>
            <source>The outgoing server is switched off on the phone</source>
            <translation>Der Server für ausgehende E-Mails ist auf dem iPhone ausgeschaltet</translation>
        </message>
        <message>
            <source>Turn on %1, then tap Done.</source>
            <translation>Schalten Sie %1 ein und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>The outgoing server refuses to send your mail because the phone does not log in</source>
            <translation>Der Server für ausgehende E-Mails verweigert das Senden Ihrer E-Mails, weil sich das iPhone nicht anmeldet</translation>
        </message>
        <message>
            <source>Also check %1: for your address it should be %2.</source>
            <translation>Prüfen Sie auch %1: Für Ihre Adresse sollte dort %2 stehen.</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as this address</source>
            <translation>Der Server für ausgehende E-Mails sendet nicht mit dieser Adresse als Absender</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as %1</source>
            <translation>Der Server für ausgehende E-Mails sendet nicht mit %1 als Absender</translation>
        </message>
        <message>
            <source>Check %1: it must be the address that belongs to your login.</source>
            <translation>Prüfen Sie %1: Dort muss die Adresse stehen, die zu Ihrer Anmeldung gehört.</translation>
        </message>
        <message>
            <source>Check %1: it must be an address that belongs to the login %2.</source>
            <translation>Prüfen Sie %1: Dort muss eine Adresse stehen, die zur Anmeldung %2 gehört.</translation>
        </message>
        <message>
            <source>To send as another address, use that address&apos;s own outgoing server, or ask your provider to allow it as a sender.</source>
            <translation>Um mit einer anderen Adresse zu senden, verwenden Sie den Server für ausgehende E-Mails dieser Adresse oder bitten Sie Ihren Anbieter, sie als Absender zuzulassen.</translation>
        </message>
        <message>
            <source>The outgoing server %1 turned away the connection</source>
            <translation>Der Server %1 für ausgehende E-Mails hat die Verbindung abgewiesen</translation>
        </message>
        <message>
            <source>Try again in a few minutes; the server may be busy.</source>
            <translation>Versuchen Sie es in ein paar Minuten erneut; der Server ist vielleicht ausgelastet.</translation>
        </message>
        <message>
            <source>If it keeps happening, try from another network (mobile data instead of Wi-Fi): this network&apos;s address may be on a block list.</source>
            <translation>Wenn es immer wieder passiert, versuchen Sie es aus einem anderen Netzwerk (mobile Daten statt WLAN): Die Adresse dieses Netzwerks steht vielleicht auf einer Sperrliste.</translation>
        </message>
        <message>
            <source>If that does not help, send the server&apos;s reply below to your provider.</source>
            <translation>Wenn das nicht hilft, senden Sie die Antwort des Servers unten an Ihren Anbieter.</translation>
        </message>
        <message>
            <source>The outgoing server %1 asked to try again later</source>
            <translation>Der Server %1 für ausgehende E-Mails bittet, es später erneut zu versuchen</translation>
        </message>
        <message>
            <source>Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.</source>
            <translation>Warten Sie ein paar Minuten und senden Sie erneut; das iPhone bewahrt nicht gesendete E-Mails im Ausgang auf.</translation>
        </message>
        <message>
            <source>If it still fails after an hour, send the server&apos;s reply below to your provider.</source>
            <translation>Wenn es nach einer Stunde immer noch nicht klappt, senden Sie die Antwort des Servers unten an Ihren Anbieter.</translation>
        </message>
        <message>
            <source>The outgoing server %1 sends mail for anyone, without a login</source>
            <translation>Der Server %1 für ausgehende E-Mails versendet E-Mails für jeden, ohne Anmeldung</translation>
        </message>
        <message>
            <source>Tell the server&apos;s administrator: an open relay is abused for spam and ends up on block lists.</source>
            <translation>Informieren Sie den Administrator des Servers: Ein offenes Relay wird für Spam missbraucht und landet auf Sperrlisten.</translation>
        </message>
        <message>
            <source>Use your provider&apos;s outgoing server with a login: enter its name in %1, your user name and your password.</source>
            <translation>Verwenden Sie den Server für ausgehende E-Mails Ihres Anbieters mit Anmeldung: Geben Sie seinen Namen bei %1 ein, dazu Ihren Benutzernamen und Ihr Passwort.</translation>
        </message>
        <message>
            <source>The server sent an endless or oversized reply</source>
            <translation>Der Server hat eine endlose oder übergroße Antwort gesendet</translation>
        </message>
        <message>
            <source>%1 sent an endless or oversized reply</source>
            <translation>%1 hat eine endlose oder übergroße Antwort gesendet</translation>
        </message>
        <message>
            <source>Check that host name and port are right: another kind of server may be answering.</source>
            <translation>Prüfen Sie, ob Hostname und Port stimmen: Vielleicht antwortet eine andere Art von Server.</translation>
        </message>
        <message>
            <source>If they are right, send the details below to your provider: the server misbehaves.</source>
            <translation>Wenn sie stimmen, senden Sie die Details unten an Ihren Anbieter: Der Server verhält sich fehlerhaft.</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the mail connection</source>
            <translation>Jemand in diesem Netzwerk manipuliert möglicherweise die E-Mail-Verbindung</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the connection to %1</source>
            <translation>Jemand in diesem Netzwerk manipuliert möglicherweise die Verbindung zu %1</translation>
        </message>
        <message>
            <source>Do not use this network for mail: disconnect from this Wi-Fi.</source>
            <translation>Verwenden Sie dieses Netzwerk nicht für E-Mails: Trennen Sie die Verbindung zu diesem WLAN.</translation>
        </message>
        <message>
            <source>Run the check again from another network, for example mobile data.</source>
            <translation>Führen Sie die Prüfung aus einem anderen Netzwerk erneut aus, zum Beispiel über mobile Daten.</translation>
        </message>
        <message>
            <source>If it happens on every network, the server itself is faulty: tell your provider.</source>
            <translation>Wenn es in jedem Netzwerk passiert, ist der Server selbst fehlerhaft: Informieren Sie Ihren Anbieter.</translation>
        </message>
        <message>
            <source>The incoming server %1 sent a notice</source>
            <translation>Der Server %1 für eintreffende E-Mails hat eine Mitteilung gesendet</translation>
        </message>
        <message>
            <source>The incoming server says: %1</source>
            <translation>Der Server für eintreffende E-Mails meldet: %1</translation>
        </message>
        <message>
            <source>Read the server&apos;s notice below; it comes from the server, not from Mailfix.</source>
            <translation>Lesen Sie die Mitteilung des Servers unten; sie stammt vom Server, nicht von Mailfix.</translation>
        </message>
        <message>
            <source>If it asks you to do something, check with your provider before you follow it.</source>
            <translation>Wenn Sie darin zu etwas aufgefordert werden, klären Sie das mit Ihrem Anbieter, bevor Sie es tun.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because its certificate is not trusted</source>
            <translation>Das Passwort wurde bei %1 nicht ausprobiert, weil dem Zertifikat nicht vertraut wird</translation>
        </message>
        <message>
            <source>Fix the certificate problem first, then run the check again.</source>
            <translation>Beheben Sie zuerst das Problem mit dem Zertifikat und führen Sie die Prüfung dann erneut aus.</translation>
        </message>
        <message>
            <source>If you know this server and trust its certificate, accept the certificate in Mailfix and run the check again.</source>
            <translation>Wenn Sie diesen Server kennen und seinem Zertifikat vertrauen, akzeptieren Sie das Zertifikat in Mailfix und führen Sie die Prüfung erneut aus.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because it would travel unencrypted</source>
            <translation>Das Passwort wurde bei %1 nicht ausprobiert, weil es unverschlüsselt übertragen würde</translation>
        </message>
        <message>
            <source>To test the password without encryption anyway, allow it for this server in Mailfix and run the check again.</source>
            <translation>Um das Passwort trotzdem ohne Verschlüsselung zu testen, erlauben Sie das in Mailfix für diesen Server und führen Sie die Prüfung erneut aus.</translation>
        </message>
        <message>
            <source>IMAP Path Prefix "%1" matches no folder on the server</source>
            <translation>IMAP-Pfad-Präfix „%1“ passt zu keinem Ordner auf dem Server</translation>
        </message>
        <message>
            <source>Tap %1 and delete its contents, so it is empty.</source>
            <translation>Tippen Sie auf %1 und löschen Sie den Inhalt, sodass das Feld leer ist.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepted the connection on port %2 but said nothing</source>
            <translation>Der Server %1 für eintreffende E-Mails hat die Verbindung auf Port %2 angenommen, aber nichts gesendet</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepted the connection on port %2 but said nothing</source>
            <translation>Der Server %1 für ausgehende E-Mails hat die Verbindung auf Port %2 angenommen, aber nichts gesendet</translation>
        </message>
        <message>
            <source>The server may be overloaded: try again later, and ask your provider if it stays silent.</source>
            <translation>Der Server ist vielleicht überlastet: Versuchen Sie es später erneut und fragen Sie Ihren Anbieter, wenn er stumm bleibt.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 kann keine E-Mails über die Server von Microsoft senden (behoben in iOS 11.0.1)</translation>
        </message>
        <message>
            <source>iOS %1 has a known mail bug with this server</source>
            <translation>iOS %1 hat mit diesem Server einen bekannten Mail-Fehler</translation>
        </message>
        <message>
            <source>Leave the Mail settings as they are: they are correct.</source>
            <translation>Lassen Sie die Mail-Einstellungen, wie sie sind: Sie sind korrekt.</translation>
        </message>
        <message>
            <source>After the update, send the message again.</source>
            <translation>Senden Sie die E-Mail nach dem Update erneut.</translation>
        </message>
        <message>
            <source>A problem was found (%1)</source>
            <translation>Ein Problem wurde gefunden (%1)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Compare %1 with your provider&apos;s instructions and correct it.</source>
            <translation>Vergleichen Sie %1 mit den Anleitungen Ihres Anbieters und korrigieren Sie den Eintrag.</translation>
        </message>
        <message>
            <source>Compare the account&apos;s settings with your provider&apos;s instructions.</source>
            <translation>Vergleichen Sie die Einstellungen des Accounts mit den Anleitungen Ihres Anbieters.</translation>
        </message>
        <message>
            <source>Run the check again; send the details below to your provider if it persists.</source>
            <translation>Führen Sie die Prüfung erneut aus; wenn das Problem bleibt, senden Sie die Details unten an Ihren Anbieter.</translation>
        </message>
        <message>
            <source>Cannot Send Mail</source>
            <comment>iOS alert</comment>
            <translation>E-Mail kann nicht gesendet werden</translation>
        </message>
        <message>
            <source>Cannot Get Mail</source>
            <comment>iOS alert</comment>
            <translation>E-Mails können nicht abgerufen werden</translation>
        </message>
        <message>
            <source>The connection to the outgoing server "%1" failed.</source>
            <comment>iOS alert</comment>
            <translation>Die Verbindung zum Server für ausgehende E-Mails „%1“ ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>The mail server "%1" is not responding. Verify that you have entered the correct account info in Mail settings.</source>
            <comment>iOS alert</comment>
            <translation>Der Mail-Server „%1“ antwortet nicht. Überprüfen Sie, ob Sie in den Mail-Einstellungen die richtigen Account-Informationen eingegeben haben.</translation>
        </message>
        <message>
            <source>(recipient)</source>
            <extracomment>placeholder in the phone&apos;s alert when the recipient&apos;s address is not known</extracomment>
            <translation>(Empfänger)</translation>
        </message>
        <message>
            <source>The recipient "%1" was rejected by the server because it does not allow relaying.</source>
            <comment>iOS alert</comment>
            <translation>Der Empfänger „%1“ wurde vom Server abgelehnt, da der Server kein Relaying erlaubt.</translation>
        </message>
        <message>
            <source>The sender address "%1" was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>Die Absenderadresse „%1“ wurde vom Server abgelehnt.</translation>
        </message>
        <message>
            <source>(your address)</source>
            <translation>(Ihre Adresse)</translation>
        </message>
        <message>
            <source>The message was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>Die E-Mail wurde vom Server abgelehnt.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <comment>iOS alert</comment>
            <translation>Identität des Servers kann nicht überprüft werden</translation>
        </message>
        <message>
            <source>The identity of "%1" cannot be verified by Mail. …</source>
            <comment>iOS alert</comment>
            <translation>Die Identität von „%1“ kann von Mail nicht überprüft werden. …</translation>
        </message>
        <message>
            <source>No password provided for "%1". Please go to Mail Account Settings and enter a password.</source>
            <comment>iOS alert</comment>
            <translation>Kein Passwort für „%1“ angegeben. Öffnen Sie die Mail-Account-Einstellungen und geben Sie ein Passwort ein.</translation>
        </message>
        <message>
            <source>The user name or password for "%1" is incorrect.</source>
            <comment>iOS alert</comment>
            <translation>Der Benutzername oder das Passwort für „%1“ ist falsch.</translation>
        </message>
        <message>
            <source>Check the SSL setting for the outgoing server "%1".</source>
            <comment>iOS alert</comment>
            <translation>Überprüfen Sie die SSL-Einstellung für den Server für ausgehende E-Mails „%1“.</translation>
        </message>
        <message>
            <source>Cannot Connect Using SSL</source>
            <comment>iOS alert</comment>
            <translation>Verbindung über SSL nicht möglich</translation>
        </message>
        <message>
            <source>[exact wording unconfirmed: the phone offers to try without SSL]</source>
            <translation>[genauer Wortlaut unbestätigt: Das iPhone bietet an, es ohne SSL zu versuchen]</translation>
        </message>
        <message>
            <source>Scroll down and tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Advanced"</extracomment>
            <translation>Scrollen Sie nach unten und tippen Sie auf %1.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3.</source>
            <extracomment>%1, %2, %3 = the phone&apos;s "SMTP", "Outgoing Mail Server", "Primary Server"; %4 = its host name</extracomment>
            <translation>Tippen Sie unter %2 auf %1 und dann auf %3.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3 (%4).</source>
            <translation>Tippen Sie unter %2 auf %1 und dann auf %3 (%4).</translation>
        </message>
        <message>
            <source>Tap %1 and wait while the phone checks the account.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Tippen Sie auf %1 und warten Sie, bis das iPhone den Account geprüft hat.</translation>
        </message>
        <message>
            <source>Go back to the %1 screen and tap %2.</source>
            <extracomment>%1, %2 = the phone&apos;s "Account" and "Done"</extracomment>
            <translation>Gehen Sie zurück zur Seite %1 und tippen Sie auf %2.</translation>
        </message>
        <message>
            <source>Tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Tippen Sie auf %1.</translation>
        </message>
        <message>
            <source>Check the date and time on the phone (%1: turn on Set Automatically) and on this computer.</source>
            <translation>Prüfen Sie Datum und Uhrzeit auf dem iPhone (%1: Automatisch einstellen einschalten) und auf diesem Computer.</translation>
        </message>
        <message>
            <source>The server closed the connection</source>
            <translation>Der Server hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>%1 closed the connection during the check</source>
            <translation>%1 hat die Verbindung während der Prüfung geschlossen</translation>
        </message>
        <message>
            <source>Check that host name and port are right: the server may not offer this service on that port.</source>
            <translation>Prüfen Sie, ob Hostname und Port stimmen: Vielleicht bietet der Server diesen Dienst auf diesem Port nicht an.</translation>
        </message>
        <message>
            <source>If they are right, the server may be refusing this network or be overloaded: try again later or from another network, and send the details below to your provider if it persists.</source>
            <translation>Wenn sie stimmen, weist der Server vielleicht dieses Netzwerk ab oder ist überlastet: Versuchen Sie es später oder aus einem anderen Netzwerk erneut und senden Sie die Details unten an Ihren Anbieter, wenn das Problem bleibt.</translation>
        </message>
        <message>
            <source>The server stopped answering</source>
            <translation>Der Server antwortet nicht mehr</translation>
        </message>
        <message>
            <source>%1 stopped answering in the middle of the check</source>
            <translation>%1 hat mitten in der Prüfung aufgehört zu antworten</translation>
        </message>
        <message>
            <source>Try again later or from another network; if it persists, send the details below to your provider.</source>
            <translation>Versuchen Sie es später oder aus einem anderen Netzwerk erneut; wenn das Problem bleibt, senden Sie die Details unten an Ihren Anbieter.</translation>
        </message>
        <message>
            <source>The incoming Server Port %1 is not a port number</source>
            <translation>Der Server-Port %1 für eintreffende E-Mails ist keine Portnummer</translation>
        </message>
        <message>
            <source>The outgoing Server Port %1 is not a port number</source>
            <translation>Der Server-Port %1 für ausgehende E-Mails ist keine Portnummer</translation>
        </message>
        <message>
            <source>Update the phone: %1, then tap Download and Install.</source>
            <translation>Aktualisieren Sie das iPhone: Öffnen Sie %1 und tippen Sie auf Laden und installieren.</translation>
        </message>
        <message>
            <source>The check was cancelled before it finished</source>
            <translation>Die Prüfung wurde abgebrochen, bevor sie fertig war</translation>
        </message>
        <message>
            <source>Press Check again to test all settings.</source>
            <translation>Klicken Sie erneut auf Prüfen, um alle Einstellungen zu testen.</translation>
        </message>
        <message>
            <source>The outgoing server %1 refused the test recipient, not the sending</source>
            <translation>Der Server %1 für ausgehende E-Mails hat den Testempfänger abgelehnt, nicht das Senden</translation>
        </message>
        <message>
            <source>Nothing to change on the phone for this: the server checked the test address itself.</source>
            <translation>Deswegen ist auf dem iPhone nichts zu ändern: Der Server hat die Testadresse selbst geprüft.</translation>
        </message>
        <message>
            <source>To test relaying fully, run the check again with a recipient address you know works (--relay-recipient).</source>
            <translation>Um das Relaying vollständig zu testen, führen Sie die Prüfung erneut mit einer Empfängeradresse aus, die sicher funktioniert (--relay-recipient).</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, turn it on under %1.</source>
            <translation>Schalten Sie nach der Installation eines Root-Zertifikatprofils das Zertifikat unter %1 ein.</translation>
        </message>
        <message>
            <source>[translated by Mailfix: the phone&apos;s own words may differ]</source>
            <translation>[von Mailfix übersetzt: Der Wortlaut auf dem iPhone kann abweichen]</translation>
        </message>
        <message>
            <source>Sending through port 25 works from here, but may not work from the phone</source>
            <translation>Senden über Port 25 funktioniert von hier aus, aber vom iPhone aus vielleicht nicht</translation>
        </message>
        <message>
            <source>Mobile networks and many Wi-Fi networks (hotels, cafés, guest networks) block port 25: on mobile data the phone cannot send through it.</source>
            <translation>Mobilfunknetze und viele WLANs (Hotels, Cafés, Gastnetze) sperren Port 25: Über mobile Daten kann das iPhone darüber nicht senden.</translation>
        </message>
        <message>
            <source>Then send a test message from the phone on mobile data, with Wi-Fi off.</source>
            <translation>Senden Sie dann vom iPhone aus eine Testnachricht über mobile Daten, bei ausgeschaltetem WLAN.</translation>
        </message>
        <message>
            <source>The incoming server %1 is an address of a local network</source>
            <translation>Der Server für eintreffende E-Mails %1 ist eine Adresse eines lokalen Netzwerks</translation>
        </message>
        <message>
            <source>The outgoing server %1 is an address of a local network</source>
            <translation>Der Server für ausgehende E-Mails %1 ist eine Adresse eines lokalen Netzwerks</translation>
        </message>
        <message>
            <source>The incoming server %1 is a name only the local network knows</source>
            <translation>Der Server für eintreffende E-Mails %1 ist ein Name, den nur das lokale Netzwerk kennt</translation>
        </message>
        <message>
            <source>The outgoing server %1 is a name only the local network knows</source>
            <translation>Der Server für ausgehende E-Mails %1 ist ein Name, den nur das lokale Netzwerk kennt</translation>
        </message>
        <message>
            <source>The phone reaches %1 only on this network&apos;s Wi-Fi or through a VPN: on mobile data or another Wi-Fi, mail to and from this server stops.</source>
            <translation>Das iPhone erreicht %1 nur im WLAN dieses Netzwerks oder über ein VPN: Über mobile Daten oder ein anderes WLAN kommen keine E-Mails mehr von diesem Server an und gehen keine mehr hinaus.</translation>
        </message>
        <message>
            <source>If the phone needs mail away from this network, ask the provider or the IT department for the server&apos;s public name and put it in %1.</source>
            <translation>Wenn das iPhone E-Mails auch außerhalb dieses Netzwerks braucht, fragen Sie den Anbieter oder die IT-Abteilung nach dem öffentlichen Namen des Servers und tragen Sie ihn unter %1 ein.</translation>
        </message>
</context>
<context>
        <name>HttpFetcher</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>keine Antwort innerhalb von %1 ms</translation>
        </message>
        <message>
            <source>%1 is not HTTPS; not fetched</source>
            <translation>%1 ist kein HTTPS; nicht abgerufen</translation>
        </message>
        <message>
            <source>redirect from %1 to %2 refused: not HTTPS</source>
            <translation>Weiterleitung von %1 nach %2 abgelehnt: kein HTTPS</translation>
        </message>
        <message>
            <source>redirect loop at %1</source>
            <translation>Weiterleitungsschleife bei %1</translation>
        </message>
        <message>
            <source>more than %1 redirects</source>
            <translation>mehr als %1 Weiterleitungen</translation>
        </message>
        <message>
            <source>larger than %1 bytes; not read further</source>
            <translation>größer als %1 Byte; nicht weiter gelesen</translation>
        </message>
        <message>
            <source>%1 bytes announced, more than %2; not read</source>
            <translation>%1 Byte angekündigt, mehr als %2; nicht gelesen</translation>
        </message>
</context>
<context>
        <name>NetworkLocation</name>
        <message>
            <source>%1 is an address of a local network: reachable from this computer, not from everywhere</source>
            <translation>%1 ist eine Adresse eines lokalen Netzwerks: von diesem Computer aus erreichbar, nicht von überall</translation>
        </message>
        <message>
            <source>%1 is a name only the local network knows: reachable from this computer, not from everywhere</source>
            <translation>%1 ist ein Name, den nur das lokale Netzwerk kennt: von diesem Computer aus erreichbar, nicht von überall</translation>
        </message>
        <message>
            <source>%1 answers on port 25 from this computer&apos;s network; mobile networks and many Wi-Fi networks block port 25</source>
            <translation>%1 antwortet aus dem Netzwerk dieses Computers auf Port 25; Mobilfunknetze und viele WLANs sperren Port 25</translation>
        </message>
</context>
<context>
        <name>ProviderAdvice</name>
        <message>
            <source>%1&apos;s own instructions: %2</source>
            <translation>Anleitung von %1: %2</translation>
        </message>
        <message>
            <source>Open %1, choose %2 and sign in there with your %3 account; the phone then needs no password in the mail settings.</source>
            <translation>Öffnen Sie %1, wählen Sie %2 und melden Sie sich dort mit Ihrem %3-Konto an; dann braucht das iPhone in den Mail-Einstellungen kein Passwort.</translation>
        </message>
        <message>
            <source>%1 no longer accepts passwords from mail apps: remove this account and add it again with Add Account &gt; %2</source>
            <translation>%1 akzeptiert keine Passwörter von Mail-Apps mehr: Entfernen Sie diesen Account und fügen Sie ihn über Account hinzufügen &gt; %2 erneut hinzu</translation>
        </message>
        <message>
            <source>%1 stops accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 akzeptiert %2 keine Passwörter von Mail-Apps mehr: Entfernen Sie diesen Account und fügen Sie ihn über Account hinzufügen &gt; %3 erneut hinzu</translation>
        </message>
        <message>
            <source>%1 stopped accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 akzeptiert %2 keine Passwörter von Mail-Apps mehr: Entfernen Sie diesen Account und fügen Sie ihn über Account hinzufügen &gt; %3 erneut hinzu</translation>
        </message>
        <message>
            <source>Or keep this account: turn on 2-Step Verification for your Google account, create an app password (%1) and enter it in %2.</source>
            <translation>Oder behalten Sie diesen Account: Aktivieren Sie die Bestätigung in zwei Schritten für Ihr Google-Konto, erstellen Sie ein App-Passwort (%1) und geben Sie es bei %2 ein.</translation>
        </message>
        <message>
            <source>App passwords do not help here: Microsoft accepts only its own sign-in.</source>
            <translation>App-Passwörter helfen hier nicht: Microsoft akzeptiert nur die eigene Anmeldung.</translation>
        </message>
        <message>
            <source>%1 cannot be used in the iPhone&apos;s Mail app</source>
            <translation>%1 kann nicht in der Mail-App des iPhones verwendet werden</translation>
        </message>
        <message>
            <source>%1 offers IMAP and SMTP only through its Bridge program on a computer; the phone cannot reach it.</source>
            <translation>%1 bietet IMAP und SMTP nur über sein Bridge-Programm auf einem Computer an; das iPhone kann es nicht erreichen.</translation>
        </message>
        <message>
            <source>Use %1&apos;s own app on the phone instead, and remove this account.</source>
            <translation>Verwenden Sie stattdessen die eigene App von %1 auf dem iPhone und entfernen Sie diesen Account.</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 verlangt ein App-Passwort, nicht Ihr normales Passwort</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password (%2)</source>
            <translation>%1 verlangt ein App-Passwort, nicht Ihr normales Passwort (%2)</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail.</source>
            <translation>Melden Sie sich in einem Webbrowser bei %1 an und erstellen Sie ein App-Passwort für Mail.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail: %2.</source>
            <translation>Melden Sie sich in einem Webbrowser bei %1 an und erstellen Sie ein App-Passwort für Mail: %2.</translation>
        </message>
        <message>
            <source>On the phone, delete what is in %1 and enter the app password exactly as shown (without spaces), then tap Done.</source>
            <translation>Löschen Sie auf dem iPhone den Inhalt von %1, geben Sie das App-Passwort genau wie angezeigt ein (ohne Leerzeichen) und tippen Sie dann auf Fertig.</translation>
        </message>
        <message>
            <source>Or remove this account and add it again with %1 &gt; %2, which signs in without an app password.</source>
            <translation>Oder entfernen Sie diesen Account und fügen Sie ihn über %1 &gt; %2 erneut hinzu; dann erfolgt die Anmeldung ohne App-Passwort.</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Mail-Apps müssen in Ihrem %1-Konto erst zugelassen werden</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps (IMAP, POP, SMTP) in the settings.</source>
            <translation>Melden Sie sich in einem Webbrowser bei %1 an und schalten Sie in den Einstellungen den Zugriff für Mail-Apps (IMAP, POP, SMTP) ein.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps: %2.</source>
            <translation>Melden Sie sich in einem Webbrowser bei %1 an und schalten Sie den Zugriff für Mail-Apps ein: %2.</translation>
        </message>
        <message>
            <source>Then try again on the phone with your normal %1 password; if that switch was already on, check the password in %2.</source>
            <translation>Versuchen Sie es dann auf dem iPhone erneut mit Ihrem normalen %1-Passwort; falls dieser Schalter schon eingeschaltet war, prüfen Sie das Passwort bei %2.</translation>
        </message>
        <message>
            <source>Your organisation has turned off %1 for this %2 account</source>
            <translation>Ihre Organisation hat %1 für dieses %2-Konto ausgeschaltet</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s %1 administrator: nothing on the phone can turn it on.</source>
            <translation>Das ist eine Aufgabe für den %1-Administrator Ihrer Organisation: Auf dem iPhone lässt sich das nicht einschalten.</translation>
        </message>
        <message>
            <source>Ask the administrator to allow %1 for your account.</source>
            <translation>Bitten Sie den Administrator, %1 für Ihr Konto zuzulassen.</translation>
        </message>
        <message>
            <source>Or ask whether the account may be added with Add Account &gt; %1 instead.</source>
            <translation>Oder fragen Sie, ob der Account stattdessen über Account hinzufügen &gt; %1 hinzugefügt werden darf.</translation>
        </message>
        <message>
            <source>Sending with a password (SMTP AUTH) is turned off for this %1 mailbox</source>
            <translation>Senden mit Passwort (SMTP AUTH) ist für dieses %1-Postfach ausgeschaltet</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s Microsoft 365 administrator, not a setting on the phone: the password may well be right.</source>
            <translation>Das ist eine Aufgabe für den Microsoft 365-Administrator Ihrer Organisation, keine Einstellung auf dem iPhone: Das Passwort kann durchaus richtig sein.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox.</source>
            <translation>Bitten Sie den Administrator, authentifiziertes SMTP für dieses Postfach einzuschalten.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox (%1).</source>
            <translation>Bitten Sie den Administrator, authentifiziertes SMTP für dieses Postfach einzuschalten (%1).</translation>
        </message>
        <message>
            <source>Microsoft turns it off by default for existing organisations at %1 (administrators can turn it on again).</source>
            <translation>Microsoft schaltet es für bestehende Organisationen ab %1 standardmäßig aus (Administratoren können es wieder einschalten).</translation>
        </message>
        <message>
            <source>Microsoft has turned it off by default for existing organisations since %1 (administrators can turn it on again).</source>
            <translation>Microsoft hat es für bestehende Organisationen seit %1 standardmäßig ausgeschaltet (Administratoren können es wieder einschalten).</translation>
        </message>
        <message>
            <source>Without SMTP AUTH the phone can still send: remove this account and add it again with %1 &gt; %2.</source>
            <translation>Ohne SMTP AUTH kann das iPhone trotzdem senden: Entfernen Sie diesen Account und fügen Sie ihn über %1 &gt; %2 erneut hinzu.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 kann keine E-Mails über die Server von Microsoft senden (behoben in iOS 11.0.1)</translation>
        </message>
        <message>
            <source>The settings are right: the fault is in iOS 11.0 itself.</source>
            <translation>Die Einstellungen stimmen: Der Fehler liegt in iOS 11.0 selbst.</translation>
        </message>
        <message>
            <source>Update the phone in %1, then send again.</source>
            <translation>Aktualisieren Sie das iPhone unter %1 und senden Sie dann erneut.</translation>
        </message>
        <message>
            <source>about %1</source>
            <comment>an unconfirmed month</comment>
            <translation>etwa %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a future date</comment>
            <translation>ab dem %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <comment>a future date</comment>
            <translation>ab %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a past date</comment>
            <translation>ab dem %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <comment>a past date</comment>
            <translation>seit %1</translation>
        </message>
</context>
<context>
        <name>RecordLookup</name>
        <message>
            <source>%1: no DNS answer within %2 ms</source>
            <translation>%1: keine DNS-Antwort innerhalb von %2 ms</translation>
        </message>
        <message>
            <source>%1: no such record</source>
            <translation>%1: kein solcher Eintrag</translation>
        </message>
        <message>
            <source>%1: lookup cancelled</source>
            <translation>%1: Abfrage abgebrochen</translation>
        </message>
        <message>
            <source>%1: target ".": the service is not offered</source>
            <translation>%1: Ziel ".": Der Dienst wird nicht angeboten</translation>
        </message>
        <message>
            <source>%1: %2 records, only the first %3 are used</source>
            <translation>%1: %2 Einträge, nur die ersten %3 werden verwendet</translation>
        </message>
</context>
<context>
        <name>ReportExporter</name>
        <message>
            <source>Transcript (passwords removed):</source>
            <translation>Protokoll (Passwörter entfernt):</translation>
        </message>
        <message>
            <source>Mailfix report</source>
            <translation>Mailfix-Bericht</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>%1 konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Change %1 in %2</source>
            <translation>%1 ändern unter %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Datum: %1</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>Kunde: %1</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Ticket: %1</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Mitarbeiter: %1</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Die Prüfung wurde abgebrochen.</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>eintreffend</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>ausgehend</translation>
        </message>
        <message>
            <source>No problems found, but the settings are not verified: the login was not tested (%1).</source>
            <translation>Keine Probleme gefunden, aber die Einstellungen sind nicht bestätigt: Die Anmeldung wurde nicht getestet (%1).</translation>
        </message>
        <message>
            <source>All checks passed: these settings work.</source>
            <translation>Alle Prüfungen bestanden: Diese Einstellungen funktionieren.</translation>
        </message>
        <message>
            <source>The settings work, with one warning.</source>
            <translation>Die Einstellungen funktionieren, mit einer Warnung.</translation>
        </message>
        <message>
            <source>The settings work, with %1 warnings.</source>
            <translation>Die Einstellungen funktionieren, mit %1 Warnungen.</translation>
        </message>
        <message>
            <source>One problem stops this account from working.</source>
            <translation>Ein Problem verhindert, dass dieser Account funktioniert.</translation>
        </message>
        <message>
            <source>%1 problems stop this account from working.</source>
            <translation>%1 Probleme verhindern, dass dieser Account funktioniert.</translation>
        </message>
        <message>
            <source>Mailfix report for %1</source>
            <translation>Mailfix-Bericht für %1</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(keine E-Mail)</translation>
        </message>
        <message>
            <source>Appendix: technical details</source>
            <translation>Anhang: technische Details</translation>
        </message>
        <message>
            <source>Transcript (passwords removed)</source>
            <translation>Protokoll (Passwörter entfernt)</translation>
        </message>
</context>
<context>
        <name>ReportWriter</name>
        <message>
            <source>1 error</source>
            <translation>1 Fehler</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 Fehler</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 Warnung</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 Warnungen</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 Hinweis</translation>
        </message>
        <message>
            <source>%1 notes</source>
            <translation>%1 Hinweise</translation>
        </message>
        <message>
            <source>%1: mail will not work until the errors are fixed.</source>
            <translation>%1: E-Mails funktionieren erst, wenn die Fehler behoben sind.</translation>
        </message>
        <message>
            <source>No errors (%1): these settings work.</source>
            <translation>Keine Fehler (%1): Diese Einstellungen funktionieren.</translation>
        </message>
        <message>
            <source>No problems found: these settings work.</source>
            <translation>Keine Probleme gefunden: Diese Einstellungen funktionieren.</translation>
        </message>
        <message>
            <source>The check was cut short, so it may have missed problems.</source>
            <translation>Die Prüfung wurde vorzeitig beendet und hat daher möglicherweise Probleme übersehen.</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>FEHLER</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>WARNUNG</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>HINWEIS</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>(no email address)</source>
            <translation>(keine E-Mail-Adresse)</translation>
        </message>
        <message>
            <source>Mailfix %1 - mail settings check for %2 (iOS %3)</source>
            <translation>Mailfix %1 - Prüfung der Mail-Einstellungen für %2 (iOS %3)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Prüfungen</translation>
        </message>
        <message>
            <source>What to change</source>
            <translation>Was zu ändern ist</translation>
        </message>
        <message>
            <source>Field: %1 (%2)</source>
            <translation>Feld: %1 (%2)</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Auf dem iPhone: %1</translation>
        </message>
        <message>
            <source>Also: %1</source>
            <translation>Außerdem: %1</translation>
        </message>
        <message>
            <source>The phone says: %1</source>
            <translation>Das iPhone meldet: %1</translation>
        </message>
        <message>
            <source>Fix:</source>
            <translation>Behebung:</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Belege: %1</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Ergebnis: %1</translation>
        </message>
        <message>
            <source>(checked in %1)</source>
            <translation>(geprüft in %1)</translation>
        </message>
        <message>
            <source>Mail settings check for %1</source>
            <translation>Prüfung der Mail-Einstellungen für %1</translation>
        </message>
        <message>
            <source>Mail settings check</source>
            <translation>Prüfung der Mail-Einstellungen</translation>
        </message>
        <message>
            <source>Account: %1 — iOS %2</source>
            <translation>Account: %1 — iOS %2</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Belege:</translation>
        </message>
        <message>
            <source>Settings checked</source>
            <translation>Geprüfte Einstellungen</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>(set, not shown)</source>
            <translation>(gesetzt, nicht angezeigt)</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Kommunikation mit den Servern</translation>
        </message>
        <message>
            <source>Mailfix %1</source>
            <translation>Mailfix %1</translation>
        </message>
        <message>
            <source>the incoming server was not verified</source>
            <translation>der Server für eintreffende E-Mails wurde nicht bestätigt</translation>
        </message>
        <message>
            <source>the outgoing server was not verified</source>
            <translation>der Server für ausgehende E-Mails wurde nicht bestätigt</translation>
        </message>
        <message>
            <source>The servers answer, but the login was not tested</source>
            <translation>Die Server antworten, aber die Anmeldung wurde nicht getestet</translation>
        </message>
        <message>
            <source>the incoming server answers, but its login was not tested</source>
            <translation>der Server für eintreffende E-Mails antwortet, aber die Anmeldung wurde nicht getestet</translation>
        </message>
        <message>
            <source>the outgoing server answers, but its login was not tested</source>
            <translation>der Server für ausgehende E-Mails antwortet, aber die Anmeldung wurde nicht getestet</translation>
        </message>
        <message>
            <source>No problems found in the settings, but no server was checked: they are not verified.</source>
            <translation>In den Einstellungen wurden keine Probleme gefunden, aber kein Server wurde geprüft: Die Einstellungen sind nicht bestätigt.</translation>
        </message>
        <message>
            <source>No problems found, but these settings are not verified yet.</source>
            <translation>Keine Probleme gefunden, aber diese Einstellungen sind noch nicht bestätigt.</translation>
        </message>
        <message>
            <source>No errors (%1), but these settings are not verified yet.</source>
            <translation>Keine Fehler (%1), aber diese Einstellungen sind noch nicht bestätigt.</translation>
        </message>
</context>
<context>
        <name>Resolver</name>
        <message>
            <source>%1: no such host (reserved name, RFC 6761)</source>
            <translation>%1: kein solcher Host (reservierter Name, RFC 6761)</translation>
        </message>
</context>
<context>
        <name>SettingsFile</name>
        <message>
            <source>line %1: </source>
            <translation>Zeile %1: </translation>
        </message>
        <message>
            <source>an array</source>
            <translation>ein Array</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string, not %2</source>
            <translation>„%1“ muss eine Zeichenkette sein, nicht %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be true or false, not %2</source>
            <translation>„%1“ muss true oder false sein, nicht %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a number from 1 to 65535, not %2</source>
            <translation>„%1“ muss eine Zahl von 1 bis 65535 sein, nicht %2</translation>
        </message>
        <message>
            <source>&apos;%1.auth&apos; must be one of password, md5, ntlm, http-md5, none, not %2</source>
            <translation>„%1.auth“ muss einer der Werte password, md5, ntlm, http-md5, none sein, nicht %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be an object ({...}), not %2</source>
            <translation>„%1“ muss ein Objekt ({...}) sein, nicht %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string</source>
            <translation>„%1“ muss eine Zeichenkette sein</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is too long (at most %2 characters)</source>
            <translation>„%1“ ist zu lang (höchstens %2 Zeichen)</translation>
        </message>
        <message>
            <source>&apos;id&apos; must be a string or a whole number, not %1</source>
            <translation>„id“ muss eine Zeichenkette oder eine ganze Zahl sein, nicht %1</translation>
        </message>
        <message>
            <source>is too long (%1 characters; at most %2)</source>
            <translation>ist zu lang (%1 Zeichen; höchstens %2)</translation>
        </message>
        <message>
            <source>must not contain control characters or line breaks</source>
            <translation>darf keine Steuerzeichen oder Zeilenumbrüche enthalten</translation>
        </message>
        <message>
            <source>byte %1: </source>
            <translation>Byte %1: </translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>die Datei ist größer als 1 MiB; eine Einstellungsdatei hat nur wenige hundert Byte</translation>
        </message>
        <message>
            <source>the file is empty; expected a JSON object such as {"incoming": {"host": "imap.example.com"}}</source>
            <translation>die Datei ist leer; erwartet wird ein JSON-Objekt wie {"incoming": {"host": "imap.example.com"}}</translation>
        </message>
        <message>
            <source>not valid UTF-8 text (byte %1); save the file as UTF-8</source>
            <translation>kein gültiger UTF-8-Text (Byte %1); speichern Sie die Datei als UTF-8</translation>
        </message>
        <message>
            <source>the file contains a NUL byte; it is not a JSON text file</source>
            <translation>die Datei enthält ein NUL-Byte; sie ist keine JSON-Textdatei</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not a plain value</source>
            <translation>die oberste Ebene muss ein JSON-Objekt ({...}) mit "account", "incoming" und "outgoing" sein, kein einfacher Wert</translation>
        </message>
        <message>
            <source>not valid JSON (%1)</source>
            <translation>kein gültiges JSON (%1)</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not %1</source>
            <translation>die oberste Ebene muss ein JSON-Objekt ({...}) mit "account", "incoming" und "outgoing" sein, nicht %1</translation>
        </message>
        <message>
            <source>a plain value</source>
            <translation>ein einfacher Wert</translation>
        </message>
        <message>
            <source>&apos;incoming.type&apos; must be "imap" or "pop", not %1</source>
            <translation>„incoming.type“ muss "imap" oder "pop" sein, nicht %1</translation>
        </message>
        <message>
            <source>&apos;ios.version&apos; must be an iOS version such as "17.4" (5 to 18, or 26 and later), not %1</source>
            <translation>„ios.version“ muss eine iOS-Version wie "17.4" sein (5 bis 18 oder ab 26), nicht %1</translation>
        </message>
        <message>
            <source>%1: the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>%1: die Datei ist größer als 1 MiB; eine Einstellungsdatei hat nur wenige hundert Byte</translation>
        </message>
        <message>
            <source>settings file</source>
            <translation>Einstellungsdatei</translation>
        </message>
</context>
<context>
        <name>SmtpReplyParser</name>
        <message>
            <source>reply line too short</source>
            <translation>Antwortzeile zu kurz</translation>
        </message>
        <message>
            <source>reply does not start with a status code</source>
            <translation>Antwort beginnt nicht mit einem Statuscode</translation>
        </message>
        <message>
            <source>status code %1 is out of range</source>
            <translation>Statuscode %1 liegt außerhalb des gültigen Bereichs</translation>
        </message>
        <message>
            <source>malformed reply separator</source>
            <translation>fehlerhaftes Trennzeichen in der Antwort</translation>
        </message>
        <message>
            <source>multi-line reply changes its code from %1 to %2</source>
            <translation>mehrzeilige Antwort wechselt ihren Code von %1 zu %2</translation>
        </message>
        <message>
            <source>reply has more than %1 lines</source>
            <translation>Antwort hat mehr als %1 Zeilen</translation>
        </message>
</context>
<context>
        <name>Validator</name>
        <message>
            <source>spaces</source>
            <translation>Leerzeichen</translation>
        </message>
        <message>
            <source>a scheme (%1)</source>
            <translation>ein Schema (%1)</translation>
        </message>
        <message>
            <source>a scheme (//)</source>
            <translation>ein Schema (//)</translation>
        </message>
        <message>
            <source>a path (%1)</source>
            <translation>einen Pfad (%1)</translation>
        </message>
        <message>
            <source>an &apos;@&apos; (a host name is not an email address)</source>
            <translation>ein „@“ (ein Hostname ist keine E-Mail-Adresse)</translation>
        </message>
        <message>
            <source>a port (:%1)</source>
            <translation>einen Port (:%1)</translation>
        </message>
        <message>
            <source>a comma instead of a dot</source>
            <translation>ein Komma statt eines Punkts</translation>
        </message>
        <message>
            <source>a dot at the start or end</source>
            <translation>einen Punkt am Anfang oder Ende</translation>
        </message>
        <message>
            <source>an empty part between dots (..)</source>
            <translation>einen leeren Teil zwischen Punkten (..)</translation>
        </message>
        <message>
            <source>characters a host name cannot have</source>
            <translation>Zeichen, die ein Hostname nicht enthalten kann</translation>
        </message>
        <message>
            <source>more than 253 characters</source>
            <translation>mehr als 253 Zeichen</translation>
        </message>
        <message>
            <source>a part longer than 63 characters</source>
            <translation>einen Teil mit mehr als 63 Zeichen</translation>
        </message>
        <message>
            <source>a part that starts or ends with &apos;-&apos;</source>
            <translation>einen Teil, der mit „-“ beginnt oder endet</translation>
        </message>
        <message>
            <source>characters a host name cannot have (%1)</source>
            <translation>Zeichen, die ein Hostname nicht enthalten kann (%1)</translation>
        </message>
        <message>
            <source>no host name at all</source>
            <translation>überhaupt keinen Hostnamen</translation>
        </message>
        <message>
            <source>Email is empty</source>
            <translation>E-Mail ist leer</translation>
        </message>
        <message>
            <source>%1 is not an email address</source>
            <translation>%1 ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Server Port %1 is not between 1 and 65535</source>
            <translation>Server-Port %1 liegt nicht zwischen 1 und 65535</translation>
        </message>
        <message>
            <source>Outgoing mail server Host Name is empty</source>
            <translation>Hostname des Servers für ausgehende E-Mails ist leer</translation>
        </message>
        <message>
            <source>Incoming mail server Host Name is empty</source>
            <translation>Hostname des Servers für eintreffende E-Mails ist leer</translation>
        </message>
        <message>
            <source>%1 contains %2</source>
            <translation>%1 enthält %2</translation>
        </message>
        <message>
            <source>Incoming mail server User Name is empty</source>
            <translation>Benutzername des Servers für eintreffende E-Mails ist leer</translation>
        </message>
        <message>
            <source>Incoming mail server Password is empty (the phone says "No password provided")</source>
            <translation>Passwort des Servers für eintreffende E-Mails ist leer (das iPhone meldet „Kein Passwort angegeben“)</translation>
        </message>
        <message>
            <source>Outgoing User Name is set but Password is empty</source>
            <translation>Benutzername für ausgehende E-Mails ist gesetzt, aber das Passwort ist leer</translation>
        </message>
        <message>
            <source>no incoming or outgoing Host Name given</source>
            <translation>kein Hostname für eintreffende oder ausgehende E-Mails angegeben</translation>
        </message>
        <message>
            <source>Primary Server is switched off</source>
            <translation>Primärer Server ist ausgeschaltet</translation>
        </message>
</context>
<context>
        <name>mailfix-cli</name>
        <message>
            <source>-: standard input cannot be read</source>
            <translation>-: Standardeingabe kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1: Datei nicht gefunden</translation>
        </message>
        <message>
            <source>%1: is a folder, not a batch file</source>
            <translation>%1: ist ein Ordner, keine Batch-Datei</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: kann nicht gelesen werden (%2)</translation>
        </message>
        <message>
            <source>%1: is not a regular file (a named pipe, a device or a socket); use --batch - to read standard input</source>
            <translation>%1: ist keine reguläre Datei (eine Named Pipe, ein Gerät oder ein Socket); verwenden Sie --batch -, um die Standardeingabe zu lesen</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1: Zeile %2</translation>
        </message>
        <message>
            <source>%1: no accounts in it (one JSON object a line)</source>
            <translation>%1: keine Accounts darin (ein JSON-Objekt pro Zeile)</translation>
        </message>
        <message>
            <source>mailfix-cli: batch %1: %2 lines checked in %3 s: %4 without errors, %5 with errors, %6 broken lines, %7 duplicate ids%8</source>
            <translation>mailfix-cli: Batch %1: %2 Zeilen in %3 s geprüft: %4 ohne Fehler, %5 mit Fehlern, %6 defekte Zeilen, %7 doppelte IDs%8</translation>
        </message>
        <message>
            <source>, %1 cut short</source>
            <translation>, %1 vorzeitig beendet</translation>
        </message>
        <message>
            <source>%1: longer than 64 KiB; one account a line</source>
            <translation>%1: länger als 64 KiB; ein Account pro Zeile</translation>
        </message>
        <message>
            <source>%1: line too long</source>
            <translation>%1: Zeile zu lang</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: id &apos;%2&apos; is also on line %3</source>
            <translation>mailfix-cli: Warnung: %1: ID „%2“ steht auch in Zeile %3</translation>
        </message>
        <message>
            <source>%1: nothing to check: give "incoming": {"host": ...} and/or "outgoing": {"host": ...}</source>
            <translation>%1: nichts zu prüfen: Geben Sie "incoming": {"host": ...} und/oder "outgoing": {"host": ...} an</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: unknown key &apos;%2&apos; ignored</source>
            <translation>mailfix-cli: Warnung: %1: unbekannter Schlüssel „%2“ ignoriert</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Dialog mit den Servern</translation>
        </message>
        <message>
            <source>Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD, or a prompt;
with --batch, from the batch file.</source>
            <translation>Prüft die Mail-Account-Einstellungen eines iPhones an den echten Servern und sagt, welches Feld zu ändern ist.
Passwörter kommen nur aus MAILFIX_INCOMING_PASSWORD und MAILFIX_OUTGOING_PASSWORD oder einer Eingabeaufforderung;
mit --batch aus der Batch-Datei.</translation>
        </message>
        <message>
            <source>After a check with errors, search for the settings that work (as &apos;suggest&apos;).</source>
            <translation>Nach einer Prüfung mit Fehlern die funktionierenden Einstellungen suchen (wie „suggest“).</translation>
        </message>
        <message>
            <source>After a passing check, send a test message to the account itself and watch for it.</source>
            <translation>Nach einer erfolgreichen Prüfung eine Testnachricht an den Account selbst senden und auf ihren Eingang warten.</translation>
        </message>
        <message>
            <source>How long to watch for it (default 60, at most 600).</source>
            <translation>Wie lange auf sie gewartet wird (Standard 60, höchstens 600).</translation>
        </message>
        <message>
            <source>--round-trip-timeout must be a number of seconds above 0 and at most 600, not &apos;%1&apos;</source>
            <translation>--round-trip-timeout muss eine Anzahl Sekunden über 0 und höchstens 600 sein, nicht „%1“</translation>
        </message>
        <message>
            <source>nothing to check: give --incoming-host and/or --outgoing-host, or --settings FILE</source>
            <translation>nichts zu prüfen: Geben Sie --incoming-host und/oder --outgoing-host oder --settings FILE an</translation>
        </message>
        <message>
            <source>Suggested settings</source>
            <translation>Vorgeschlagene Einstellungen</translation>
        </message>
        <message>
            <source>--%1 must be a number from 1 to 65535, not &apos;%2&apos;</source>
            <translation>--%1 muss eine Zahl von 1 bis 65535 sein, nicht „%2“</translation>
        </message>
        <message>
            <source>--%1 must be &apos;on&apos; or &apos;off&apos;, not &apos;%2&apos;</source>
            <translation>--%1 muss „on“ oder „off“ sein, nicht „%2“</translation>
        </message>
        <message>
            <source>--%1 must be one of password, md5, ntlm, http-md5, none, not &apos;%2&apos;</source>
            <translation>--%1 muss einer der Werte password, md5, ntlm, http-md5, none sein, nicht „%2“</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
            <translation>--accept-certificate braucht einen SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt), nicht „%1“</translation>
        </message>
        <message>
            <source>Read settings from a JSON file (same field names, nested).</source>
            <translation>Einstellungen aus einer JSON-Datei lesen (dieselben Feldnamen, verschachtelt).</translation>
        </message>
        <message>
            <source>Account &gt; Email.</source>
            <translation>Account &gt; E-Mail.</translation>
        </message>
        <message>
            <source>imap or pop.</source>
            <translation>imap oder pop.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; Host Name.</source>
            <translation>Server für eintreffende E-Mails &gt; Hostname.</translation>
        </message>
        <message>
            <source>Incoming Server Port (default from type and Use SSL).</source>
            <translation>Server-Port für eintreffende E-Mails (Standard nach Typ und SSL verwenden).</translation>
        </message>
        <message>
            <source>Incoming Use SSL.</source>
            <translation>SSL verwenden (eintreffend).</translation>
        </message>
        <message>
            <source>password, md5, ntlm, http-md5 or none.</source>
            <translation>password, md5, ntlm, http-md5 oder none.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; User Name.</source>
            <translation>Server für eintreffende E-Mails &gt; Benutzername.</translation>
        </message>
        <message>
            <source>SMTP &gt; Primary Server on or off.</source>
            <translation>SMTP &gt; Primärer Server: on oder off.</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) Host Name.</source>
            <translation>Hostname für ausgehende E-Mails (SMTP).</translation>
        </message>
        <message>
            <source>Outgoing Server Port (default 587 with SSL, 25 without).</source>
            <translation>Server-Port für ausgehende E-Mails (Standard 587 mit SSL, 25 ohne).</translation>
        </message>
        <message>
            <source>Outgoing Use SSL.</source>
            <translation>SSL verwenden (ausgehend).</translation>
        </message>
        <message>
            <source>Outgoing User Name (Optional on the phone).</source>
            <translation>Benutzername für ausgehende E-Mails (auf dem iPhone Optional).</translation>
        </message>
        <message>
            <source>Word the fix steps for this iOS version (default: newest).</source>
            <translation>Die Schritte zur Behebung für diese iOS-Version formulieren (Standard: die neueste).</translation>
        </message>
        <message>
            <source>Also trust the CA certificates in this PEM file.</source>
            <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
        </message>
        <message>
            <source>Recipient in a foreign domain for the relay test.</source>
            <translation>Empfänger in einer fremden Domain für den Relay-Test.</translation>
        </message>
        <message>
            <source>Deadline for each network step (default 6, at most 300).</source>
            <translation>Zeitlimit für jeden Netzwerkschritt (Standard 6, höchstens 300).</translation>
        </message>
        <message>
            <source>Output format: text (default) or json.</source>
            <translation>Ausgabeformat: text (Standard) oder json.</translation>
        </message>
        <message>
            <source>Agree to send the password without encryption.</source>
            <translation>Zustimmen, dass das Passwort unverschlüsselt gesendet wird.</translation>
        </message>
        <message>
            <source>Accept this server certificate although it failed verification (repeatable).</source>
            <translation>Dieses Serverzertifikat akzeptieren, obwohl seine Prüfung fehlgeschlagen ist (wiederholbar).</translation>
        </message>
        <message>
            <source>In text output, also print the conversation with the servers.</source>
            <translation>In der Textausgabe auch den Dialog mit den Servern ausgeben.</translation>
        </message>
        <message>
            <source>No colours in text output.</source>
            <translation>Keine Farben in der Textausgabe.</translation>
        </message>
        <message>
            <source>Check many accounts: one settings-file JSON object a line (plus "id" and passwords); one JSON line out per account, in input order.</source>
            <translation>Viele Accounts prüfen: ein JSON-Objekt im Format der Einstellungsdatei pro Zeile (plus "id" und Passwörter); pro Account eine JSON-Zeile in der Ausgabe, in der Reihenfolge der Eingabe.</translation>
        </message>
        <message>
            <source>With --batch: accounts checked at once (default 4, at most 64).</source>
            <translation>Mit --batch: gleichzeitig geprüfte Accounts (Standard 4, höchstens 64).</translation>
        </message>
        <message>
            <source>Print the version and exit.</source>
            <translation>Die Version ausgeben und beenden.</translation>
        </message>
        <message>
            <source>Print this help and exit.</source>
            <translation>Diese Hilfe ausgeben und beenden.</translation>
        </message>
        <message>
            <source>Language of titles, fix steps and the CLI&apos;s text: en, de, fr or es (default: the system&apos;s).</source>
            <translation>Sprache der Titel, der Schritte zur Behebung und der Texte des CLI: en, de, fr oder es (Standard: die des Systems).</translation>
        </message>
        <message>
            <source> (see mailfix-cli %1 --help)</source>
            <translation> (siehe mailfix-cli %1 --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli %2 --help)</source>
            <translation>unerwartetes Argument „%1“ (siehe mailfix-cli %2 --help)</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: passwords in settings files are ignored (%2); use %3</source>
            <translation>mailfix-cli: Warnung: %1: Passwörter in Einstellungsdateien werden ignoriert (%2); verwenden Sie %3</translation>
        </message>
        <message>
            <source>--incoming-type must be &apos;imap&apos; or &apos;pop&apos;, not &apos;%1&apos;</source>
            <translation>--incoming-type muss „imap“ oder „pop“ sein, nicht „%1“</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4 (5 to 18, or 26 and later), not &apos;%1&apos;</source>
            <translation>--ios muss eine iOS-Version wie 17.4 sein (5 bis 18 oder ab 26), nicht „%1“</translation>
        </message>
        <message>
            <source>--relay-recipient must be an email address, not &apos;%1&apos;</source>
            <translation>--relay-recipient muss eine E-Mail-Adresse sein, nicht „%1“</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds above 0 and at most 300, not &apos;%1&apos;</source>
            <translation>--timeout muss eine Anzahl Sekunden über 0 und höchstens 300 sein, nicht „%1“</translation>
        </message>
        <message>
            <source>--format must be &apos;text&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
            <translation>--format muss „text“ oder „json“ sein, nicht „%1“</translation>
        </message>
        <message>
            <source>--jobs needs --batch FILE</source>
            <translation>--jobs braucht --batch FILE</translation>
        </message>
        <message>
            <source>--%1 cannot be used with --batch: each line of the batch file holds one account&apos;s settings</source>
            <translation>--%1 kann nicht mit --batch verwendet werden: Jede Zeile der Batch-Datei enthält die Einstellungen eines Accounts</translation>
        </message>
        <message>
            <source>--batch writes JSON lines only; leave out --format or use --format json</source>
            <translation>--batch schreibt nur JSON-Zeilen; lassen Sie --format weg oder verwenden Sie --format json</translation>
        </message>
        <message>
            <source>--jobs must be a number from 1 to 64, not &apos;%1&apos;</source>
            <translation>--jobs muss eine Zahl von 1 bis 64 sein, nicht „%1“</translation>
        </message>
        <message>
            <source>check one account&apos;s settings against its servers (or many: --batch FILE)</source>
            <translation>die Einstellungen eines Accounts an seinen Servern prüfen (oder vieler: --batch FILE)</translation>
        </message>
        <message>
            <source>find the settings that work for an address (CONTRACT.md section 5)</source>
            <translation>die funktionierenden Einstellungen für eine Adresse finden (CONTRACT.md Abschnitt 5)</translation>
        </message>
        <message>
            <source>write an Apple configuration profile for the phone (CONTRACT.md section 6)</source>
            <translation>ein Apple-Konfigurationsprofil für das iPhone schreiben (CONTRACT.md Abschnitt 6)</translation>
        </message>
        <message>
            <source>Examples:</source>
            <translation>Beispiele:</translation>
        </message>
        <message>
            <source>
Passwords never go on the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them at the prompt (stdin a terminal).
See the manual page mailfix-cli(1) and docs/CONTRACT.md.
</source>
            <translation>
Passwörter kommen nie auf die Befehlszeile: Setzen Sie MAILFIX_INCOMING_PASSWORD und
MAILFIX_OUTGOING_PASSWORD oder geben Sie sie an der Eingabeaufforderung ein (stdin ein Terminal).
Siehe die Handbuchseite mailfix-cli(1) und docs/CONTRACT.md.
</translation>
        </message>
        <message>
            <source>Usage: mailfix-cli COMMAND [options]
Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.

Commands:
</source>
            <translation>Aufruf: mailfix-cli COMMAND [Optionen]
Prüft die Mail-Account-Einstellungen eines iPhones an den echten Servern und sagt, welches Feld zu ändern ist.

Befehle:
</translation>
        </message>
        <message>
            <source> [not in this build]</source>
            <translation> [nicht in diesem Build]</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     this help; &apos;mailfix-cli COMMAND --help&apos; lists a command&apos;s options
  -V, --version  print the version
</source>
            <translation>
Optionen:
  -h, --help     diese Hilfe; „mailfix-cli COMMAND --help“ listet die Optionen eines Befehls
  -V, --version  die Version ausgeben
</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;; the commands are check, suggest and profile (see mailfix-cli --help)</source>
            <translation>unbekannter Befehl „%1“; die Befehle sind check, suggest und profile (siehe mailfix-cli --help)</translation>
        </message>
        <message>
            <source>no command given; use &apos;mailfix-cli check [options]&apos; (see mailfix-cli --help)</source>
            <translation>kein Befehl angegeben; verwenden Sie „mailfix-cli check [Optionen]“ (siehe mailfix-cli --help)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is not available in this build of mailfix-cli</source>
            <translation>„%1“ ist in diesem Build von mailfix-cli nicht verfügbar</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;</source>
            <translation>unbekannter Befehl „%1“</translation>
        </message>
        <message>
            <source>--lang needs a language: en, de, fr or es</source>
            <translation>--lang braucht eine Sprache: en, de, fr oder es</translation>
        </message>
        <message>
            <source>--lang must be one of %1, not &apos;%2&apos;</source>
            <translation>--lang muss einer der Werte %1 sein, nicht „%2“</translation>
        </message>
        <message>
            <source>mailfix-cli: internal error: </source>
            <translation>mailfix-cli: interner Fehler: </translation>
        </message>
        <message>
            <source>mailfix-cli: internal error</source>
            <translation>mailfix-cli: interner Fehler</translation>
        </message>
        <message>
            <source>Incoming mail server password for %1@%2: </source>
            <translation>Passwort (Server für eintreffende E-Mails) für %1@%2: </translation>
        </message>
        <message>
            <source>Outgoing (SMTP) password for %1@%2 (Optional; press Enter if the phone&apos;s field is empty): </source>
            <translation>Passwort (Server für ausgehende E-Mails, SMTP) für %1@%2 (Optional; drücken Sie die Eingabetaste, wenn das Feld auf dem iPhone leer ist): </translation>
        </message>
        <message>
            <source>Writes the mail settings as an Apple configuration profile (.mobileconfig) for the iPhone.
Never a password: the phone asks for it when the profile is installed. With
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD set, the settings are checked first.
A key&apos;s passphrase comes from MAILFIX_SIGN_PASSPHRASE or a prompt, never the command line.</source>
            <translation>Schreibt die Mail-Einstellungen als Apple-Konfigurationsprofil (.mobileconfig) für das iPhone.
Nie ein Passwort: Das iPhone fragt bei der Installation des Profils danach. Ist
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD gesetzt, werden die Einstellungen zuerst geprüft.
Die Passphrase eines Schlüssels kommt aus MAILFIX_SIGN_PASSPHRASE oder einer Eingabeaufforderung, nie von der Befehlszeile.</translation>
        </message>
        <message>
            <source>Write the profile to this file.</source>
            <translation>Das Profil in diese Datei schreiben.</translation>
        </message>
        <message>
            <source>Sign with this certificate (PEM).</source>
            <translation>Mit diesem Zertifikat signieren (PEM).</translation>
        </message>
        <message>
            <source>The certificate&apos;s private key (PEM; encrypted: MAILFIX_SIGN_PASSPHRASE or a prompt).</source>
            <translation>Der private Schlüssel des Zertifikats (PEM; verschlüsselt: MAILFIX_SIGN_PASSPHRASE oder eine Eingabeaufforderung).</translation>
        </message>
        <message>
            <source>Intermediate certificates to include (PEM).</source>
            <translation>Aufzunehmende Zwischenzertifikate (PEM).</translation>
        </message>
        <message>
            <source>PayloadIdentifier prefix (default: from the domain).</source>
            <translation>Präfix für PayloadIdentifier (Standard: aus der Domain).</translation>
        </message>
        <message>
            <source>profile needs --output FILE.mobileconfig</source>
            <translation>profile braucht --output FILE.mobileconfig</translation>
        </message>
        <message>
            <source>--output %1: is a folder; give a file name such as mail.mobileconfig</source>
            <translation>--output %1: ist ein Ordner; geben Sie einen Dateinamen wie mail.mobileconfig an</translation>
        </message>
        <message>
            <source>give either --sign-cert and --sign-key, or --sign-p12, not both</source>
            <translation>geben Sie entweder --sign-cert und --sign-key oder --sign-p12 an, nicht beides</translation>
        </message>
        <message>
            <source>--sign-cert needs --sign-key (or use --sign-p12 FILE)</source>
            <translation>--sign-cert braucht --sign-key (oder verwenden Sie --sign-p12 FILE)</translation>
        </message>
        <message>
            <source>--sign-key needs --sign-cert</source>
            <translation>--sign-key braucht --sign-cert</translation>
        </message>
        <message>
            <source>--sign-chain needs --sign-cert and --sign-key, or --sign-p12</source>
            <translation>--sign-chain braucht --sign-cert und --sign-key oder --sign-p12</translation>
        </message>
        <message>
            <source>Passphrase for %1: </source>
            <translation>Passphrase für %1: </translation>
        </message>
        <message>
            <source>mailfix-cli: the check found errors, so no profile was written:</source>
            <translation>mailfix-cli: Die Prüfung hat Fehler gefunden, daher wurde kein Profil geschrieben:</translation>
        </message>
        <message>
            <source>  run &apos;mailfix-cli check&apos; with the same options for the fix steps</source>
            <translation>  führen Sie „mailfix-cli check“ mit denselben Optionen aus, um die Schritte zur Behebung zu erhalten</translation>
        </message>
        <message>
            <source>--output %1: cannot be written (%2)</source>
            <translation>--output %1: kann nicht geschrieben werden (%2)</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3 bytes)
</source>
            <translation>%1 geschrieben (%2, %3 Byte)
</translation>
        </message>
        <message>
            <source>signed with </source>
            <translation>signiert mit </translation>
        </message>
        <message>
            <source>The settings were verified: both logins succeeded.
</source>
            <translation>Die Einstellungen wurden bestätigt: Beide Anmeldungen waren erfolgreich.
</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: the check found no error but did not log in on both servers. The profile holds them as given.</source>
            <translation>mailfix-cli: Hinweis: Diese Einstellungen sind nicht bestätigt: Die Prüfung hat keinen Fehler gefunden, sich aber nicht an beiden Servern angemeldet. Das Profil enthält sie wie angegeben.</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: no check was run (set MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD to check them first). The profile holds them as given.</source>
            <translation>mailfix-cli: Hinweis: Diese Einstellungen sind nicht bestätigt: Es wurde keine Prüfung ausgeführt (setzen Sie MAILFIX_INCOMING_PASSWORD und MAILFIX_OUTGOING_PASSWORD, um sie zuerst zu prüfen). Das Profil enthält sie wie angegeben.</translation>
        </message>
        <message>
            <source>--ca-file %1: no such file or not readable</source>
            <translation>--ca-file %1: Datei nicht gefunden oder nicht lesbar</translation>
        </message>
        <message>
            <source>--ca-file %1: no certificate in it</source>
            <translation>--ca-file %1: kein Zertifikat darin</translation>
        </message>
        <message>
            <source>Finds the mail settings that work from the email address alone and says what to change on the phone.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD.</source>
            <translation>Findet die funktionierenden Mail-Einstellungen allein anhand der E-Mail-Adresse und sagt, was auf dem iPhone zu ändern ist.
Passwörter kommen nur aus MAILFIX_INCOMING_PASSWORD und MAILFIX_OUTGOING_PASSWORD.</translation>
        </message>
        <message>
            <source>Read the phone&apos;s settings from a JSON file.</source>
            <translation>Die Einstellungen des iPhones aus einer JSON-Datei lesen.</translation>
        </message>
        <message>
            <source>Account &gt; Email (required).</source>
            <translation>Account &gt; E-Mail (erforderlich).</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming host now.</source>
            <translation>Hostname (eintreffend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming port now.</source>
            <translation>Port (eintreffend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming Use SSL now.</source>
            <translation>SSL verwenden (eintreffend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>Incoming user name.</source>
            <translation>Benutzername (eintreffend).</translation>
        </message>
        <message>
            <source>Primary Server on or off.</source>
            <translation>Primärer Server: on oder off.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing host now.</source>
            <translation>Hostname (ausgehend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing port now.</source>
            <translation>Port (ausgehend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing Use SSL now.</source>
            <translation>SSL verwenden (ausgehend), wie derzeit auf dem iPhone.</translation>
        </message>
        <message>
            <source>Outgoing user name.</source>
            <translation>Benutzername (ausgehend).</translation>
        </message>
        <message>
            <source>iOS version for the wording.</source>
            <translation>iOS-Version für die Formulierungen.</translation>
        </message>
        <message>
            <source>text (default) or json.</source>
            <translation>text (Standard) oder json.</translation>
        </message>
        <message>
            <source>Accept this certificate (SHA-256, repeatable).</source>
            <translation>Dieses Zertifikat akzeptieren (SHA-256, wiederholbar).</translation>
        </message>
        <message>
            <source>Do not ask the public ISPDB.</source>
            <translation>Die öffentliche ISPDB nicht abfragen.</translation>
        </message>
        <message>
            <source>Base URL of an ISPDB mirror; URL + DOMAIN is fetched.</source>
            <translation>Basis-URL eines ISPDB-Spiegels; URL + DOMAIN wird abgerufen.</translation>
        </message>
        <message>
            <source>Language of the output.</source>
            <translation>Sprache der Ausgabe.</translation>
        </message>
        <message>
            <source>This help.</source>
            <translation>Diese Hilfe.</translation>
        </message>
        <message>
            <source> (see mailfix-cli suggest --help)</source>
            <translation> (siehe mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli suggest --help)</source>
            <translation>unerwartetes Argument „%1“ (siehe mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4, not &apos;%1&apos;</source>
            <translation>--ios muss eine iOS-Version wie 17.4 sein, nicht „%1“</translation>
        </message>
        <message>
            <source>suggest needs --email ADDRESS (or an account.email in --settings)</source>
            <translation>suggest braucht --email ADDRESS (oder ein account.email in --settings)</translation>
        </message>
        <message>
            <source>--email: &apos;%1&apos; is not an email address</source>
            <translation>--email: „%1“ ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits), not &apos;%1&apos;</source>
            <translation>--accept-certificate braucht einen SHA-256-Fingerabdruck (64 Hexadezimalziffern), nicht „%1“</translation>
        </message>
        <message>
            <source>--ispdb-url must be an https:// URL, not &apos;%1&apos;</source>
            <translation>--ispdb-url muss eine https://-URL sein, nicht „%1“</translation>
        </message>
        <message>
            <source>
Exit status:
  0  no error finding (check), settings found (suggest), profile written (profile)
  1  at least one error finding (check; in a batch: in any account, or a broken line);
     suggest: no working incoming and outgoing server found
  2  bad usage or bad input: one line on stderr, nothing else done
  3  internal failure, or the check was cut short
</source>
            <translation>
Exit-Status:
  0  kein Fehlerbefund (check), Einstellungen gefunden (suggest), Profil geschrieben (profile)
  1  mindestens ein Fehlerbefund (check; im Batch: bei irgendeinem Account oder eine defekte Zeile);
     suggest: kein funktionierender Server für eintreffende und ausgehende E-Mails gefunden
  2  falsche Verwendung oder ungültige Eingabe: eine Zeile auf stderr, sonst nichts ausgeführt
  3  interner Fehler oder die Prüfung wurde vorzeitig beendet
</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>nicht signiert</translation>
        </message>
</context>
<context>
        <name>mailfix::AlertPage</name>
        <message>
            <source>What does the phone say?</source>
            <translation>Was meldet das iPhone?</translation>
        </message>
        <message>
            <source>Ask the customer to read out the alert on the phone. Picking it tells which settings to ask for first.</source>
            <translation>Bitten Sie den Kunden, die Meldung auf dem iPhone vorzulesen. Die Auswahl zeigt, nach welchen Einstellungen Sie zuerst fragen sollten.</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>iPhone-Sprache des Kunden</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to: the alerts, labels and fix steps follow it</source>
            <translation>Die Sprache, auf die das iPhone des Kunden eingestellt ist: Meldungen, Bezeichnungen und Schritte zur Behebung richten sich danach</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>iPhone-&amp;Sprache des Kunden:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Fenstersprache</translation>
        </message>
        <message>
            <source>The language of Mailfix&apos;s own window (yours)</source>
            <translation>Die Sprache des Mailfix-Fensters (Ihre)</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>&amp;Fenstersprache:</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>Die Fenstersprache ändert sich beim nächsten Start von Mailfix.</translation>
        </message>
        <message>
            <source>The phone &amp;says:</source>
            <translation>Das iPhone &amp;meldet:</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Was das iPhone meldet</translation>
        </message>
        <message>
            <source>Up and Down choose the alert the customer reads out; Enter picks it</source>
            <translation>Pfeil nach oben und unten wählen die Meldung, die der Kunde vorliest; Eingabe übernimmt sie</translation>
        </message>
        <message>
            <source>I don&apos;t know / something else: go to the settings</source>
            <translation>Weiß nicht / etwas anderes: weiter zu den Einstellungen</translation>
        </message>
</context>
<context>
        <name>mailfix::CheckContext</name>
        <message>
            <source>[transcript truncated at %1 bytes]</source>
            <translation>[Protokoll nach %1 Byte abgeschnitten]</translation>
        </message>
</context>
<context>
        <name>mailfix::DialogConsentProvider</name>
        <message>
            <source>Names:</source>
            <translation>Namen:</translation>
        </message>
        <message>
            <source>Issued by:</source>
            <translation>Ausgestellt von:</translation>
        </message>
        <message>
            <source>Valid from:</source>
            <translation>Gültig ab:</translation>
        </message>
        <message>
            <source>Valid until:</source>
            <translation>Gültig bis:</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <source>Accept it only if you know this certificate is the server&apos;s own (compare the fingerprint with your provider). Otherwise the password could go to someone else.</source>
            <translation>Akzeptieren Sie es nur, wenn Sie wissen, dass dieses Zertifikat wirklich zum Server gehört (vergleichen Sie den Fingerabdruck mit den Angaben Ihres Anbieters). Andernfalls könnte das Passwort an jemand anderen gehen.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <translation>Identität des Servers kann nicht überprüft werden</translation>
        </message>
        <message>
            <source>The identity of &lt;b&gt;%1&lt;/b&gt; (port %2) cannot be verified.</source>
            <translation>Die Identität von &lt;b&gt;%1&lt;/b&gt; (Port %2) kann nicht überprüft werden.</translation>
        </message>
        <message>
            <source>Do not send the password</source>
            <translation>Passwort nicht senden</translation>
        </message>
        <message>
            <source>Password Without Encryption</source>
            <translation>Passwort ohne Verschlüsselung</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (port %2) offers no encryption. Logging in would send the password readable by anyone on the network.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (Port %2) bietet keine Verschlüsselung an. Bei der Anmeldung würde das Passwort für jeden im Netzwerk lesbar übertragen.</translation>
        </message>
        <message>
            <source>The phone should use SSL for this server. Send the password unencrypted only on a network you trust, for this one test.</source>
            <translation>Das iPhone sollte für diesen Server SSL verwenden. Senden Sie das Passwort nur in einem vertrauenswürdigen Netzwerk und nur für diesen einen Test unverschlüsselt.</translation>
        </message>
        <message>
            <source>Send it unencrypted once</source>
            <translation>Einmal unverschlüsselt senden</translation>
        </message>
        <message>
            <source>Trust this certificate until Mailfix closes</source>
            <translation>Diesem Zertifikat vertrauen, bis Mailfix beendet wird</translation>
        </message>
</context>
<context>
        <name>mailfix::DiscoveryDialog</name>
        <message>
            <source>&amp;Apply and Check</source>
            <translation>&amp;Übernehmen und prüfen</translation>
        </message>
        <message>
            <source>Find the settings that work</source>
            <translation>Funktionierende Einstellungen finden</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>SSL</source>
            <translation>SSL</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Gefunden über</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Servers tried</source>
            <translation>Getestete Server</translation>
        </message>
        <message>
            <source>Looking up %1: provider data, DNS (SRV, MX), the domain&apos;s autoconfig, the ISPDB and the usual server names; every server found is checked live…</source>
            <translation>Suche für %1: Anbieterdaten, DNS (SRV, MX), Autoconfig der Domain, ISPDB und übliche Servernamen; jeder gefundene Server wird live geprüft …</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Eintreffend</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>wird geprüft …</translation>
        </message>
        <message>
            <source>No working server was found (%1 ms). What was tried is listed below.</source>
            <translation>Kein funktionierender Server gefunden (%1 ms). Was versucht wurde, steht unten.</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right (%1 ms).</source>
            <translation>Die Einstellungen auf dem iPhone stimmen bereits (%1 ms).</translation>
        </message>
        <message>
            <source>Found in %1 ms. Change these fields on the phone, or apply them here and check:</source>
            <translation>Gefunden in %1 ms. Ändern Sie diese Felder auf dem iPhone oder übernehmen Sie sie hier und prüfen Sie:</translation>
        </message>
        <message>
            <source>%1: server and SSL mode found; the login was not tried (no password).</source>
            <translation>%1: Server und SSL-Modus gefunden; die Anmeldung wurde nicht versucht (kein Passwort).</translation>
        </message>
</context>
<context>
        <name>mailfix::FieldRow</name>
        <message>
            <source>%1 status</source>
            <translation>Status von %1</translation>
        </message>
        <message>
            <source>%1 problem</source>
            <translation>Problem bei %1</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>noch nicht geprüft</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>wird geprüft</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>not verified: the login was not tried</source>
            <translation>nicht bestätigt: Die Anmeldung wurde nicht versucht</translation>
        </message>
        <message>
            <source>Ask the customer for this first</source>
            <translation>Zuerst beim Kunden erfragen</translation>
        </message>
</context>
<context>
        <name>mailfix::FindingCard</name>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Change &lt;b&gt;%1&lt;/b&gt; in %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; ändern unter %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Fix steps</source>
            <translation>Schritte zur Behebung</translation>
        </message>
        <message>
            <source>The phone says: &lt;i&gt;%1&lt;/i&gt;</source>
            <translation>Das iPhone meldet: &lt;i&gt;%1&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Show the evidence</source>
            <translation>Belege zeigen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Hide the evidence</source>
            <translation>Belege ausblenden</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>%1 bearbeiten</translation>
        </message>
        <message>
            <source>selected, shown on the phone picture</source>
            <translation>ausgewählt, auf dem iPhone-Bild gezeigt</translation>
        </message>
</context>
<context>
        <name>mailfix::FormPage</name>
        <message>
            <source>Where to find this screen on the phone</source>
            <translation>Wo diese Seite auf dem iPhone zu finden ist</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Auf dem iPhone: %1</translation>
        </message>
        <message>
            <source>What to ask the customer first</source>
            <translation>Was Sie den Kunden zuerst fragen sollten</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapProbe</name>
        <message>
            <source>Garbled response</source>
            <translation>Unverständliche Antwort</translation>
        </message>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>Der Server bietet auf Port %1 kein STARTTLS an</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>Authentifizierung steht auf Ohne</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Benutzername oder Passwort leer</translation>
        </message>
        <message>
            <source>The server disables login before TLS</source>
            <translation>Der Server sperrt die Anmeldung vor TLS</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Der Server bietet %1 an</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 wird angeboten, aber nicht getestet</translation>
        </message>
        <message>
            <source>Unexpected continuation request</source>
            <translation>Unerwartete Fortsetzungsanforderung</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Angemeldet mit %1</translation>
        </message>
        <message>
            <source>Not asked: LOGIN after TLS needs no capability list</source>
            <translation>Nicht abgefragt: LOGIN nach TLS braucht keine Capability-Liste</translation>
        </message>
        <message>
            <source>A control character that IMAP cannot carry</source>
            <translation>Ein Steuerzeichen, das IMAP nicht übertragen kann</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which IMAP cannot carry: nothing was sent</source>
            <translation>Das Feld %1 enthält ein NUL-Zeichen, das IMAP nicht übertragen kann: Es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>The server offers no login that Mailfix can use</source>
            <translation>Der Server bietet keine Anmeldung an, die Mailfix verwenden kann</translation>
        </message>
        <message>
            <source>The IMAP Path Prefix holds a line break or NUL, which IMAP cannot carry: it was not tried</source>
            <translation>Das IMAP-Pfad-Präfix enthält einen Zeilenumbruch oder ein NUL-Zeichen, das IMAP nicht übertragen kann: Es wurde nicht verwendet</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapWatcher</name>
        <message>
            <source>not an IMAP response: %1</source>
            <translation>keine IMAP-Antwort: %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>der Server hat die Verbindung abgelehnt: %1</translation>
        </message>
        <message>
            <source>the server ended the session: %1</source>
            <translation>der Server hat die Sitzung beendet: %1</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS abgelehnt: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>die Anmeldung wurde abgelehnt: %1</translation>
        </message>
        <message>
            <source>INBOX cannot be opened: %1</source>
            <translation>INBOX kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>the server cannot search INBOX: %1</source>
            <translation>der Server kann INBOX nicht durchsuchen: %1</translation>
        </message>
        <message>
            <source>the test message could not be flagged for deletion: %1</source>
            <translation>die Testnachricht konnte nicht zum Löschen markiert werden: %1</translation>
        </message>
        <message>
            <source>the test message is flagged as deleted; the server has no UID EXPUNGE, so it was not expunged (that would remove other deleted messages too)</source>
            <translation>die Testnachricht ist als gelöscht markiert; der Server hat kein UID EXPUNGE, daher wurde sie nicht endgültig entfernt (das würde auch andere gelöschte Nachrichten entfernen)</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>die Testnachricht wurde gelöscht</translation>
        </message>
        <message>
            <source>UID EXPUNGE failed: %1</source>
            <translation>UID EXPUNGE fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>es wurde kein Passwort für eintreffende E-Mails angegeben</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>das Passwort darf nicht an diesen Server gesendet werden (Zertifikat oder Verschlüsselung nicht akzeptiert)</translation>
        </message>
        <message>
            <source>the password cannot be sent with IMAP LOGIN</source>
            <translation>das Passwort kann nicht mit IMAP LOGIN gesendet werden</translation>
        </message>
</context>
<context>
        <name>mailfix::MailfixWizard</name>
        <message>
            <source>Mailfix — iPhone Mail Settings Check</source>
            <translation>Mailfix — Mail-Einstellungen des iPhones prüfen</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Prüfen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Check these settings against the servers (Ctrl+Return)</source>
            <translation>Diese Einstellungen an den Servern prüfen (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>Account Type</source>
            <translation>Account-Typ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Which iOS does the phone run, and what kind of account is it?</source>
            <translation>Welches iOS läuft auf dem iPhone, und welche Art Account ist es?</translation>
        </message>
        <message>
            <source>The version shown in Settings &gt; General &gt; About on the phone</source>
            <translation>Die Version, die auf dem iPhone unter Einstellungen &gt; Allgemein &gt; Info angezeigt wird</translation>
        </message>
        <message>
            <source>Find it on the phone in Settings &gt; General &gt; About (iOS Version, on older phones Software Version). The paths and labels below follow that version.</source>
            <translation>Zu finden auf dem iPhone unter Einstellungen &gt; Allgemein &gt; Info (iOS-Version, auf älteren Geräten Softwareversion). Pfade und Bezeichnungen richten sich nach dieser Version.</translation>
        </message>
        <message>
            <source>IMAP or POP, as chosen when the account was added</source>
            <translation>IMAP oder POP, wie beim Hinzufügen des Accounts gewählt</translation>
        </message>
        <message>
            <source>The Account screen&apos;s heading says IMAP or POP ("IMAP ACCOUNT INFORMATION").</source>
            <translation>Die Überschrift der Account-Seite nennt IMAP oder POP („IMAP-ACCOUNT-INFORMATIONEN“).</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>The top of the account&apos;s screen on the phone.</source>
            <translation>Der obere Teil der Account-Seite auf dem iPhone.</translation>
        </message>
        <message>
            <source>John Appleseed</source>
            <comment>iOS placeholder</comment>
            <translation>Max Mustermann</translation>
        </message>
        <message>
            <source>The name shown as sender</source>
            <translation>Der als Absender angezeigte Name</translation>
        </message>
        <message>
            <source>example@example.com</source>
            <translation>name@example.com</translation>
        </message>
        <message>
            <source>The email address of the account</source>
            <translation>Die E-Mail-Adresse des Accounts</translation>
        </message>
        <message>
            <source>My Email Account</source>
            <comment>iOS placeholder</comment>
            <translation>Mein E-Mail-Account</translation>
        </message>
        <message>
            <source>The account&apos;s name in the phone&apos;s list of accounts</source>
            <translation>Der Name des Accounts in der Account-Liste des iPhones</translation>
        </message>
        <message>
            <source>Incoming Mail Server</source>
            <translation>Server für eintreffende E-Mails</translation>
        </message>
        <message>
            <source>On the Account screen, under Incoming Mail Server.</source>
            <translation>Auf der Account-Seite unter „Server für eintreffende E-Mails“.</translation>
        </message>
        <message>
            <source>mail.example.com</source>
            <translation>z. B. mail.example.com</translation>
        </message>
        <message>
            <source>Incoming mail server host name, without https:// or a port</source>
            <translation>Hostname des Servers für eintreffende E-Mails, ohne https:// und ohne Port</translation>
        </message>
        <message>
            <source>Incoming mail server user name</source>
            <translation>Benutzername für den Server für eintreffende E-Mails</translation>
        </message>
        <message>
            <source>Incoming mail server password; used for this check only, never stored</source>
            <translation>Passwort für den Server für eintreffende E-Mails; nur für diese Prüfung verwendet, nie gespeichert</translation>
        </message>
        <message>
            <source>Outgoing Mail Server</source>
            <translation>Server für ausgehende E-Mails</translation>
        </message>
        <message>
            <source>Account &gt; Outgoing Mail Server &gt; SMTP &gt; Primary Server.</source>
            <translation>Account &gt; Server für ausgehende E-Mails &gt; SMTP &gt; Primärer Server.</translation>
        </message>
        <message>
            <source>Whether the primary SMTP server is switched on</source>
            <translation>Ob der primäre SMTP-Server eingeschaltet ist</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>z. B. smtp.example.com</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) server host name</source>
            <translation>Hostname des Servers für ausgehende E-Mails (SMTP)</translation>
        </message>
        <message>
            <source>Outgoing server user name; the phone shows it as Optional</source>
            <translation>Benutzername für den Server für ausgehende E-Mails; das iPhone zeigt ihn als Optional</translation>
        </message>
        <message>
            <source>Outgoing server password; the phone shows it as Optional; never stored</source>
            <translation>Passwort für den Server für ausgehende E-Mails; das iPhone zeigt es als Optional; nie gespeichert</translation>
        </message>
        <message>
            <source>Use SSL for the outgoing server</source>
            <translation>SSL für den Server für ausgehende E-Mails verwenden</translation>
        </message>
        <message>
            <source>How the phone logs in to the outgoing server</source>
            <translation>Wie sich das iPhone beim Server für ausgehende E-Mails anmeldet</translation>
        </message>
        <message>
            <source>Outgoing server port number</source>
            <translation>Portnummer des Servers für ausgehende E-Mails</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Erweitert</translation>
        </message>
        <message>
            <source>At the bottom of the Account screen: Advanced.</source>
            <translation>Unten auf der Account-Seite: Erweitert.</translation>
        </message>
        <message>
            <source>Use SSL for the incoming server; changes the default port</source>
            <translation>SSL für den Server für eintreffende E-Mails verwenden; ändert den Standardport</translation>
        </message>
        <message>
            <source>How the phone logs in to the incoming server</source>
            <translation>Wie sich das iPhone beim Server für eintreffende E-Mails anmeldet</translation>
        </message>
        <message>
            <source>IMAP Path Prefix; usually empty. A stray value here gives an empty mailbox</source>
            <translation>IMAP-Pfad-Präfix; meist leer. Ein falscher Wert hier führt zu einem leeren Postfach</translation>
        </message>
        <message>
            <source>Incoming server port number</source>
            <translation>Portnummer des Servers für eintreffende E-Mails</translation>
        </message>
        <message>
            <source>Enter the iOS version as shown in Settings &gt; General &gt; About, e.g. 17.4.</source>
            <translation>Geben Sie die iOS-Version so ein, wie sie unter Einstellungen &gt; Allgemein &gt; Info angezeigt wird, z. B. 17.4.</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>Meinten Sie %1?</translation>
        </message>
        <message>
            <source>Fix these first: %1</source>
            <translation>Zuerst korrigieren: %1</translation>
        </message>
        <message>
            <source>Fix the marked fields first: nothing was sent to any server.</source>
            <translation>Bitte zuerst die markierten Felder korrigieren: Es wurde nichts an einen Server gesendet.</translation>
        </message>
        <message>
            <source>Only the outgoing server was checked again; the incoming results are from the previous check.</source>
            <translation>Nur der Server für ausgehende E-Mails wurde erneut geprüft; die Ergebnisse für eintreffende E-Mails stammen aus der vorherigen Prüfung.</translation>
        </message>
        <message>
            <source>Only the incoming server was checked again; the outgoing results are from the previous check.</source>
            <translation>Nur der Server für eintreffende E-Mails wurde erneut geprüft; die Ergebnisse für ausgehende E-Mails stammen aus der vorherigen Prüfung.</translation>
        </message>
        <message>
            <source>There is no report yet: run the check first.</source>
            <translation>Es gibt noch keinen Bericht: Führen Sie zuerst die Prüfung aus.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>HTML-Dateien (*.html *.htm)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Textdateien (*.txt)</translation>
        </message>
        <message>
            <source>Save Report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>Report saved to %1 (without passwords).</source>
            <translation>Bericht gespeichert unter %1 (ohne Passwörter).</translation>
        </message>
        <message>
            <source>About Mailfix</source>
            <translation>Über Mailfix</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Checks an iPhone&apos;s mail account settings against the real mail servers and shows what to change on the phone, screen by screen.&lt;/p&gt;&lt;p&gt;Fill in the settings as they are on the phone, then press &lt;b&gt;Check&lt;/b&gt; (Ctrl+Return). On the results, Ctrl+C copies the report. Passwords are used for the check only: they are never stored and never appear in a report.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Prüft die Mail-Account-Einstellungen eines iPhones an den echten Mail-Servern und zeigt Seite für Seite, was auf dem iPhone zu ändern ist.&lt;/p&gt;&lt;p&gt;Tragen Sie die Einstellungen so ein, wie sie auf dem iPhone stehen, und klicken Sie dann auf &lt;b&gt;Prüfen&lt;/b&gt; (Strg+Eingabe). Bei den Ergebnissen kopiert Strg+C den Bericht. Passwörter werden nur für die Prüfung verwendet: Sie werden nie gespeichert und erscheinen nie in einem Bericht.&lt;/p&gt;&lt;p&gt;Lizenz: GNU GPL Version 3 oder höher.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>S&amp;chließen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Alt+%1</source>
            <translation>Alt+%1</translation>
        </message>
        <message>
            <source>Ne&amp;w Customer</source>
            <translation>&amp;Neuer Kunde</translation>
        </message>
        <message>
            <source>Clear everything for the next caller (Ctrl+Shift+N)</source>
            <translation>Alles für den nächsten Anrufer leeren (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>&amp;Recent Checks</source>
            <translation>Letzte P&amp;rüfungen</translation>
        </message>
        <message>
            <source>Reopen the settings of an earlier caller (never with passwords)</source>
            <translation>Die Einstellungen eines früheren Anrufers wieder öffnen (nie mit Passwörtern)</translation>
        </message>
        <message>
            <source>No checks yet</source>
            <translation>Noch keine Prüfungen</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(keine E-Mail)</translation>
        </message>
        <message>
            <source>Find my settings</source>
            <translation>Einstellungen finden</translation>
        </message>
        <message>
            <source>Finds the servers that work from the email address (and the passwords, if typed)</source>
            <translation>Sucht anhand der E-Mail-Adresse (und der Passwörter, falls eingegeben) die Server, die funktionieren</translation>
        </message>
        <message>
            <source>The fix steps were copied as an e-mail reply.</source>
            <translation>Die Schritte zur Behebung wurden als E-Mail-Antwort kopiert.</translation>
        </message>
        <message>
            <source>F&amp;ind working settings</source>
            <translation>Funktionierende Einstellungen f&amp;inden</translation>
        </message>
        <message>
            <source>Quit Mailfix</source>
            <translation>Mailfix beenden</translation>
        </message>
        <message>
            <source>Quit Mailfix? The settings typed for %1 are offered again at the next start (without passwords); the results are closed.</source>
            <translation>Mailfix beenden? Die für %1 eingegebenen Einstellungen werden beim nächsten Start wieder angeboten (ohne Passwörter); die Ergebnisse werden geschlossen.</translation>
        </message>
        <message>
            <source>this caller</source>
            <translation>diesen Anrufer</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller which iOS the phone runs (Settings &amp;gt; General &amp;gt; About) and whether the account is IMAP or POP. The labels and paths on every page follow that version.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Fragen Sie den Anrufer, welches iOS auf dem iPhone läuft (Einstellungen &amp;gt; Allgemein &amp;gt; Info) und ob der Account IMAP oder POP ist. Bezeichnungen und Pfade auf allen Seiten richten sich nach dieser Version.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Type the account&apos;s Email as the phone shows it. The Name and Description do not change whether mail works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Geben Sie die E-Mail des Accounts so ein, wie das iPhone sie anzeigt. Name und Beschreibung haben keinen Einfluss darauf, ob E-Mails funktionieren.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Incoming Mail Server: Host Name, User Name and Password. Leave the Host Name empty when the caller only has trouble sending: that side is then not checked.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Der Server für eintreffende E-Mails: Hostname, Benutzername und Passwort. Lassen Sie den Hostnamen leer, wenn der Anrufer nur beim Senden Probleme hat: Dieser Teil wird dann nicht geprüft.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Outgoing Mail Server (SMTP &amp;gt; Primary Server). An empty User Name is allowed on the phone; the check tells whether the server needs one. Leave the Host Name empty when only receiving fails.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Der Server für ausgehende E-Mails (SMTP &amp;gt; Primärer Server). Ein leerer Benutzername ist auf dem iPhone erlaubt; die Prüfung zeigt, ob der Server einen braucht. Lassen Sie den Hostnamen leer, wenn nur der Empfang fehlschlägt.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Use SSL, Authentication, the IMAP Path Prefix and the Server Port of the incoming server. Switching Use SSL moves a default port to the new default, as on the phone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;SSL verwenden, Authentifizierung, IMAP-Pfad-Präfix und Server-Port des Servers für eintreffende E-Mails. Wird SSL verwenden umgeschaltet, wechselt ein Standardport wie auf dem iPhone zum neuen Standardport.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The findings are ordered by what stops mail first. Up and Down move between them; the picture shows the phone&apos;s screen of the selected one. Enter checks again; Ctrl+C copies the summary; the report fields go into the saved report&apos;s name.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die Befunde sind danach geordnet, was E-Mails zuerst verhindert. Mit Pfeil nach oben und unten wechseln Sie zwischen ihnen; das Bild zeigt die iPhone-Seite des ausgewählten Befunds. Eingabe prüft erneut; Strg+C kopiert die Zusammenfassung; die Berichtsfelder gehen in den Namen des gespeicherten Berichts ein.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;Keys&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6: go to a page. Ctrl+Return: check. Esc: stop a running check (it never closes the window). Alt+W: new customer. Alt+R: recent checks. F1: this help.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;Tasten&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6: eine Seite aufrufen. Strg+Eingabe: prüfen. Esc: eine laufende Prüfung abbrechen (schließt nie das Fenster). Alt+N: neuer Kunde. Alt+R: letzte Prüfungen. F1: diese Hilfe.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;About&lt;/h4&gt;&lt;p&gt;Mailfix %1 checks an iPhone&apos;s mail settings against the real servers. Passwords are used for the check only: never stored, never in a report. License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;Über&lt;/h4&gt;&lt;p&gt;Mailfix %1 prüft die Mail-Einstellungen eines iPhones an den echten Servern. Passwörter werden nur für die Prüfung verwendet: nie gespeichert, nie in einem Bericht. Lizenz: GNU GPL Version 3 oder höher.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Help: %1</source>
            <translation>Hilfe: %1</translation>
        </message>
        <message>
            <source>The incoming server was not checked: no Host Name was given for it.</source>
            <translation>Der Server für eintreffende E-Mails wurde nicht geprüft: Dafür wurde kein Hostname angegeben.</translation>
        </message>
        <message>
            <source>The outgoing server was not checked: no Host Name was given for it.</source>
            <translation>Der Server für ausgehende E-Mails wurde nicht geprüft: Dafür wurde kein Hostname angegeben.</translation>
        </message>
        <message>
            <source>The summary was copied to the clipboard (without passwords).</source>
            <translation>Die Zusammenfassung wurde in die Zwischenablage kopiert (ohne Passwörter).</translation>
        </message>
        <message>
            <source>What the phone says page</source>
            <translation>Seite „Was das iPhone meldet“</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Was das iPhone meldet</translation>
        </message>
        <message>
            <source>Languages…</source>
            <translation>Sprachen …</translation>
        </message>
        <message>
            <source>The window&apos;s language and the customer&apos;s phone language (Ctrl+Shift+L)</source>
            <translation>Die Sprache des Fensters und die iPhone-Sprache des Kunden (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller to read out the alert on the phone and pick it (Up, Down, Enter): the pages then say which settings to ask for first, and the findings about that alert come first. "I don&apos;t know" goes on to the settings. The alerts follow the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Bitten Sie den Anrufer, die Meldung auf dem iPhone vorzulesen, und wählen Sie sie aus (Pfeil nach oben, Pfeil nach unten, Eingabe): Die Seiten zeigen dann, nach welchen Einstellungen Sie zuerst fragen sollten, und die Befunde zu dieser Meldung stehen oben. „Weiß nicht“ führt weiter zu den Einstellungen. Die Meldungen richten sich nach der iPhone-Sprache des Kunden.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Alt+0: What does the phone say? Ctrl+Shift+L: the window&apos;s and the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Alt+0: Was meldet das iPhone? Strg+Umschalt+L: die Sprache des Fensters und die iPhone-Sprache des Kunden.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The phone says “%1”. Ask first: %2</source>
            <translation>Das iPhone meldet „%1“. Zuerst fragen: %2</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>iPhone-Sprache des Kunden</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>iPhone-&amp;Sprache des Kunden:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Fenstersprache</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>&amp;Fenstersprache:</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>Die Fenstersprache ändert sich beim nächsten Start von Mailfix.</translation>
        </message>
        <message>
            <source>; then </source>
            <comment>between the groups of fields to ask first</comment>
            <translation>; dann </translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneHandover</name>
        <message>
            <source>Send to &amp;Phone…</source>
            <translation>An i&amp;Phone senden …</translation>
        </message>
        <message>
            <source>Roun&amp;d trip: send a test message to myself</source>
            <translation>Sen&amp;de- und Empfangstest: Testnachricht an mich selbst senden</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone; offered once a check has verified them</source>
            <translation>Diese Einstellungen als Profil für das iPhone speichern; verfügbar, sobald eine Prüfung sie bestätigt hat</translation>
        </message>
        <message>
            <source>After a passing check, send one short message from this account to itself and wait until it arrives (at most a minute); Mailfix deletes it again</source>
            <translation>Nach einer bestandenen Prüfung eine kurze Nachricht von diesem Account an sich selbst senden und warten, bis sie ankommt (höchstens eine Minute); Mailfix löscht sie wieder</translation>
        </message>
        <message>
            <source>Round trip: the test message arrived after %1 s.</source>
            <translation>Sende- und Empfangstest: Die Testnachricht kam nach %1 s an.</translation>
        </message>
        <message>
            <source>Round trip failed: see the findings.</source>
            <translation>Sende- und Empfangstest fehlgeschlagen: siehe Befunde.</translation>
        </message>
        <message>
            <source>Round trip not done: %1</source>
            <translation>Sende- und Empfangstest nicht durchgeführt: %1</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone</source>
            <translation>Diese Einstellungen als Profil für das iPhone speichern</translation>
        </message>
        <message>
            <source>Offered once a check has verified the settings: %1</source>
            <translation>Verfügbar, sobald eine Prüfung die Einstellungen bestätigt hat: %1</translation>
        </message>
        <message>
            <source>Round trip: sending a test message and waiting for it…</source>
            <translation>Sende- und Empfangstest: Testnachricht wird gesendet, warte auf Eingang …</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneProfileDialog</name>
        <message>
            <source>Settings &gt; General &gt; VPN &amp; Device Management</source>
            <translation>Einstellungen &gt; Allgemein &gt; VPN und Geräteverwaltung</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles &amp; Device Management (or just Profiles)</source>
            <translation>Einstellungen &gt; Allgemein &gt; Profile &amp; Geräteverwaltung (oder nur Profile)</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles</source>
            <translation>Einstellungen &gt; Allgemein &gt; Profile</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Im &amp;Ordner zeigen</translation>
        </message>
        <message>
            <source>Send These Settings to the Phone</source>
            <translation>Diese Einstellungen an das iPhone senden</translation>
        </message>
        <message>
            <source>&lt;b&gt;This is a %1 account.&lt;/b&gt; On the iPhone it belongs under Add Account &amp;gt; %1, which signs in the way %1 requires. A profile can only set it up as a plain account with a password, which %1 no longer accepts for most accounts.</source>
            <translation>&lt;b&gt;Dies ist ein %1-Account.&lt;/b&gt; Auf dem iPhone gehört er unter Account hinzufügen &amp;gt; %1; dort erfolgt die Anmeldung so, wie %1 es verlangt. Ein Profil kann ihn nur als einfachen Account mit Passwort einrichten, was %1 bei den meisten Accounts nicht mehr akzeptiert.</translation>
        </message>
        <message>
            <source>&amp;Save Profile…</source>
            <translation>Profil &amp;speichern …</translation>
        </message>
        <message>
            <source>&lt;p&gt;Mailfix writes the settings for &lt;b&gt;%1&lt;/b&gt; into a configuration profile, a file ending in &lt;i&gt;.mobileconfig&lt;/i&gt;. It holds no password: the phone asks for it while installing.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Save the profile.&lt;/li&gt;&lt;li&gt;Get it onto the iPhone: send it by &lt;b&gt;AirDrop&lt;/b&gt; from a Mac, &lt;b&gt;e-mail&lt;/b&gt; it to an address the phone already receives and tap the attachment, or put it on a web page and open that in &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;The phone says "Profile Downloaded". Within about 8 minutes, open &lt;b&gt;%2&lt;/b&gt;, tap the profile, tap Install and type the password when asked. Only one downloaded profile waits at a time; a later one replaces it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Installing it again later replaces this account&apos;s earlier profile instead of adding a second account.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mailfix schreibt die Einstellungen für &lt;b&gt;%1&lt;/b&gt; in ein Konfigurationsprofil, eine Datei mit der Endung &lt;i&gt;.mobileconfig&lt;/i&gt;. Es enthält kein Passwort: Das iPhone fragt bei der Installation danach.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Speichern Sie das Profil.&lt;/li&gt;&lt;li&gt;Bringen Sie es auf das iPhone: Senden Sie es per &lt;b&gt;AirDrop&lt;/b&gt; von einem Mac, schicken Sie es per &lt;b&gt;E-Mail&lt;/b&gt; an eine Adresse, die das iPhone bereits empfängt, und tippen Sie auf den Anhang, oder legen Sie es auf eine Webseite und öffnen Sie diese in &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Das iPhone meldet „Profil geladen“. Öffnen Sie innerhalb von etwa 8 Minuten &lt;b&gt;%2&lt;/b&gt;, tippen Sie auf das Profil und auf Installieren und geben Sie das Passwort ein, wenn danach gefragt wird. Es wartet immer nur ein geladenes Profil; ein späteres ersetzt es.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Wird es später erneut installiert, ersetzt es das frühere Profil dieses Accounts, statt einen zweiten Account hinzuzufügen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>Das Profil wurde nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written (%2)</source>
            <translation>%1 kann nicht geschrieben werden (%2)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Gespeichert als %1</translation>
        </message>
        <message>
            <source>Save Profile</source>
            <translation>Profil speichern</translation>
        </message>
        <message>
            <source>Configuration profiles (*.mobileconfig)</source>
            <translation>Konfigurationsprofile (*.mobileconfig)</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneScreenView</name>
        <message>
            <source>Picture of the phone screen to change</source>
            <translation>Bild der zu ändernden iPhone-Seite</translation>
        </message>
        <message>
            <source>%1, change: %2</source>
            <translation>%1, ändern: %2</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
</context>
<context>
        <name>mailfix::Pop3Probe</name>
        <message>
            <source>Garbled reply</source>
            <translation>Unverständliche Antwort</translation>
        </message>
        <message>
            <source>Unexpected continuation</source>
            <translation>Unerwartete Fortsetzung</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Angemeldet mit %1</translation>
        </message>
        <message>
            <source>CAPA not supported</source>
            <translation>CAPA nicht unterstützt</translation>
        </message>
        <message>
            <source>The server offers no STLS on port %1</source>
            <translation>Der Server bietet auf Port %1 kein STLS an</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Benutzername oder Passwort leer</translation>
        </message>
        <message>
            <source>The server allows login only after STLS</source>
            <translation>Der Server erlaubt die Anmeldung erst nach STLS</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 wird angeboten, aber nicht getestet</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Der Server bietet %1 an</translation>
        </message>
        <message>
            <source>The CAPA list has more than %1 lines</source>
            <translation>Die CAPA-Liste hat mehr als %1 Zeilen</translation>
        </message>
        <message>
            <source>Endless capability list</source>
            <translation>Endlose Capability-Liste</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>Der Server hat immer weitere Anmeldedaten verlangt</translation>
        </message>
        <message>
            <source>A character POP3 cannot carry</source>
            <translation>Ein Zeichen, das POP3 nicht übertragen kann</translation>
        </message>
        <message>
            <source>The user name holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>Der Benutzername enthält einen Zeilenumbruch oder ein Steuerzeichen, das POP3 nicht übertragen kann: Es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>The password holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>Das Passwort enthält einen Zeilenumbruch oder ein Steuerzeichen, das POP3 nicht übertragen kann: Es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>the server answered only USER of a pipelined group: sending PASS alone</source>
            <translation>der Server hat nur auf USER einer Pipelining-Gruppe geantwortet: PASS wird einzeln gesendet</translation>
        </message>
</context>
<context>
        <name>mailfix::Pop3Watcher</name>
        <message>
            <source>the server&apos;s listing has no end</source>
            <translation>die Liste des Servers hat kein Ende</translation>
        </message>
        <message>
            <source>not a POP3 reply: %1</source>
            <translation>keine POP3-Antwort: %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>der Server hat die Verbindung abgelehnt: %1</translation>
        </message>
        <message>
            <source>STLS refused: %1</source>
            <translation>STLS abgelehnt: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>die Anmeldung wurde abgelehnt: %1</translation>
        </message>
        <message>
            <source>STAT failed: %1</source>
            <translation>STAT fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>die Testnachricht wurde gelöscht</translation>
        </message>
        <message>
            <source>the server did not confirm the deletion: %1</source>
            <translation>der Server hat das Löschen nicht bestätigt: %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>es wurde kein Passwort für eintreffende E-Mails angegeben</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>das Passwort darf nicht an diesen Server gesendet werden (Zertifikat oder Verschlüsselung nicht akzeptiert)</translation>
        </message>
</context>
<context>
        <name>mailfix::ProbeBase</name>
        <message>
            <source>Another service answers on port %1 (%2)</source>
            <translation>Auf Port %1 antwortet ein anderer Dienst (%2)</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 in %3 ms</source>
            <translation>Mit %1 Port %2 in %3 ms verbunden</translation>
        </message>
        <message>
            <source>No plain-text greeting: this port expects SSL from the first byte</source>
            <translation>Keine Begrüßung im Klartext: Dieser Port erwartet SSL ab dem ersten Byte</translation>
        </message>
        <message>
            <source>%1, certificate valid for %2</source>
            <translation>%1, Zertifikat gültig für %2</translation>
        </message>
        <message>
            <source>Plain-text data injected before TLS</source>
            <translation>Vor TLS eingeschleuste Klartextdaten</translation>
        </message>
        <message>
            <source>The server sent more than %1 bytes</source>
            <translation>Der Server hat mehr als %1 Byte gesendet</translation>
        </message>
        <message>
            <source>Too much data from the server</source>
            <translation>Zu viele Daten vom Server</translation>
        </message>
        <message>
            <source>The server announced a literal of %1 bytes</source>
            <translation>Der Server hat ein Literal von %1 Byte angekündigt</translation>
        </message>
        <message>
            <source>Oversized literal</source>
            <translation>Übergroßes Literal</translation>
        </message>
        <message>
            <source>A line longer than %1 bytes without an end</source>
            <translation>Eine Zeile von mehr als %1 Byte ohne Ende</translation>
        </message>
        <message>
            <source>Endless line from the server</source>
            <translation>Endlose Zeile vom Server</translation>
        </message>
        <message>
            <source>The server closed the connection during the TLS handshake</source>
            <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
        </message>
        <message>
            <source>Connection closed by the server</source>
            <translation>Verbindung vom Server geschlossen</translation>
        </message>
        <message numerus="yes">
            <source>No answer within %n second(s)</source>
            <translation>
                <numerusform>Keine Antwort innerhalb von %n Sekunde</numerusform>
                <numerusform>Keine Antwort innerhalb von %n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Use SSL is off</source>
            <translation>SSL verwenden ist aus</translation>
        </message>
        <message>
            <source>Connected to %1 port %2</source>
            <translation>Mit %1 Port %2 verbunden</translation>
        </message>
        <message>
            <source>Not tried: the certificate was not accepted</source>
            <translation>Nicht versucht: Das Zertifikat wurde nicht akzeptiert</translation>
        </message>
        <message>
            <source>Not tried: the password would travel unencrypted</source>
            <translation>Nicht versucht: Das Passwort würde unverschlüsselt übertragen</translation>
        </message>
        <message>
            <source>connecting to %1 port %2%3</source>
            <translation>Verbindungsaufbau zu %1 Port %2%3</translation>
        </message>
        <message>
            <source> (TLS from the first byte)</source>
            <translation> (TLS ab dem ersten Byte)</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>mit %1 Port %2 verbunden</translation>
        </message>
        <message>
            <source>no greeting yet: trying TLS from the first byte on a second connection</source>
            <translation>noch keine Begrüßung: TLS ab dem ersten Byte wird über eine zweite Verbindung versucht</translation>
        </message>
        <message>
            <source>the port does not speak TLS from the first byte either</source>
            <translation>auch TLS ab dem ersten Byte spricht der Port nicht</translation>
        </message>
        <message>
            <source>TLS from the first byte works on port %1</source>
            <translation>TLS ab dem ersten Byte funktioniert auf Port %1</translation>
        </message>
        <message>
            <source>TLS failed: looking at what port %1 says without TLS</source>
            <translation>TLS fehlgeschlagen: Es wird geprüft, was Port %1 ohne TLS sendet</translation>
        </message>
        <message>
            <source>%1 %2; certificate for %3, issued by %4, valid %5 to %6</source>
            <translation>%1 %2; Zertifikat für %3, ausgestellt von %4, gültig von %5 bis %6</translation>
        </message>
        <message>
            <source>starting TLS</source>
            <translation>TLS wird gestartet</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>der Server hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>no goodbye from the server: closing the connection</source>
            <translation>keine Verabschiedung vom Server: Die Verbindung wird geschlossen</translation>
        </message>
        <message>
            <source>certificate %1 accepted by the user</source>
            <translation>Zertifikat %1 vom Benutzer akzeptiert</translation>
        </message>
        <message>
            <source>sending the login without encryption: allowed by the user</source>
            <translation>die Anmeldung wird unverschlüsselt gesendet: vom Benutzer erlaubt</translation>
        </message>
</context>
<context>
        <name>mailfix::ReadAloudView</name>
        <message>
            <source>&amp;Previous Step</source>
            <translation>&amp;Vorheriger Schritt</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Erledigt</translation>
        </message>
        <message>
            <source>E&amp;xit Read-Aloud (Esc)</source>
            <translation>Vorlesemodus ver&amp;lassen (Esc)</translation>
        </message>
        <message>
            <source>Read-aloud mode</source>
            <translation>Vorlesemodus</translation>
        </message>
        <message>
            <source>Re-check</source>
            <translation>Erneute Prüfung</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Zurück zum vorherigen Schritt</translation>
        </message>
        <message>
            <source>Back to the previous step (Backspace)</source>
            <translation>Zurück zum vorherigen Schritt (Rücktaste)</translation>
        </message>
        <message>
            <source>This step is done: on to the next (Enter or Space)</source>
            <translation>Dieser Schritt ist erledigt: weiter zum nächsten (Eingabe oder Leertaste)</translation>
        </message>
        <message>
            <source>Field: %1 — %2</source>
            <translation>Feld: %1 — %2</translation>
        </message>
        <message>
            <source>The check was stopped. The steps for %1 follow again.</source>
            <translation>Die Prüfung wurde abgebrochen. Die Schritte für %1 folgen erneut.</translation>
        </message>
        <message>
            <source>%1 was checked again: something is still wrong. Its steps follow.</source>
            <translation>%1 wurde erneut geprüft: Es stimmt noch etwas nicht. Die Schritte dazu folgen.</translation>
        </message>
        <message>
            <source>%1 was checked again: nothing left to change there.</source>
            <translation>%1 wurde erneut geprüft: Dort ist nichts mehr zu ändern.</translation>
        </message>
        <message>
            <source>Checking the settings again…</source>
            <translation>Die Einstellungen werden erneut geprüft …</translation>
        </message>
        <message>
            <source>Checking %1 again…</source>
            <translation>%1 wird erneut geprüft …</translation>
        </message>
        <message>
            <source>One moment: the check runs with the settings in the form.</source>
            <translation>Einen Moment: Die Prüfung läuft mit den Einstellungen im Formular.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>Auf dem iPhone ist nichts zu ändern.</translation>
        </message>
        <message>
            <source>All steps are done.</source>
            <translation>Alle Schritte sind erledigt.</translation>
        </message>
        <message>
            <source>Leave read-aloud mode with Esc.</source>
            <translation>Verlassen Sie den Vorlesemodus mit Esc.</translation>
        </message>
        <message>
            <source>%1 · problem %2 of %3</source>
            <translation>%1 · Problem %2 von %3</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
</context>
<context>
        <name>mailfix::ResultsPage</name>
        <message>
            <source>Cancel Check</source>
            <translation>Prüfung abbrechen</translation>
        </message>
        <message>
            <source>&amp;Save Report</source>
            <translation>Bericht &amp;speichern</translation>
        </message>
        <message>
            <source>Check &amp; Results</source>
            <translation>Prüfung &amp; Ergebnis</translation>
        </message>
        <message>
            <source>Check status</source>
            <translation>Prüfstatus</translation>
        </message>
        <message>
            <source>Press Check (Ctrl+Return) to test the settings against the servers.</source>
            <translation>„Prüfen“ (Strg+Eingabe) testet die Einstellungen an den Servern.</translation>
        </message>
        <message>
            <source>Check progress</source>
            <translation>Fortschritt der Prüfung</translation>
        </message>
        <message>
            <source>Stop the check now (Esc)</source>
            <translation>Prüfung jetzt abbrechen (Esc)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Check steps</source>
            <translation>Prüfschritte</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>Be&amp;funde</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>Schri&amp;tte</translation>
        </message>
        <message>
            <source>As &amp;Text…</source>
            <translation>Als &amp;Text …</translation>
        </message>
        <message>
            <source>As &amp;HTML…</source>
            <translation>Als &amp;HTML …</translation>
        </message>
        <message>
            <source>As &amp;PDF…</source>
            <translation>Als &amp;PDF …</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Eintreffend</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>host name</source>
            <translation>Hostname</translation>
        </message>
        <message>
            <source>connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>SSL</source>
            <translation>SSL</translation>
        </message>
        <message>
            <source>greeting</source>
            <translation>Begrüßung</translation>
        </message>
        <message>
            <source>capabilities</source>
            <translation>Fähigkeiten</translation>
        </message>
        <message>
            <source>login</source>
            <translation>Anmeldung</translation>
        </message>
        <message>
            <source>sender</source>
            <translation>Absender</translation>
        </message>
        <message>
            <source>relay</source>
            <translation>Relay</translation>
        </message>
        <message>
            <source>Checking the settings against the servers…</source>
            <translation>Die Einstellungen werden an den Servern geprüft …</translation>
        </message>
        <message>
            <source>Incoming Mail Server (%1)</source>
            <translation>Server für eintreffende E-Mails (%1)</translation>
        </message>
        <message>
            <source>Outgoing Mail Server (SMTP)</source>
            <translation>Server für ausgehende E-Mails (SMTP)</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartet</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>wird geprüft</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>in Ordnung</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>%1 (skipped)</source>
            <translation>%1 (übersprungen)</translation>
        </message>
        <message>
            <source>Check finished in %1 s.</source>
            <translation>Prüfung nach %1 s beendet.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>Auf dem iPhone ist nichts zu ändern.</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Auf dem iPhone: %1</translation>
        </message>
        <message>
            <source>C&amp;opy Report</source>
            <translation>Bericht k&amp;opieren</translation>
        </message>
        <message>
            <source>Copy Fix Steps as &amp;E-mail Reply</source>
            <translation>Schritte als E-Mail-&amp;Antwort kopieren</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>K&amp;unde:</translation>
        </message>
        <message>
            <source>Tic&amp;ket:</source>
            <translation>Tic&amp;ket:</translation>
        </message>
        <message>
            <source>A&amp;gent:</source>
            <translation>&amp;Mitarbeiter:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Goes into the report and its file name; optional</source>
            <translation>Erscheint im Bericht und in seinem Dateinamen; optional</translation>
        </message>
        <message>
            <source>Copy the summary and the fix steps to the clipboard, without passwords (Ctrl+C)</source>
            <translation>Die Zusammenfassung und die Schritte zur Behebung in die Zwischenablage kopieren, ohne Passwörter (Strg+C)</translation>
        </message>
        <message>
            <source>Copy the fix steps as a reply to the customer&apos;s e-mail</source>
            <translation>Die Schritte zur Behebung als Antwort auf die E-Mail des Kunden kopieren</translation>
        </message>
        <message>
            <source>Round trip: test message sent and received</source>
            <translation>Sende- und Empfangstest: Testnachricht gesendet und empfangen</translation>
        </message>
        <message>
            <source>Round Trip (send and receive)</source>
            <translation>Sende- und Empfangstest</translation>
        </message>
        <message>
            <source>Read Fi&amp;x Steps Aloud</source>
            <translation>Schritte &amp;vorlesen</translation>
        </message>
        <message>
            <source>The fix steps one at a time in large type, to read out to the customer</source>
            <translation>Die Schritte zur Behebung einzeln in großer Schrift, zum Vorlesen für den Kunden</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTrip</name>
        <message>
            <source>the check was cancelled</source>
            <translation>die Prüfung wurde abgebrochen</translation>
        </message>
        <message>
            <source>the check found errors: mail cannot make the trip until they are fixed</source>
            <translation>die Prüfung hat Fehler gefunden: Solange sie nicht behoben sind, kann die Nachricht nicht hin und zurück gelangen</translation>
        </message>
        <message>
            <source>the round trip needs both the incoming and the outgoing server</source>
            <translation>der Sende- und Empfangstest braucht sowohl den Server für eintreffende als auch den für ausgehende E-Mails</translation>
        </message>
        <message>
            <source>the login to the incoming server was not verified (no password, or not tried)</source>
            <translation>die Anmeldung am Server für eintreffende E-Mails wurde nicht bestätigt (kein Passwort oder nicht versucht)</translation>
        </message>
        <message>
            <source>the login to the outgoing server was not verified (no password, or not tried)</source>
            <translation>die Anmeldung am Server für ausgehende E-Mails wurde nicht bestätigt (kein Passwort oder nicht versucht)</translation>
        </message>
        <message>
            <source>The message arrived, but: %1</source>
            <translation>Die Nachricht ist angekommen, aber: %1</translation>
        </message>
        <message>
            <source>The incoming server could not be watched: %1</source>
            <translation>Der Server für eintreffende E-Mails konnte nicht überwacht werden: %1</translation>
        </message>
        <message>
            <source>The test message could not be sent: %1</source>
            <translation>Die Testnachricht konnte nicht gesendet werden: %1</translation>
        </message>
        <message>
            <source>The outgoing server refused the test message</source>
            <translation>Der Server für ausgehende E-Mails hat die Testnachricht abgelehnt</translation>
        </message>
        <message>
            <source>The server accepted the login but refused the message itself. Its reply says why: ask the mail provider about it, quoting the reply.</source>
            <translation>Der Server hat die Anmeldung akzeptiert, aber die Nachricht selbst abgelehnt. Seine Antwort nennt den Grund: Fragen Sie den Mail-Anbieter danach und zitieren Sie die Antwort.</translation>
        </message>
        <message>
            <source>Until then, messages from the phone will be refused the same way.</source>
            <translation>Bis dahin werden Nachrichten vom iPhone auf die gleiche Weise abgelehnt.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Abgelehnt: %1</translation>
        </message>
        <message>
            <source>Arrived %1 s after the server took it</source>
            <translation>%1 s nach der Annahme durch den Server angekommen</translation>
        </message>
        <message>
            <source>Mail to this account arrives slowly</source>
            <translation>E-Mails an diesen Account kommen langsam an</translation>
        </message>
        <message>
            <source>The test message took %1 seconds from the outgoing server to the mailbox. Mail works, but a delay this long is worth asking the provider about.</source>
            <translation>Die Testnachricht brauchte %1 Sekunden vom Server für ausgehende E-Mails bis ins Postfach. E-Mails funktionieren, aber bei einer so langen Verzögerung lohnt sich eine Nachfrage beim Anbieter.</translation>
        </message>
        <message>
            <source>Delivered in %1 s; %2</source>
            <translation>Zugestellt in %1 s; %2</translation>
        </message>
        <message>
            <source>Delivered in %1 s; deleting it got no answer in time</source>
            <translation>Zugestellt in %1 s; auf das Löschen kam nicht rechtzeitig eine Antwort</translation>
        </message>
        <message>
            <source>Sent "%1"; the outgoing server said "%2"; not in the mailbox after %3 s</source>
            <translation>„%1“ gesendet; der Server für ausgehende E-Mails antwortete „%2“; nach %3 s nicht im Postfach</translation>
        </message>
        <message>
            <source>The test message was sent but never arrived</source>
            <translation>Die Testnachricht wurde gesendet, ist aber nie angekommen</translation>
        </message>
        <message>
            <source>The outgoing server took the message, but it did not reach this account&apos;s mailbox within %1 seconds.</source>
            <translation>Der Server für ausgehende E-Mails hat die Nachricht angenommen, aber sie ist nicht innerhalb von %1 Sekunden im Postfach dieses Accounts angekommen.</translation>
        </message>
        <message>
            <source>Look for it in the Junk folder; if it is not there, ask the mail provider, quoting the server&apos;s reply.</source>
            <translation>Suchen Sie sie im Ordner Werbung (Junk); ist sie dort nicht, fragen Sie den Mail-Anbieter und zitieren Sie die Antwort des Servers.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTripSession</name>
        <message>
            <source>no greeting in plain text: TLS from the first byte</source>
            <translation>keine Begrüßung im Klartext: TLS ab dem ersten Byte</translation>
        </message>
        <message>
            <source>no answer from %1:%2 within %3 s</source>
            <translation>keine Antwort von %1:%2 innerhalb von %3 s</translation>
        </message>
        <message>
            <source>%1 could not be resolved: %2</source>
            <translation>%1 konnte nicht aufgelöst werden: %2</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>mit %1 Port %2 verbunden</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>der Server hat die Verbindung geschlossen</translation>
        </message>
        <message>
            <source>%1 %2; certificate %3</source>
            <translation>%1 %2; Zertifikat %3</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>vertrauenswürdig</translation>
        </message>
        <message>
            <source>the server sent a line longer than %1 bytes</source>
            <translation>der Server hat eine Zeile von mehr als %1 Byte gesendet</translation>
        </message>
        <message>
            <source>no TLS from the first byte (%1): trying STARTTLS</source>
            <translation>kein TLS ab dem ersten Byte (%1): STARTTLS wird versucht</translation>
        </message>
</context>
<context>
        <name>mailfix::SessionStore</name>
        <message>
            <source>last session</source>
            <translation>letzte Sitzung</translation>
        </message>
        <message>
            <source>an unnamed account</source>
            <translation>ein unbenannter Account</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>früher</translation>
        </message>
        <message>
            <source>Choose No for a new caller. Passwords are never kept.</source>
            <translation>Wählen Sie Nein für einen neuen Anrufer. Passwörter werden nie gespeichert.</translation>
        </message>
        <message>
            <source>recent checks</source>
            <translation>letzte Prüfungen</translation>
        </message>
        <message>
            <source>Continue with the settings of %1, typed %2?</source>
            <translation>Mit den Einstellungen von %1 fortfahren (eingegeben: %2)?</translation>
        </message>
</context>
<context>
        <name>mailfix::SettingsFinder</name>
        <message>
            <source>the search&apos;s deadline passed</source>
            <translation>die Frist der Suche ist abgelaufen</translation>
        </message>
        <message>
            <source>"%1" is not an email address</source>
            <translation>„%1“ ist keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>no entry for %1</source>
            <translation>kein Eintrag für %1</translation>
        </message>
        <message>
            <source>%1 not offered</source>
            <translation>%1 nicht angeboten</translation>
        </message>
        <message>
            <source>run by %1</source>
            <translation>betrieben von %1</translation>
        </message>
        <message>
            <source>no MX records for %1</source>
            <translation>keine MX-Einträge für %1</translation>
        </message>
        <message>
            <source>not asked (--no-ispdb)</source>
            <translation>nicht abgefragt (--no-ispdb)</translation>
        </message>
        <message>
            <source>cut short: %1</source>
            <translation>vorzeitig beendet: %1</translation>
        </message>
        <message>
            <source>not needed: %1</source>
            <translation>nicht nötig: %1</translation>
        </message>
        <message>
            <source>a working server was found</source>
            <translation>ein funktionierender Server wurde gefunden</translation>
        </message>
        <message>
            <source>nothing left to try</source>
            <translation>nichts mehr zu versuchen</translation>
        </message>
        <message>
            <source>the search ended</source>
            <translation>die Suche wurde beendet</translation>
        </message>
        <message numerus="yes">
            <source>%n lookups had not answered when the search ended</source>
            <translation>
                <numerusform>%n Abfrage hatte bei Ende der Suche nicht geantwortet</numerusform>
                <numerusform>%n Abfragen hatten bei Ende der Suche nicht geantwortet</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2, the best of %3 tried)</source>
            <translation>%1 (%2, der beste von %3 versuchten)</translation>
        </message>
        <message>
            <source>no %1 server found for %2: no provider entry, SRV record, autoconfig or usual host name</source>
            <translation>kein Server für %1 für %2 gefunden: kein Anbietereintrag, SRV-Eintrag, Autoconfig oder üblicher Hostname</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>eintreffende E-Mails</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>ausgehende E-Mails</translation>
        </message>
        <message>
            <source>%1 names %2; what works: %3</source>
            <translation>%1 nennt %2; was funktioniert: %3</translation>
        </message>
        <message>
            <source>A published source names settings that do not work (%1)</source>
            <translation>Eine veröffentlichte Quelle nennt Einstellungen, die nicht funktionieren (%1)</translation>
        </message>
        <message>
            <source>Use the suggested settings; tell the domain&apos;s administrator that its %1 is out of date.</source>
            <translation>Verwenden Sie die vorgeschlagenen Einstellungen; teilen Sie dem Administrator der Domain mit, dass die Angaben in %1 veraltet sind.</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpProbe</name>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>Der Server bietet auf Port %1 kein STARTTLS an</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>Authentifizierung steht auf Ohne</translation>
        </message>
        <message>
            <source>No user name: the phone does not log in</source>
            <translation>Kein Benutzername: Das iPhone meldet sich nicht an</translation>
        </message>
        <message>
            <source>The server allows login only after STARTTLS</source>
            <translation>Der Server erlaubt die Anmeldung erst nach STARTTLS</translation>
        </message>
        <message>
            <source>The server offers no login on port %1</source>
            <translation>Der Server bietet auf Port %1 keine Anmeldung an</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Der Server bietet %1 an</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 wird angeboten, aber nicht getestet</translation>
        </message>
        <message>
            <source>No password entered</source>
            <translation>Kein Passwort eingegeben</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>Der Server hat immer weitere Anmeldedaten verlangt</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Angemeldet mit %1</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Nicht erreicht</translation>
        </message>
        <message>
            <source>A NUL character cannot be sent in a login</source>
            <translation>Ein NUL-Zeichen kann bei einer Anmeldung nicht gesendet werden</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which an SMTP login cannot carry: nothing was sent</source>
            <translation>Das Feld %1 enthält ein NUL-Zeichen, das eine SMTP-Anmeldung nicht übertragen kann: Es wurde nichts gesendet</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Not tried: the Email is not a valid address</source>
            <translation>Nicht versucht: Die E-Mail ist keine gültige Adresse</translation>
        </message>
        <message>
            <source>the server answered only the first commands of a pipelined group: sending the rest one at a time</source>
            <translation>der Server hat nur auf die ersten Befehle einer Pipelining-Gruppe geantwortet: Der Rest wird einzeln gesendet</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpSender</name>
        <message>
            <source>not an SMTP reply: %1 (%2)</source>
            <translation>keine SMTP-Antwort: %1 (%2)</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>der Server hat die Verbindung abgelehnt: %1</translation>
        </message>
        <message>
            <source>EHLO refused: %1</source>
            <translation>EHLO abgelehnt: %1</translation>
        </message>
        <message>
            <source>the server offers no STARTTLS</source>
            <translation>der Server bietet kein STARTTLS an</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS abgelehnt: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>die Anmeldung wurde abgelehnt: %1</translation>
        </message>
        <message>
            <source>(the test message, %1 bytes)</source>
            <translation>(die Testnachricht, %1 Byte)</translation>
        </message>
        <message>
            <source>no outgoing password was given</source>
            <translation>es wurde kein Passwort für ausgehende E-Mails angegeben</translation>
        </message>
        <message>
            <source>no login the round trip can use is offered (%1)</source>
            <translation>es wird keine Anmeldung angeboten, die der Sende- und Empfangstest verwenden kann (%1)</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>das Passwort darf nicht an diesen Server gesendet werden (Zertifikat oder Verschlüsselung nicht akzeptiert)</translation>
        </message>
</context>
</TS>
