<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Mailfix checks an iPhone's mail account settings against the real servers and shows what to change on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the settings from a JSON settings file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check at once and open on the results.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file as well as the system's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone's iOS version (default: the newest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailfix: %1 (try --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Passwords are never taken from the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them into the password fields.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailfix: unexpected argument '%1' (try --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailfix: cannot read the CA file '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailfix: '%1' is not an iOS version (e.g. 17 or 17.4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mailfix: bad --screenshot-page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FixCatalog</name>
    <message>
        <source>(no host name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <comment>iOS label</comment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Mail, Contacts, Calendars</source>
        <comment>iOS label</comment>
        <translation>Mail, Kontakte, Kalender</translation>
    </message>
    <message>
        <source>Mail</source>
        <comment>iOS label</comment>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <comment>iOS label</comment>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Accounts &amp; Passwords</source>
        <comment>iOS label</comment>
        <translation>Accounts &amp; Passwörter</translation>
    </message>
    <message>
        <source>Passwords &amp; Accounts</source>
        <comment>iOS label</comment>
        <translation>Passwörter &amp; Accounts</translation>
    </message>
    <message>
        <source>Apps</source>
        <comment>iOS label</comment>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Mail Accounts</source>
        <comment>iOS label</comment>
        <translation>Mail-Accounts</translation>
    </message>
    <message>
        <source>(account)</source>
        <extracomment>stands for the account's name in the phone's list of accounts</extracomment>
        <translation>(Account)</translation>
    </message>
    <message>
        <source>General</source>
        <comment>iOS label</comment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>About</source>
        <comment>iOS label</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>iOS label</comment>
        <translation>Account</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>iOS label</comment>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>SMTP</source>
        <comment>iOS label</comment>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>Primary Server</source>
        <comment>iOS label</comment>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>Open %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scroll down and tap Advanced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap SMTP under Outgoing Mail Server, then tap the Primary Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap SMTP under Outgoing Mail Server, then tap the Primary Server (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap Done and wait while the phone checks the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the Account screen and tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn off %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that %1 now shows %2; if not, enter %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make sure %1 is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter %1 in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter %1 (the same user name as for incoming mail) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your full email address (%1) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your full email address in %1 and your password in %2 (both say "Optional"), then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If mail stopped after moving to a new iPhone or restoring a backup, the password was probably not carried over: enter it again as above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you are not sure of the password, sign in to your provider's webmail with it; if that fails too, reset it there and enter the new one on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your full email address (%1) in %2 under Incoming Mail Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the app password in %1 under Incoming Mail Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the password in %1 under Incoming Mail Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap SMTP under Outgoing Mail Server, tap the Primary Server, enter the same password in %1 and tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the mail you need is still on the server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Account</source>
        <comment>iOS label</comment>
        <translation>Account hinzufügen</translation>
    </message>
    <message>
        <source>Open %1, choose Google and sign in with your Google account; nothing else is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or, instead of deleting the account: turn on 2-Step Verification at myaccount.google.com and create an app password at myaccount.google.com/apppasswords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1, choose Outlook.com (for a work or school account: Microsoft Exchange) and sign in with Microsoft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in at account.apple.com, open Sign-In and Security &gt; App-Specific Passwords and create a password for Mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your full iCloud email address as %1 for the outgoing server too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to %1 in a web browser, open the account's security settings and create an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or delete this account and add it again with %1 &gt; Yahoo!, which signs in without an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or delete this account and add it again with %1 &gt; Aol., which signs in without an app password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to %1 webmail in a web browser and open the mail settings for POP3 &amp; IMAP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on "POP3 und IMAP Zugriff erlauben" (allow POP3 and IMAP access) and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again on the phone with your normal %1 password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to Zoho Mail in a web browser, open Settings &gt; Mail Accounts and turn on IMAP Access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If your Zoho account uses two-factor authentication, create an application-specific password in Zoho's security settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow %1's instructions for mail apps on the iPhone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your user name in %1 (with most providers, your full email address).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1: it is "%2", but most providers want the full email address (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1: it is "%2"; correct it if it is not your login name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the %1 and type it again (usually the same password as for incoming mail), then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the %1 under Incoming Mail Server and type it again carefully, then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter %1 in %2 under Incoming Mail Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the server name your provider gives in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1 (now "%2") letter by letter against the server name your provider gives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the date and time on the phone (Settings &gt; General &gt; Date &amp; Time: turn on Set Automatically) and on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone has no password for the incoming server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password in %1 under Incoming Mail Server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expect this once after moving to a new iPhone or restoring a backup: the phone does not always carry mail passwords over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server needs your user name and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Email field is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your full email address in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming mail server has no host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing mail server has no host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming mail server has no user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server port is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server port is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in %1 as your provider's instructions say.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server name "%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server name "%1" is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter only the server name in %1, like mail.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave out "https://", "@", ":" with a port number, slashes and spaces; the port belongs in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Email address is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In %1, enter your full address, like name@example.com: one @, no spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server names could not be looked up (no answer from DNS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that this computer is online: open any web page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again; if it keeps failing, restart the router or try another network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 accepts no connections on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 accepts no connections on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the name is right, the server may be down: try again later or ask your provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 does not answer on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 does not answer on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use port %1 instead of 25: port 25 is blocked on most mobile networks and many Wi-Fi networks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If mail works on one network but not on another, that network blocks the port: try mobile data or another Wi-Fi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached from this network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be reached from this network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again; if only this server stays unreachable, it or its network is down: ask your provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 on %2 answers with %3, not %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 on %2 is not a %3 port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the outgoing server's port here, not the incoming server's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the incoming server's port here, not the outgoing server's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 requires Use SSL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 requires Use SSL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 offers no encryption on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 offers no encryption on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your provider confirms this server has no encryption: turn off %1 (the password then travels unencrypted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your provider for the encrypted port of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter that port in %1 and leave %2 on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 needs Use SSL turned on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secure connection could be set up with %1 on port %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your provider or the server's administrator to update the server's encryption (TLS versions and ciphers); the details are below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password would travel unencrypted to the incoming server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password would travel unencrypted to the outgoing server %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 offered encryption but could not start it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 offered encryption but could not start it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the server belongs to your company, ask its administrator for a certificate from a public certificate authority, or install the company's root certificate on the phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After installing a root certificate profile, check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After installing a root certificate profile, turn it on under Settings &gt; General &gt; About &gt; Certificate Trust Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if the administrator confirms the SHA-256 fingerprint %1: accept the certificate when the phone shows "Cannot Verify Server Identity".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if the administrator confirms it is their certificate: accept it when the phone shows "Cannot Verify Server Identity".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 expired on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the date is right, the server's certificate must be renewed: tell your provider or the server's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is not valid yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is only valid from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If the date is right, the server's certificate was installed too early: tell your provider or the server's administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is for a different name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of %1 is for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is the name on the server's certificate; the server is the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask your provider which server name matches its certificate (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter that name in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server needs your user name and password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not accept the password for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not use your normal %1 password here; if you already use an app password, create a new one and type it exactly as shown, without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password for %1 is wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server does not accept "%1" as Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server does not accept "%1" as Authentication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap %1 and choose %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers only logins the phone cannot do (%1): ask your provider how to connect an iPhone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server allows no login on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server allows no login on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the submission port for sending: port 25 is for servers passing mail to each other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs an app-specific password or its own sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your provider's website, open the account's security settings and create an app password for Mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gmail needs Google sign-in or an app password, not your normal password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs Microsoft sign-in; passwords no longer work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iCloud needs an app-specific password, not your Apple Account password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail apps must first be allowed in your %1 account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs an app password, not your normal password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password logins are turned off for this Microsoft mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a work or school account, ask the administrator to allow authenticated SMTP, IMAP or POP for the mailbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logins to %1 are turned off for this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to your provider's webmail and turn on access for mail apps (IMAP, POP or SMTP) in the account settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If there is no such setting, ask your provider to enable %1 for your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the login for now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the login for now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait 15 minutes, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update or switch off other devices that use this account with an old password: their failed logins keep the block going.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other logins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server also offers %1, which Mailfix did not test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave %1 on %2 unless your provider asks for %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server is switched off on the phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turn on %1, then tap Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server refuses to send your mail because the phone does not log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also check %1: for your address it should be %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server won't send as this address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server won't send as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1: it must be the address that belongs to your login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check %1: it must be an address that belongs to the login %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To send as another address, use that address's own outgoing server, or ask your provider to allow it as a sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 turned away the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again in a few minutes; the server may be busy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it keeps happening, try from another network (mobile data instead of Wi-Fi): this network's address may be on a block list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If that does not help, send the server's reply below to your provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 asked to try again later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it still fails after an hour, send the server's reply below to your provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 sends mail for anyone, without a login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tell the server's administrator: an open relay is abused for spam and ends up on block lists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use your provider's outgoing server with a login: enter its name in %1, your user name and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an endless or oversized reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent an endless or oversized reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check that host name and port are right: another kind of server may be answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If they are right, send the details below to your provider: the server misbehaves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone on this network may be tampering with the mail connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone on this network may be tampering with the connection to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not use this network for mail: disconnect from this Wi-Fi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again from another network, for example mobile data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it happens on every network, the server itself is faulty: tell your provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 sent a notice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the server's notice below; it comes from the server, not from Mailfix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If it asks you to do something, check with your provider before you follow it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not tried on %1 because its certificate is not trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the certificate problem first, then run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you know this server and trust its certificate, accept the certificate in Mailfix and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was not tried on %1 because it would travel unencrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To test the password without encryption anyway, allow it for this server in Mailfix and run the check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP Path Prefix "%1" matches no folder on the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tap %1 and delete its contents, so it is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incoming server %1 accepted the connection on port %2 but said nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing server %1 accepted the connection on port %2 but said nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server may be overloaded: try again later, and ask your provider if it stays silent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iOS 11.0 cannot send mail through Microsoft's servers (fixed in iOS 11.0.1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iOS %1 has a known mail bug with this server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the Mail settings as they are: they are correct.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the phone: Settings &gt; General &gt; Software Update, then tap Download and Install.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After the update, send the message again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A problem was found (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare %1 with your provider's instructions and correct it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the account's settings with your provider's instructions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the check again; send the details below to your provider if it persists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Send Mail</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Get Mail</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the outgoing server "%1" failed.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server "%1" is not responding. Verify that you have entered the correct account info in Mail settings.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(recipient)</source>
        <extracomment>placeholder in the phone's alert when the recipient's address is not known</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <comment>iOS label</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>iOS Version</source>
        <comment>iOS label</comment>
        <translation>iOS-Version</translation>
    </message>
    <message>
        <source>Software Version</source>
        <comment>iOS label</comment>
        <translation>Softwareversion</translation>
    </message>
    <message>
        <source>IMAP Path Prefix</source>
        <comment>iOS label</comment>
        <translation>IMAP-Pfad-Präfix</translation>
    </message>
    <message>
        <source>IMAP / POP</source>
        <comment>iOS label</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <comment>iOS label</comment>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host Name</source>
        <comment>iOS label</comment>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>User Name</source>
        <comment>iOS label</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>iOS label</comment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Use SSL</source>
        <comment>iOS label</comment>
        <translation>SSL verwenden</translation>
    </message>
    <message>
        <source>Authentication</source>
        <comment>iOS label</comment>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Server Port</source>
        <comment>iOS label</comment>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>MD5 Challenge-Response</source>
        <comment>iOS label</comment>
        <translation>MD5 Challenge-Response</translation>
    </message>
    <message>
        <source>NTLM</source>
        <comment>iOS label</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP MD5 Digest</source>
        <comment>iOS label</comment>
        <translation>HTTP MD5 Digest</translation>
    </message>
    <message>
        <source>None</source>
        <comment>iOS label</comment>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>The recipient "%1" was rejected by the server because it does not allow relaying.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender address "%1" was rejected by the server.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(your address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message was rejected by the server.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Verify Server Identity</source>
        <comment>iOS alert</comment>
        <translation>Identität des Servers kann nicht überprüft werden</translation>
    </message>
    <message>
        <source>The identity of "%1" cannot be verified by Mail. …</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password provided for "%1". Please go to Mail Account Settings and enter a password.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name or password for "%1" is incorrect.</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the SSL setting for the outgoing server "%1".</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Connect Using SSL</source>
        <comment>iOS alert</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[exact wording unconfirmed: the phone offers to try without SSL]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Transcript (passwords removed):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailfix report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>1 error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: mail will not work until the errors are fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No errors (%1): these settings work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No problems found: these settings work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check was cut short, so it may have missed problems.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no email address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailfix %1 - mail settings check for %2 (iOS %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the phone: %1</source>
        <translation>Auf dem iPhone: %1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone says: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(checked in %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail settings check for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail settings check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account: %1 — iOS %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings checked</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>(set, not shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversation with the servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailfix %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mailfix::Checker</name>
    <message>
        <source>The %1 check did not finish in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>iOS 11.0 with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mailfix::DialogConsentProvider</name>
    <message>
        <source>Names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept it only if you know this certificate is the server's own (compare the fingerprint with your provider). Otherwise the password could go to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Verify Server Identity</source>
        <translation>Identität des Servers kann nicht überprüft werden</translation>
    </message>
    <message>
        <source>The identity of &lt;b&gt;%1&lt;/b&gt; (port %2) cannot be verified.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this certificate for this check</source>
        <translation>Diesem Zertifikat für diese Prüfung vertrauen</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone should use SSL for this server. Send the password unencrypted only on a network you trust, for this one test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send it unencrypted once</source>
        <translation>Einmal unverschlüsselt senden</translation>
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
</context>
<context>
    <name>mailfix::ImapProbe</name>
    <message>
        <source>Not an IMAP response: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Garbled response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server skipped login (PREAUTH) before TLS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected PREAUTH greeting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers no STARTTLS on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAPABILITY: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication is None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name or password empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server disables login before TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers %1; Mailfix cannot test this login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is offered but not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the certificate was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the password would travel unencrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was sent to port %1 without encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected continuation request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No folder matches the IMAP Path Prefix "%1"</source>
        <translation type="unfinished" />
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
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
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
        <source>Name</source>
        <comment>iOS label</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>iOS label</comment>
        <translation>Beschreibung</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find it on the phone in Settings &gt; General &gt; About (iOS Version, on older phones Software Version). The paths and labels below follow that version.</source>
        <translation>Zu finden auf dem iPhone unter Einstellungen &gt; Allgemein &gt; Info (iOS-Version, auf älteren Geräten Softwareversion). Pfade und Bezeichnungen richten sich nach dieser Version.</translation>
    </message>
    <message>
        <source>IMAP or POP, as chosen when the account was added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Account screen's heading says IMAP or POP ("IMAP ACCOUNT INFORMATION").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>The top of the account's screen on the phone.</source>
        <translation>Der obere Teil der Account-Seite auf dem iPhone.</translation>
    </message>
    <message>
        <source>Account Information</source>
        <comment>iOS label</comment>
        <translation>Account-Informationen</translation>
    </message>
    <message>
        <source>John Appleseed</source>
        <comment>iOS placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name shown as sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>example@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The email address of the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Email Account</source>
        <comment>iOS placeholder</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account's name in the phone's list of accounts</source>
        <translation type="unfinished" />
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
        <source>Incoming Mail Server</source>
        <comment>iOS label</comment>
        <translation>Server für eintreffende E-Mails</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail server host name, without https:// or a port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <comment>iOS placeholder</comment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Incoming mail server user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail server password; used for this check only, never stored</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing Mail Server</source>
        <comment>iOS label</comment>
        <translation>Server für ausgehende E-Mails</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing (SMTP) server host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <comment>iOS placeholder</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Outgoing server user name; the phone shows it as Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing server password; the phone shows it as Optional; never stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use SSL for the outgoing server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the phone logs in to the outgoing server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing server port number</source>
        <translation type="unfinished" />
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
        <source>Incoming Settings</source>
        <comment>iOS label</comment>
        <translation>Eintreffende Einstellungen</translation>
    </message>
    <message>
        <source>Use SSL for the incoming server; changes the default port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the phone logs in to the incoming server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IMAP Path Prefix; usually empty. A stray value here gives an empty mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming server port number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the iOS version as shown in Settings &gt; General &gt; About, e.g. 17.4.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the incoming server was checked again; the outgoing results are from the previous check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report was copied to the clipboard (without passwords).</source>
        <translation>Der Bericht wurde in die Zwischenablage kopiert (ohne Passwörter).</translation>
    </message>
    <message>
        <source>There is no report yet: run the check first.</source>
        <translation type="unfinished" />
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
        <source>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Checks an iPhone's mail account settings against the real mail servers and shows what to change on the phone, screen by screen.&lt;/p&gt;&lt;p&gt;Fill in the settings as they are on the phone, then press &lt;b&gt;Check&lt;/b&gt; (Ctrl+Return). On the results, Ctrl+C copies the report. Passwords are used for the check only: they are never stored and never appear in a report.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required</source>
        <comment>iOS placeholder</comment>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>iOS placeholder</comment>
        <translation>Optional</translation>
    </message>
    <message>
        <source>About</source>
        <comment>iOS label</comment>
        <translation>Info</translation>
    </message>
    <message>
        <source>General</source>
        <comment>iOS label</comment>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <comment>iOS label</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model Name</source>
        <comment>iOS label</comment>
        <translation>Modellname</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>iOS label</comment>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>iOS label</comment>
        <translation>Account</translation>
    </message>
    <message>
        <source>INCOMING SETTINGS</source>
        <comment>iOS label</comment>
        <translation>EINTREFFENDE EINSTELLUNGEN</translation>
    </message>
    <message>
        <source>Primary Server</source>
        <comment>iOS label</comment>
        <translation>Primärer Server</translation>
    </message>
    <message>
        <source>SMTP</source>
        <comment>iOS label</comment>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>OUTGOING MAIL SERVER</source>
        <comment>iOS label</comment>
        <translation>SERVER FÜR AUSGEHENDE E-MAILS</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>%1 ACCOUNT INFORMATION</source>
        <comment>iOS label</comment>
        <translation>%1-ACCOUNT-INFORMATIONEN</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>iOS label</comment>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>INCOMING MAIL SERVER</source>
        <comment>iOS label</comment>
        <translation>SERVER FÜR EINTREFFENDE E-MAILS</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>iOS label</comment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>mailfix::Pop3Probe</name>
    <message>
        <source>Not a POP3 reply: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Garbled reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexpected continuation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAPA not supported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers no STLS on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CAPA: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name or password empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server allows login only after STLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers %1; Mailfix cannot test this login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is offered but not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the certificate was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the password would travel unencrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was sent to port %1 without encryption</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mailfix::ProbeBase</name>
    <message>
        <source>Another service answers on port %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected to %1 port %2 in %3 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No plain-text greeting: this port expects SSL from the first byte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No greeting in plain text; a TLS handshake on port %1 succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, certificate valid for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate for %1, issued by %2, valid %3 to %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes arrived after the server's go-ahead for TLS and before encryption began</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain-text data injected before TLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent more than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too much data from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server announced a literal of %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oversized literal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A line longer than %1 bytes without an end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Endless line from the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server closed the connection during %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection closed by the server</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The name %1 could not be looked up in time</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No answer from %1 port %2 within %n second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to port %1, but the server said nothing within %n second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>The TLS handshake did not complete within %n second(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped answering after %1 (no reply within %n second(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Use SSL is off</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mailfix::ResultsPage</name>
    <message>
        <source>Cancel Check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
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
        <translation type="unfinished" />
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
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Copy the report to the clipboard, without passwords</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>capabilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>relay</source>
        <translation type="unfinished" />
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
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
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
</context>
<context>
    <name>mailfix::SessionStore</name>
    <message>
        <source>last session</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>mailfix::SmtpProbe</name>
    <message>
        <source>The server offers no STARTTLS on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EHLO lists: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication is None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No user name: the phone does not log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server allows login only after STARTTLS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EHLO before TLS lists no AUTH but offers STARTTLS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers no login on port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server offers %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server offers %1; Mailfix cannot test this login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is offered but not tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password was sent to port %1 without encryption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the certificate was not accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not tried: the password would travel unencrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server kept asking for more login data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logged in with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>mailfix: no PEM certificates in '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailfix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the settings from your last session?</source>
        <translation>Die Einstellungen der letzten Sitzung wiederherstellen?</translation>
    </message>
    <message>
        <source>Cannot Read the Settings File</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The settings file could not be used:
%1

Nothing was filled in from it.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>