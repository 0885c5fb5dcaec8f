<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
        <name>AutoconfigParser</name>
        <message>
            <source>the file declares a DTD (entities are never read)</source>
            <translation>le fichier déclare une DTD (les entités ne sont jamais lues)</translation>
        </message>
        <message>
            <source>the file uses an entity reference (&amp;%1;)</source>
            <translation>le fichier utilise une référence d&apos;entité (&amp;%1;)</translation>
        </message>
        <message>
            <source>not a clientConfig file (root element &lt;%1&gt;)</source>
            <translation>ce n&apos;est pas un fichier clientConfig (élément racine &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>malformed XML at line %1: %2</source>
            <translation>XML mal formé à la ligne %1 : %2</translation>
        </message>
        <message>
            <source>empty or not XML</source>
            <translation>vide ou pas du XML</translation>
        </message>
</context>
<context>
        <name>BoundedFile</name>
        <message>
            <source>no such file</source>
            <translation>fichier introuvable</translation>
        </message>
        <message>
            <source>is a folder, not a %1</source>
            <translation>est un dossier, pas un %1</translation>
        </message>
        <message>
            <source>is not a regular file (a named pipe, a device or a socket), not a %1</source>
            <translation>n&apos;est pas un fichier ordinaire (c&apos;est un tube nommé, un périphérique ou un socket), pas un %1</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>ne peut pas être lu (%1)</translation>
        </message>
        <message>
            <source>is larger than %1; a %2 is much smaller</source>
            <translation>dépasse %1 ; un %2 est bien plus petit</translation>
        </message>
</context>
<context>
        <name>CaFile</name>
        <message>
            <source>certificate file</source>
            <translation>fichier de certificats</translation>
        </message>
        <message>
            <source>%1: no certificate in it (expected PEM with "-----BEGIN CERTIFICATE-----")</source>
            <translation>%1 : aucun certificat dedans (PEM attendu, avec « -----BEGIN CERTIFICATE----- »)</translation>
        </message>
</context>
<context>
        <name>CommandLine</name>
        <message>
            <source>Mailfix checks an iPhone&apos;s mail account settings against the real servers and shows what to change on the phone.</source>
            <translation>Mailfix vérifie les réglages d&apos;un compte de messagerie d&apos;iPhone auprès des vrais serveurs et indique ce qu&apos;il faut modifier sur le téléphone.</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Afficher cette aide et quitter.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Afficher la version et quitter.</translation>
        </message>
        <message>
            <source>Fill in the settings from a JSON settings file.</source>
            <translation>Remplir les réglages à partir d&apos;un fichier de réglages JSON.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <source>Run the check at once and open on the results.</source>
            <translation>Lancer la vérification immédiatement et ouvrir les résultats.</translation>
        </message>
        <message>
            <source>Trust the CA certificates in this PEM file as well as the system&apos;s.</source>
            <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM en plus de ceux du système.</translation>
        </message>
        <message>
            <source>PEM</source>
            <translation>PEM</translation>
        </message>
        <message>
            <source>The phone&apos;s iOS version (default: the newest).</source>
            <translation>La version d&apos;iOS du téléphone (par défaut : la plus récente).</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSION</translation>
        </message>
        <message>
            <source>The language of the window and of the phone&apos;s words: en, de, fr or es (default: as chosen last, else the system&apos;s).</source>
            <translation>La langue de la fenêtre et des libellés du téléphone : en, de, fr ou es (par défaut : la dernière choisie, sinon celle du système).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>LANGUE</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to, when it differs: the fix steps and the phone&apos;s labels are then in this one.</source>
            <translation>La langue du téléphone du client, si elle est différente : les étapes de correction et les libellés du téléphone sont alors dans cette langue.</translation>
        </message>
        <message>
            <source>mailfix: %1 (try --help)</source>
            <translation>mailfix : %1 (essayez --help)</translation>
        </message>
        <message>
            <source>
Passwords are never taken from the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them into the password fields.
</source>
            <translation>
Les mots de passe ne sont jamais lus sur la ligne de commande : définissez MAILFIX_INCOMING_PASSWORD et
MAILFIX_OUTGOING_PASSWORD, ou saisissez-les dans les champs de mot de passe.
</translation>
        </message>
        <message>
            <source>mailfix: unexpected argument &apos;%1&apos; (try --help)</source>
            <translation>mailfix : argument inattendu « %1 » (essayez --help)</translation>
        </message>
        <message>
            <source>mailfix: &apos;%1&apos; is not an iOS version (e.g. 17 or 17.4)</source>
            <translation>mailfix : « %1 » n&apos;est pas une version d&apos;iOS (p. ex. 17 ou 17.4)</translation>
        </message>
        <message>
            <source>mailfix: --%1 must be one of %2, not &apos;%3&apos;</source>
            <translation>mailfix : --%1 doit être l&apos;une des valeurs %2, et non « %3 »</translation>
        </message>
        <message>
            <source>mailfix: bad --screenshot-page</source>
            <translation>mailfix : --screenshot-page incorrect</translation>
        </message>
</context>
<context>
        <name>CustomerMail</name>
        <message>
            <source>Hello,</source>
            <translation>Bonjour,</translation>
        </message>
        <message>
            <source>Hello %1,</source>
            <translation>Bonjour %1,</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers: they work, there is nothing to change on your iPhone.</source>
            <translation>Nous avons vérifié les réglages de messagerie de %1 auprès des serveurs de messagerie : ils fonctionnent, il n&apos;y a rien à modifier sur votre iPhone.</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers. Please change this on your iPhone:</source>
            <translation>Nous avons vérifié les réglages de messagerie de %1 auprès des serveurs de messagerie. Veuillez modifier ceci sur votre iPhone :</translation>
        </message>
        <message>
            <source>Kind regards</source>
            <translation>Cordialement</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Ticket : %1</translation>
        </message>
</context>
<context>
        <name>Diagnosis</name>
        <message>
            <source>iOS 11.0 with %1</source>
            <translation>iOS 11.0 avec %1</translation>
        </message>
        <message>
            <source> (answered after %1 s: the server slows down after failed logins)</source>
            <translation> (réponse après %1 s : le serveur ralentit après des échecs d&apos;identification)</translation>
        </message>
        <message>
            <source>The name %1 could not be looked up in time</source>
            <translation>Le nom %1 n&apos;a pas pu être résolu à temps</translation>
        </message>
        <message numerus="yes">
            <source>No answer from %1 port %2 within %n second(s)</source>
            <translation>
                <numerusform>Aucune réponse de %1 sur le port %2 en %n seconde</numerusform>
                <numerusform>Aucune réponse de %1 sur le port %2 en %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to port %1, but the server said nothing within %n second(s)</source>
            <translation>
                <numerusform>Connecté au port %1, mais le serveur n&apos;a rien envoyé en %n seconde</numerusform>
                <numerusform>Connecté au port %1, mais le serveur n&apos;a rien envoyé en %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The TLS handshake did not complete within %n second(s)</source>
            <translation>
                <numerusform>La négociation TLS ne s&apos;est pas terminée en %n seconde</numerusform>
                <numerusform>La négociation TLS ne s&apos;est pas terminée en %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the server stopped answering after %1 (no reply within %n second(s))</source>
            <translation>
                <numerusform>le serveur a cessé de répondre après %1 (aucune réponse en %n seconde)</numerusform>
                <numerusform>le serveur a cessé de répondre après %1 (aucune réponse en %n secondes)</numerusform>
            </translation>
        </message>
        <message>
            <source>then the server closed the connection</source>
            <translation>puis le serveur a fermé la connexion</translation>
        </message>
        <message>
            <source>The server closed the connection during %1</source>
            <translation>Le serveur a fermé la connexion pendant %1</translation>
        </message>
        <message>
            <source>then the connection was lost: %1</source>
            <translation>puis la connexion a été perdue : %1</translation>
        </message>
        <message>
            <source>then the server said goodbye: %1</source>
            <translation>puis le serveur a mis fin à la session : %1</translation>
        </message>
        <message>
            <source>Not a %1 reply: %2</source>
            <translation>Pas une réponse %1 : %2</translation>
        </message>
        <message>
            <source>No greeting in plain text; a TLS handshake on port %1 succeeded</source>
            <translation>Pas de message d&apos;accueil en clair ; une négociation TLS sur le port %1 a réussi</translation>
        </message>
        <message>
            <source>Port %1 answers in plain text, not TLS: %2</source>
            <translation>Le port %1 répond en clair, pas en TLS : %2</translation>
        </message>
        <message>
            <source>EHLO lists: %1</source>
            <translation>EHLO annonce : %1</translation>
        </message>
        <message>
            <source>CAPABILITY: %1</source>
            <translation>CAPABILITY : %1</translation>
        </message>
        <message>
            <source>CAPA: %1</source>
            <translation>CAPA : %1</translation>
        </message>
        <message>
            <source>%1 bytes arrived after the server&apos;s go-ahead for TLS and before encryption began</source>
            <translation>%1 octets sont arrivés après le feu vert du serveur pour TLS et avant le début du chiffrement</translation>
        </message>
        <message>
            <source>Certificate for %1, issued by %2, valid %3 to %4: %5</source>
            <translation>Certificat pour %1, émis par %2, valide du %3 au %4 : %5</translation>
        </message>
        <message>
            <source>The server skipped login (PREAUTH) before TLS: %1</source>
            <translation>Le serveur a sauté l&apos;identification (PREAUTH) avant TLS : %1</translation>
        </message>
        <message>
            <source>Unexpected PREAUTH greeting: %1</source>
            <translation>Message d&apos;accueil PREAUTH inattendu : %1</translation>
        </message>
        <message>
            <source>EHLO before TLS lists no AUTH but offers STARTTLS: %1</source>
            <translation>Avant TLS, EHLO n&apos;annonce aucun AUTH mais propose STARTTLS : %1</translation>
        </message>
        <message>
            <source>Server offers: %1</source>
            <translation>Le serveur propose : %1</translation>
        </message>
        <message>
            <source>Server offers %1; Mailfix cannot test this login</source>
            <translation>Le serveur propose %1 ; Mailfix ne peut pas tester cette identification</translation>
        </message>
        <message>
            <source>The password was sent to port %1 without encryption</source>
            <translation>Le mot de passe a été envoyé au port %1 sans chiffrement</translation>
        </message>
        <message>
            <source>No folder matches the IMAP Path Prefix "%1"</source>
            <translation>Aucun dossier ne correspond au Préfixe du chemin IMAP « %1 »</translation>
        </message>
        <message>
            <source>Cancelled by the user</source>
            <translation>Annulé par l&apos;utilisateur</translation>
        </message>
        <message>
            <source>%1 expected, the server answered: %2</source>
            <translation>%1 attendu, le serveur a répondu : %2</translation>
        </message>
</context>
<context>
        <name>DiscoveryWriter</name>
        <message>
            <source>On</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Outgoing (SMTP)</source>
            <translation>Envoi (SMTP)</translation>
        </message>
        <message>
            <source>Settings for %1 (searched in %2 ms)
</source>
            <translation>Réglages pour %1 (recherche en %2 ms)
</translation>
        </message>
        <message>
            <source>Incoming (POP)</source>
            <translation>Réception (POP)</translation>
        </message>
        <message>
            <source>Incoming (IMAP)</source>
            <translation>Réception (IMAP)</translation>
        </message>
        <message>
            <source>  %1: nothing found that works
</source>
            <translation>  %1 : rien trouvé qui fonctionne
</translation>
        </message>
        <message>
            <source>  %1: %2 port %3, Use SSL %4, user %5 — verified: %6
</source>
            <translation>  %1 : %2 port %3, Utiliser SSL : %4, utilisateur %5 — vérifié : %6
</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right.
</source>
            <translation>Les réglages du téléphone sont déjà corrects.
</translation>
        </message>
        <message>
            <source>
Change on the phone:
</source>
            <translation>
À modifier sur le téléphone :
</translation>
        </message>
        <message>
            <source>
Findings:
</source>
            <translation>
Constats :
</translation>
        </message>
        <message>
            <source>
What was tried:
</source>
            <translation>
Ce qui a été essayé :
</translation>
        </message>
        <message>
            <source>on</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>off</source>
            <translation>non</translation>
        </message>
        <message>
            <source>
Sources:
</source>
            <translation>
Sources :
</translation>
        </message>
        <message>
            <source>
Found working incoming and outgoing servers.
</source>
            <translation>
Des serveurs de réception et d&apos;envoi qui fonctionnent ont été trouvés.
</translation>
        </message>
        <message>
            <source>
Not both servers were found and verified.
</source>
            <translation>
Les deux serveurs n&apos;ont pas pu être trouvés et vérifiés.
</translation>
        </message>
</context>
<context>
        <name>FixCatalog</name>
        <message>
            <source>(no host name)</source>
            <translation>(pas de nom d&apos;hôte)</translation>
        </message>
        <message>
            <source>Open %1.</source>
            <translation>Ouvrez %1.</translation>
        </message>
        <message>
            <source>Scroll down and tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Advanced"</extracomment>
            <translation>Faites défiler vers le bas et touchez %1.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3.</source>
            <extracomment>%1, %2, %3 = the phone&apos;s "SMTP", "Outgoing Mail Server", "Primary Server"; %4 = its host name</extracomment>
            <translation>Touchez %1 sous %2, puis touchez %3.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3 (%4).</source>
            <translation>Touchez %1 sous %2, puis touchez %3 (%4).</translation>
        </message>
        <message>
            <source>Tap %1 and wait while the phone checks the account.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Touchez %1 et patientez pendant que le téléphone vérifie le compte.</translation>
        </message>
        <message>
            <source>Go back to the %1 screen and tap %2.</source>
            <extracomment>%1, %2 = the phone&apos;s "Account" and "Done"</extracomment>
            <translation>Revenez à l&apos;écran %1 et touchez %2.</translation>
        </message>
        <message>
            <source>Tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Touchez %1.</translation>
        </message>
        <message>
            <source>Turn on %1.</source>
            <translation>Activez %1.</translation>
        </message>
        <message>
            <source>Turn off %1.</source>
            <translation>Désactivez %1.</translation>
        </message>
        <message>
            <source>Check that %1 now shows %2; if not, enter %2.</source>
            <translation>Vérifiez que le champ %1 indique maintenant %2 ; sinon, saisissez %2.</translation>
        </message>
        <message>
            <source>Make sure %1 is %2.</source>
            <translation>Vérifiez que le champ %1 indique %2.</translation>
        </message>
        <message>
            <source>Enter %1 in %2.</source>
            <translation>Saisissez %1 dans le champ %2.</translation>
        </message>
        <message>
            <source>Enter %1 (the same user name as for incoming mail) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Saisissez %1 (le même nom d&apos;utilisateur que pour la réception) dans le champ %2 et votre mot de passe dans le champ %3 (les deux indiquent « Facultatif »), puis touchez OK.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Saisissez votre adresse e-mail complète (%1) dans le champ %2 et votre mot de passe dans le champ %3 (les deux indiquent « Facultatif »), puis touchez OK.</translation>
        </message>
        <message>
            <source>Enter your full email address in %1 and your password in %2 (both say "Optional"), then tap Done.</source>
            <translation>Saisissez votre adresse e-mail complète dans le champ %1 et votre mot de passe dans le champ %2 (les deux indiquent « Facultatif »), puis touchez OK.</translation>
        </message>
        <message>
            <source>Set %1 to %2.</source>
            <translation>Réglez %1 sur %2.</translation>
        </message>
        <message>
            <source>If mail stopped after moving to a new iPhone or restoring a backup, the password was probably not carried over: enter it again as above.</source>
            <translation>Si la messagerie ne fonctionne plus depuis le passage à un nouvel iPhone ou la restauration d&apos;une sauvegarde, le mot de passe n&apos;a probablement pas été transféré : saisissez-le à nouveau comme ci-dessus.</translation>
        </message>
        <message>
            <source>If you are not sure of the password, sign in to your provider&apos;s webmail with it; if that fails too, reset it there and enter the new one on the phone.</source>
            <translation>Si vous n&apos;êtes pas sûr du mot de passe, essayez-le sur le webmail de votre fournisseur ; si cela échoue aussi, réinitialisez-le là-bas et saisissez le nouveau sur le téléphone.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 under Incoming Mail Server.</source>
            <translation>Saisissez votre adresse e-mail complète (%1) dans le champ %2 sous Serveur de réception.</translation>
        </message>
        <message>
            <source>Enter the app password in %1 under Incoming Mail Server.</source>
            <translation>Saisissez le mot de passe d&apos;application dans le champ %1 sous Serveur de réception.</translation>
        </message>
        <message>
            <source>Enter the password in %1 under Incoming Mail Server.</source>
            <translation>Saisissez le mot de passe dans le champ %1 sous Serveur de réception.</translation>
        </message>
        <message>
            <source>Tap SMTP under Outgoing Mail Server, tap the Primary Server, enter the same password in %1 and tap Done.</source>
            <translation>Touchez SMTP sous Serveur d&apos;envoi, touchez Serveur principal, saisissez le même mot de passe dans le champ %1 et touchez OK.</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the mail you need is still on the server).</source>
            <translation>Ouvrez %1, touchez Supprimer le compte tout en bas et confirmez (POP : vérifiez d&apos;abord que les e-mails dont vous avez besoin sont toujours sur le serveur).</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).</source>
            <translation>Ouvrez %1, touchez Supprimer le compte tout en bas et confirmez (les e-mails restent sur le serveur).</translation>
        </message>
        <message>
            <source>Enter your user name in %1 (with most providers, your full email address).</source>
            <translation>Saisissez votre nom d&apos;utilisateur dans le champ %1 (chez la plupart des fournisseurs, c&apos;est votre adresse e-mail complète).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2", but most providers want the full email address (%3).</source>
            <translation>Vérifiez le champ %1 : il indique « %2 », mais la plupart des fournisseurs demandent l&apos;adresse e-mail complète (%3).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2"; correct it if it is not your login name.</source>
            <translation>Vérifiez le champ %1 : il indique « %2 » ; corrigez-le si ce n&apos;est pas votre identifiant.</translation>
        </message>
        <message>
            <source>Delete the %1 and type it again (usually the same password as for incoming mail), then tap Done.</source>
            <translation>Effacez le contenu du champ %1 et saisissez à nouveau le mot de passe (en général le même que pour la réception), puis touchez OK.</translation>
        </message>
        <message>
            <source>Delete the %1 under Incoming Mail Server and type it again carefully, then tap Done.</source>
            <translation>Effacez le contenu du champ %1 sous Serveur de réception et saisissez à nouveau le mot de passe avec soin, puis touchez OK.</translation>
        </message>
        <message>
            <source>Enter %1 in %2 under Incoming Mail Server.</source>
            <translation>Saisissez %1 dans le champ %2 sous Serveur de réception.</translation>
        </message>
        <message>
            <source>Enter the server name your provider gives in %1.</source>
            <translation>Saisissez dans le champ %1 le nom de serveur indiqué par votre fournisseur.</translation>
        </message>
        <message>
            <source>Check %1 (now "%2") letter by letter against the server name your provider gives.</source>
            <translation>Comparez le champ %1 (actuellement « %2 ») lettre par lettre avec le nom de serveur indiqué par votre fournisseur.</translation>
        </message>
        <message>
            <source>Check the date and time on the phone (%1: turn on Set Automatically) and on this computer.</source>
            <translation>Vérifiez la date et l&apos;heure sur le téléphone (%1 : activez Réglage automatique) et sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not exist</source>
            <translation>Le serveur de réception %1 n&apos;existe pas</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not exist</source>
            <translation>Le serveur d&apos;envoi %1 n&apos;existe pas</translation>
        </message>
        <message>
            <source>Server names could not be looked up (no answer from DNS)</source>
            <translation>Les noms de serveur n&apos;ont pas pu être résolus (pas de réponse du DNS)</translation>
        </message>
        <message>
            <source>Check that this computer is online: open any web page.</source>
            <translation>Vérifiez que cet ordinateur est connecté à Internet : ouvrez une page web quelconque.</translation>
        </message>
        <message>
            <source>Run the check again; if it keeps failing, restart the router or try another network.</source>
            <translation>Relancez la vérification ; si elle échoue encore, redémarrez le routeur ou essayez un autre réseau.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepts no connections on port %2</source>
            <translation>Le serveur de réception %1 refuse les connexions sur le port %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepts no connections on port %2</source>
            <translation>Le serveur d&apos;envoi %1 refuse les connexions sur le port %2</translation>
        </message>
        <message>
            <source>If the name is right, the server may be down: try again later or ask your provider.</source>
            <translation>Si le nom est correct, le serveur est peut-être en panne : réessayez plus tard ou contactez votre fournisseur.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not answer on port %2</source>
            <translation>Le serveur de réception %1 ne répond pas sur le port %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not answer on port %2</source>
            <translation>Le serveur d&apos;envoi %1 ne répond pas sur le port %2</translation>
        </message>
        <message>
            <source>Use port %1 instead of 25: port 25 is blocked on most mobile networks and many Wi-Fi networks.</source>
            <translation>Utilisez le port %1 au lieu du 25 : le port 25 est bloqué sur la plupart des réseaux mobiles et sur de nombreux réseaux Wi-Fi.</translation>
        </message>
        <message>
            <source>If mail works on one network but not on another, that network blocks the port: try mobile data or another Wi-Fi.</source>
            <translation>Si la messagerie fonctionne sur un réseau mais pas sur un autre, c&apos;est ce réseau qui bloque le port : essayez les données cellulaires ou un autre Wi-Fi.</translation>
        </message>
        <message>
            <source>The server cannot be reached from this network</source>
            <translation>Le serveur est injoignable depuis ce réseau</translation>
        </message>
        <message>
            <source>%1 cannot be reached from this network</source>
            <translation>%1 est injoignable depuis ce réseau</translation>
        </message>
        <message>
            <source>Run the check again; if only this server stays unreachable, it or its network is down: ask your provider.</source>
            <translation>Relancez la vérification ; si seul ce serveur reste injoignable, c&apos;est lui ou son réseau qui est en panne : contactez votre fournisseur.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepted the connection on port %2 but said nothing</source>
            <translation>Le serveur de réception %1 a accepté la connexion sur le port %2 mais n&apos;a rien répondu</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepted the connection on port %2 but said nothing</source>
            <translation>Le serveur d&apos;envoi %1 a accepté la connexion sur le port %2 mais n&apos;a rien répondu</translation>
        </message>
        <message>
            <source>The server may be overloaded: try again later, and ask your provider if it stays silent.</source>
            <translation>Le serveur est peut-être surchargé : réessayez plus tard, et contactez votre fournisseur s&apos;il reste muet.</translation>
        </message>
        <message>
            <source>The server closed the connection</source>
            <translation>Le serveur a fermé la connexion</translation>
        </message>
        <message>
            <source>%1 closed the connection during the check</source>
            <translation>%1 a fermé la connexion pendant la vérification</translation>
        </message>
        <message>
            <source>Check that host name and port are right: the server may not offer this service on that port.</source>
            <translation>Vérifiez que le nom d&apos;hôte et le port sont corrects : le serveur ne propose peut-être pas ce service sur ce port.</translation>
        </message>
        <message>
            <source>If they are right, the server may be refusing this network or be overloaded: try again later or from another network, and send the details below to your provider if it persists.</source>
            <translation>S&apos;ils sont corrects, le serveur refuse peut-être ce réseau ou est surchargé : réessayez plus tard ou depuis un autre réseau et, si le problème persiste, envoyez les détails ci-dessous à votre fournisseur.</translation>
        </message>
        <message>
            <source>Port %1 on %2 answers with %3, not %4</source>
            <translation>Le port %1 de %2 répond en %3, pas en %4</translation>
        </message>
        <message>
            <source>Port %1 on %2 is not a %3 port</source>
            <translation>Le port %1 de %2 n&apos;est pas un port %3</translation>
        </message>
        <message>
            <source>Use the outgoing server&apos;s port here, not the incoming server&apos;s.</source>
            <translation>Indiquez ici le port du serveur d&apos;envoi, pas celui du serveur de réception.</translation>
        </message>
        <message>
            <source>Use the incoming server&apos;s port here, not the outgoing server&apos;s.</source>
            <translation>Indiquez ici le port du serveur de réception, pas celui du serveur d&apos;envoi.</translation>
        </message>
        <message>
            <source>The server sent an endless or oversized reply</source>
            <translation>Le serveur a envoyé une réponse sans fin ou trop longue</translation>
        </message>
        <message>
            <source>%1 sent an endless or oversized reply</source>
            <translation>%1 a envoyé une réponse sans fin ou trop longue</translation>
        </message>
        <message>
            <source>Check that host name and port are right: another kind of server may be answering.</source>
            <translation>Vérifiez que le nom d&apos;hôte et le port sont corrects : c&apos;est peut-être un autre type de serveur qui répond.</translation>
        </message>
        <message>
            <source>If they are right, send the details below to your provider: the server misbehaves.</source>
            <translation>S&apos;ils sont corrects, envoyez les détails ci-dessous à votre fournisseur : le serveur ne fonctionne pas correctement.</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the mail connection</source>
            <translation>Quelqu&apos;un sur ce réseau manipule peut-être la connexion de messagerie</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the connection to %1</source>
            <translation>Quelqu&apos;un sur ce réseau manipule peut-être la connexion à %1</translation>
        </message>
        <message>
            <source>Do not use this network for mail: disconnect from this Wi-Fi.</source>
            <translation>N&apos;utilisez pas ce réseau pour la messagerie : déconnectez-vous de ce Wi-Fi.</translation>
        </message>
        <message>
            <source>Run the check again from another network, for example mobile data.</source>
            <translation>Relancez la vérification depuis un autre réseau, par exemple les données cellulaires.</translation>
        </message>
        <message>
            <source>If it happens on every network, the server itself is faulty: tell your provider.</source>
            <translation>Si cela se produit sur tous les réseaux, c&apos;est le serveur lui-même qui est défaillant : prévenez votre fournisseur.</translation>
        </message>
        <message>
            <source>The incoming server %1 sent a notice</source>
            <translation>Le serveur de réception %1 a envoyé un avis</translation>
        </message>
        <message>
            <source>The incoming server says: %1</source>
            <translation>Le serveur de réception indique : %1</translation>
        </message>
        <message>
            <source>Read the server&apos;s notice below; it comes from the server, not from Mailfix.</source>
            <translation>Lisez l&apos;avis du serveur ci-dessous ; il provient du serveur, pas de Mailfix.</translation>
        </message>
        <message>
            <source>If it asks you to do something, check with your provider before you follow it.</source>
            <translation>S&apos;il vous demande de faire quelque chose, vérifiez auprès de votre fournisseur avant de le faire.</translation>
        </message>
        <message>
            <source>The server stopped answering</source>
            <translation>Le serveur a cessé de répondre</translation>
        </message>
        <message>
            <source>%1 stopped answering in the middle of the check</source>
            <translation>%1 a cessé de répondre en pleine vérification</translation>
        </message>
        <message>
            <source>Try again later or from another network; if it persists, send the details below to your provider.</source>
            <translation>Réessayez plus tard ou depuis un autre réseau ; si le problème persiste, envoyez les détails ci-dessous à votre fournisseur.</translation>
        </message>
        <message>
            <source>Open %1, choose Google and sign in with your Google account; nothing else is needed.</source>
            <translation>Ouvrez %1, choisissez Google et connectez-vous avec votre compte Google ; rien d&apos;autre n&apos;est nécessaire.</translation>
        </message>
        <message>
            <source>Or, instead of deleting the account: turn on 2-Step Verification at myaccount.google.com and create an app password at myaccount.google.com/apppasswords.</source>
            <translation>Ou, au lieu de supprimer le compte : activez la validation en deux étapes sur myaccount.google.com et créez un mot de passe d&apos;application sur myaccount.google.com/apppasswords.</translation>
        </message>
        <message>
            <source>Open %1, choose Outlook.com (for a work or school account: Microsoft Exchange) and sign in with Microsoft.</source>
            <translation>Ouvrez %1, choisissez Outlook.com (pour un compte professionnel ou scolaire : Microsoft Exchange) et connectez-vous avec Microsoft.</translation>
        </message>
        <message>
            <source>Sign in at account.apple.com, open Sign-In and Security &gt; App-Specific Passwords and create a password for Mail.</source>
            <translation>Connectez-vous sur account.apple.com, ouvrez Connexion et sécurité &gt; Mots de passe pour app et créez un mot de passe pour Mail.</translation>
        </message>
        <message>
            <source>Use your full iCloud email address as %1 for the outgoing server too.</source>
            <translation>Utilisez aussi votre adresse e-mail iCloud complète comme %1 pour le serveur d&apos;envoi.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser, open the account&apos;s security settings and create an app password.</source>
            <translation>Connectez-vous à %1 dans un navigateur web, ouvrez les paramètres de sécurité du compte et créez un mot de passe d&apos;application.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Yahoo!, which signs in without an app password.</source>
            <translation>Ou supprimez ce compte et ajoutez-le à nouveau avec %1 &gt; Yahoo!, qui se connecte sans mot de passe d&apos;application.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Aol., which signs in without an app password.</source>
            <translation>Ou supprimez ce compte et ajoutez-le à nouveau avec %1 &gt; Aol., qui se connecte sans mot de passe d&apos;application.</translation>
        </message>
        <message>
            <source>Sign in to %1 webmail in a web browser and open the mail settings for POP3 &amp; IMAP.</source>
            <translation>Connectez-vous au webmail de %1 dans un navigateur web et ouvrez les paramètres de messagerie pour POP3 et IMAP.</translation>
        </message>
        <message>
            <source>Turn on "POP3 und IMAP Zugriff erlauben" (allow POP3 and IMAP access) and save.</source>
            <translation>Activez « POP3 und IMAP Zugriff erlauben » (autoriser l&apos;accès POP3 et IMAP) et enregistrez.</translation>
        </message>
        <message>
            <source>Try again on the phone with your normal %1 password.</source>
            <translation>Réessayez sur le téléphone avec votre mot de passe %1 habituel.</translation>
        </message>
        <message>
            <source>Sign in to Zoho Mail in a web browser, open Settings &gt; Mail Accounts and turn on IMAP Access.</source>
            <translation>Connectez-vous à Zoho Mail dans un navigateur web, ouvrez Paramètres &gt; Comptes de messagerie et activez Accès IMAP.</translation>
        </message>
        <message>
            <source>If your Zoho account uses two-factor authentication, create an application-specific password in Zoho&apos;s security settings.</source>
            <translation>Si votre compte Zoho utilise l&apos;authentification à deux facteurs, créez un mot de passe spécifique à l&apos;application dans les paramètres de sécurité de Zoho.</translation>
        </message>
        <message>
            <source>Follow %1&apos;s instructions for mail apps on the iPhone.</source>
            <translation>Suivez les instructions de %1 pour les apps de messagerie sur iPhone.</translation>
        </message>
        <message>
            <source>The outgoing server needs your user name and password</source>
            <translation>Le serveur d&apos;envoi a besoin de votre nom d&apos;utilisateur et de votre mot de passe</translation>
        </message>
        <message>
            <source>The incoming server needs your user name and password</source>
            <translation>Le serveur de réception a besoin de votre nom d&apos;utilisateur et de votre mot de passe</translation>
        </message>
        <message>
            <source>Enter your password in %1.</source>
            <translation>Saisissez votre mot de passe dans le champ %1.</translation>
        </message>
        <message>
            <source>%1 did not accept the password for %2</source>
            <translation>%1 n&apos;a pas accepté le mot de passe pour %2</translation>
        </message>
        <message>
            <source>Do not use your normal %1 password here; if you already use an app password, create a new one and type it exactly as shown, without spaces.</source>
            <translation>N&apos;utilisez pas ici votre mot de passe %1 habituel ; si vous utilisez déjà un mot de passe d&apos;application, créez-en un nouveau et saisissez-le exactement comme il s&apos;affiche, sans espaces.</translation>
        </message>
        <message>
            <source>The password for %1 is wrong</source>
            <translation>Le mot de passe pour %1 est incorrect</translation>
        </message>
        <message>
            <source>The incoming server does not accept "%1" as Authentication</source>
            <translation>Le serveur de réception n&apos;accepte pas « %1 » comme Authentification</translation>
        </message>
        <message>
            <source>The outgoing server does not accept "%1" as Authentication</source>
            <translation>Le serveur d&apos;envoi n&apos;accepte pas « %1 » comme Authentification</translation>
        </message>
        <message>
            <source>Tap %1 and choose %2.</source>
            <translation>Touchez %1 et choisissez %2.</translation>
        </message>
        <message>
            <source>The server offers only logins the phone cannot do (%1): ask your provider how to connect an iPhone.</source>
            <translation>Le serveur ne propose que des méthodes d&apos;identification que le téléphone ne gère pas (%1) : demandez à votre fournisseur comment connecter un iPhone.</translation>
        </message>
        <message>
            <source>The incoming server allows no login on port %1</source>
            <translation>Le serveur de réception n&apos;autorise aucune identification sur le port %1</translation>
        </message>
        <message>
            <source>The outgoing server allows no login on port %1</source>
            <translation>Le serveur d&apos;envoi n&apos;autorise aucune identification sur le port %1</translation>
        </message>
        <message>
            <source>Use the submission port for sending: port 25 is for servers passing mail to each other.</source>
            <translation>Pour l&apos;envoi, utilisez le port de soumission : le port 25 sert aux serveurs qui se transmettent les e-mails entre eux.</translation>
        </message>
        <message>
            <source>%1 needs an app-specific password or its own sign-in</source>
            <translation>%1 exige un mot de passe spécifique à l&apos;app ou sa propre méthode de connexion</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s website, open the account&apos;s security settings and create an app password for Mail.</source>
            <translation>Connectez-vous au site web de votre fournisseur, ouvrez les paramètres de sécurité du compte et créez un mot de passe d&apos;application pour Mail.</translation>
        </message>
        <message>
            <source>Gmail needs Google sign-in or an app password, not your normal password</source>
            <translation>Gmail exige la connexion Google ou un mot de passe d&apos;application, pas votre mot de passe habituel</translation>
        </message>
        <message>
            <source>%1 needs Microsoft sign-in; passwords no longer work</source>
            <translation>%1 exige la connexion Microsoft ; les mots de passe ne fonctionnent plus</translation>
        </message>
        <message>
            <source>iCloud needs an app-specific password, not your Apple Account password</source>
            <translation>iCloud exige un mot de passe pour app, pas le mot de passe de votre compte Apple</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Les apps de messagerie doivent d&apos;abord être autorisées dans votre compte %1</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 exige un mot de passe d&apos;application, pas votre mot de passe habituel</translation>
        </message>
        <message>
            <source>Password logins are turned off for this Microsoft mailbox</source>
            <translation>L&apos;identification par mot de passe est désactivée pour cette boîte aux lettres Microsoft</translation>
        </message>
        <message>
            <source>For a work or school account, ask the administrator to allow authenticated SMTP, IMAP or POP for the mailbox.</source>
            <translation>Pour un compte professionnel ou scolaire, demandez à l&apos;administrateur d&apos;autoriser SMTP, IMAP ou POP authentifié pour la boîte aux lettres.</translation>
        </message>
        <message>
            <source>Logins to %1 are turned off for this account</source>
            <translation>L&apos;identification sur %1 est désactivée pour ce compte</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s webmail and turn on access for mail apps (IMAP, POP or SMTP) in the account settings.</source>
            <translation>Connectez-vous au webmail de votre fournisseur et activez l&apos;accès pour les apps de messagerie (IMAP, POP ou SMTP) dans les paramètres du compte.</translation>
        </message>
        <message>
            <source>If there is no such setting, ask your provider to enable %1 for your account.</source>
            <translation>Si ce réglage n&apos;existe pas, demandez à votre fournisseur d&apos;activer %1 pour votre compte.</translation>
        </message>
        <message>
            <source>The server refused the login for now</source>
            <translation>Le serveur refuse l&apos;identification pour le moment</translation>
        </message>
        <message>
            <source>%1 refused the login for now</source>
            <translation>%1 refuse l&apos;identification pour le moment</translation>
        </message>
        <message>
            <source>Wait 15 minutes, then try again.</source>
            <translation>Attendez 15 minutes, puis réessayez.</translation>
        </message>
        <message>
            <source>Update or switch off other devices that use this account with an old password: their failed logins keep the block going.</source>
            <translation>Mettez à jour ou éteignez les autres appareils qui utilisent ce compte avec un ancien mot de passe : leurs échecs d&apos;identification prolongent le blocage.</translation>
        </message>
        <message>
            <source>other logins</source>
            <translation>d&apos;autres méthodes d&apos;identification</translation>
        </message>
        <message>
            <source>The server also offers %1, which Mailfix did not test</source>
            <translation>Le serveur propose aussi %1, que Mailfix n&apos;a pas testé</translation>
        </message>
        <message>
            <source>Leave %1 on %2 unless your provider asks for %3.</source>
            <translation>Laissez %1 sur %2, sauf si votre fournisseur demande %3.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because its certificate is not trusted</source>
            <translation>Le mot de passe n&apos;a pas été essayé sur %1, car son certificat n&apos;est pas fiable</translation>
        </message>
        <message>
            <source>Fix the certificate problem first, then run the check again.</source>
            <translation>Réglez d&apos;abord le problème de certificat, puis relancez la vérification.</translation>
        </message>
        <message>
            <source>If you know this server and trust its certificate, accept the certificate in Mailfix and run the check again.</source>
            <translation>Si vous connaissez ce serveur et faites confiance à son certificat, acceptez le certificat dans Mailfix et relancez la vérification.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because it would travel unencrypted</source>
            <translation>Le mot de passe n&apos;a pas été essayé sur %1, car il circulerait sans chiffrement</translation>
        </message>
        <message>
            <source>To test the password without encryption anyway, allow it for this server in Mailfix and run the check again.</source>
            <translation>Pour tester quand même le mot de passe sans chiffrement, autorisez-le pour ce serveur dans Mailfix et relancez la vérification.</translation>
        </message>
        <message>
            <source>The phone has no password for the incoming server %1</source>
            <translation>Le téléphone n&apos;a pas de mot de passe pour le serveur de réception %1</translation>
        </message>
        <message>
            <source>Enter your password in %1 under Incoming Mail Server.</source>
            <translation>Saisissez votre mot de passe dans le champ %1 sous Serveur de réception.</translation>
        </message>
        <message>
            <source>Expect this once after moving to a new iPhone or restoring a backup: the phone does not always carry mail passwords over.</source>
            <translation>C&apos;est normal une fois après le passage à un nouvel iPhone ou la restauration d&apos;une sauvegarde : le téléphone ne transfère pas toujours les mots de passe de messagerie.</translation>
        </message>
        <message>
            <source>The Email field is empty</source>
            <translation>Le champ E-mail est vide</translation>
        </message>
        <message>
            <source>Enter your full email address in %1.</source>
            <translation>Saisissez votre adresse e-mail complète dans le champ %1.</translation>
        </message>
        <message>
            <source>The incoming mail server has no host name</source>
            <translation>Le serveur de réception n&apos;a pas de nom d&apos;hôte</translation>
        </message>
        <message>
            <source>The outgoing mail server has no host name</source>
            <translation>Le serveur d&apos;envoi n&apos;a pas de nom d&apos;hôte</translation>
        </message>
        <message>
            <source>The incoming mail server has no user name</source>
            <translation>Le serveur de réception n&apos;a pas de nom d&apos;utilisateur</translation>
        </message>
        <message>
            <source>The incoming server port is empty</source>
            <translation>Le port du serveur de réception est vide</translation>
        </message>
        <message>
            <source>The outgoing server port is empty</source>
            <translation>Le port du serveur d&apos;envoi est vide</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>Le champ %1 est vide</translation>
        </message>
        <message>
            <source>Fill in %1 as your provider&apos;s instructions say.</source>
            <translation>Remplissez le champ %1 selon les instructions de votre fournisseur.</translation>
        </message>
        <message>
            <source>The incoming server name "%1" is not a valid host name</source>
            <translation>Le nom du serveur de réception « %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
        </message>
        <message>
            <source>The outgoing server name "%1" is not a valid host name</source>
            <translation>Le nom du serveur d&apos;envoi « %1 » n&apos;est pas un nom d&apos;hôte valide</translation>
        </message>
        <message>
            <source>Enter only the server name in %1, like mail.example.com.</source>
            <translation>Saisissez uniquement le nom du serveur dans le champ %1, par exemple mail.example.com.</translation>
        </message>
        <message>
            <source>Leave out "https://", "@", ":" with a port number, slashes and spaces; the port belongs in %1.</source>
            <translation>Retirez « https:// », « @ », « : » suivi d&apos;un numéro de port, les barres obliques et les espaces ; le port va dans le champ %1.</translation>
        </message>
        <message>
            <source>The Email address is not valid</source>
            <translation>L&apos;adresse du champ E-mail n&apos;est pas valide</translation>
        </message>
        <message>
            <source>"%1" is not a valid email address</source>
            <translation>« %1 » n&apos;est pas une adresse e-mail valide</translation>
        </message>
        <message>
            <source>In %1, enter your full address, like name@example.com: one @, no spaces.</source>
            <translation>Dans le champ %1, saisissez votre adresse complète, par exemple nom@example.com : un seul @, sans espaces.</translation>
        </message>
        <message>
            <source>The incoming Server Port %1 is not a port number</source>
            <translation>Le port du serveur de réception %1 n&apos;est pas un numéro de port</translation>
        </message>
        <message>
            <source>The outgoing Server Port %1 is not a port number</source>
            <translation>Le port du serveur d&apos;envoi %1 n&apos;est pas un numéro de port</translation>
        </message>
        <message>
            <source>IMAP Path Prefix "%1" matches no folder on the server</source>
            <translation>Le Préfixe du chemin IMAP « %1 » ne correspond à aucun dossier du serveur</translation>
        </message>
        <message>
            <source>Tap %1 and delete its contents, so it is empty.</source>
            <translation>Touchez %1 et effacez son contenu pour qu&apos;il soit vide.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 ne peut pas envoyer d&apos;e-mails via les serveurs de Microsoft (corrigé dans iOS 11.0.1)</translation>
        </message>
        <message>
            <source>iOS %1 has a known mail bug with this server</source>
            <translation>iOS %1 a un bogue de messagerie connu avec ce serveur</translation>
        </message>
        <message>
            <source>Leave the Mail settings as they are: they are correct.</source>
            <translation>Laissez les réglages de Mail tels quels : ils sont corrects.</translation>
        </message>
        <message>
            <source>Update the phone: %1, then tap Download and Install.</source>
            <translation>Mettez à jour le téléphone : ouvrez %1, puis touchez Télécharger et installer.</translation>
        </message>
        <message>
            <source>After the update, send the message again.</source>
            <translation>Après la mise à jour, renvoyez le message.</translation>
        </message>
        <message>
            <source>The check was cancelled before it finished</source>
            <translation>La vérification a été annulée avant la fin</translation>
        </message>
        <message>
            <source>Press Check again to test all settings.</source>
            <translation>Appuyez de nouveau sur Vérifier pour tester tous les réglages.</translation>
        </message>
        <message>
            <source>A problem was found (%1)</source>
            <translation>Un problème a été trouvé (%1)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Compare %1 with your provider&apos;s instructions and correct it.</source>
            <translation>Comparez le champ %1 avec les instructions de votre fournisseur et corrigez-le.</translation>
        </message>
        <message>
            <source>Compare the account&apos;s settings with your provider&apos;s instructions.</source>
            <translation>Comparez les réglages du compte avec les instructions de votre fournisseur.</translation>
        </message>
        <message>
            <source>Run the check again; send the details below to your provider if it persists.</source>
            <translation>Relancez la vérification ; si le problème persiste, envoyez les détails ci-dessous à votre fournisseur.</translation>
        </message>
        <message>
            <source>The outgoing server is switched off on the phone</source>
            <translation>Le serveur d&apos;envoi est désactivé sur le téléphone</translation>
        </message>
        <message>
            <source>Turn on %1, then tap Done.</source>
            <translation>Activez %1, puis touchez OK.</translation>
        </message>
        <message>
            <source>The outgoing server refuses to send your mail because the phone does not log in</source>
            <translation>Le serveur d&apos;envoi refuse d&apos;envoyer vos e-mails, car le téléphone ne s&apos;identifie pas</translation>
        </message>
        <message>
            <source>Also check %1: for your address it should be %2.</source>
            <translation>Vérifiez aussi le champ %1 : pour votre adresse, il devrait indiquer %2.</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as this address</source>
            <translation>Le serveur d&apos;envoi refuse d&apos;envoyer avec cette adresse</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as %1</source>
            <translation>Le serveur d&apos;envoi refuse d&apos;envoyer avec l&apos;adresse %1</translation>
        </message>
        <message>
            <source>Check %1: it must be the address that belongs to your login.</source>
            <translation>Vérifiez le champ %1 : ce doit être l&apos;adresse qui correspond à votre identifiant.</translation>
        </message>
        <message>
            <source>Check %1: it must be an address that belongs to the login %2.</source>
            <translation>Vérifiez le champ %1 : ce doit être une adresse qui correspond à l&apos;identifiant %2.</translation>
        </message>
        <message>
            <source>To send as another address, use that address&apos;s own outgoing server, or ask your provider to allow it as a sender.</source>
            <translation>Pour envoyer avec une autre adresse, utilisez le serveur d&apos;envoi de cette adresse, ou demandez à votre fournisseur de l&apos;autoriser comme expéditeur.</translation>
        </message>
        <message>
            <source>The outgoing server %1 turned away the connection</source>
            <translation>Le serveur d&apos;envoi %1 a refusé la connexion</translation>
        </message>
        <message>
            <source>Try again in a few minutes; the server may be busy.</source>
            <translation>Réessayez dans quelques minutes ; le serveur est peut-être occupé.</translation>
        </message>
        <message>
            <source>If it keeps happening, try from another network (mobile data instead of Wi-Fi): this network&apos;s address may be on a block list.</source>
            <translation>Si cela se reproduit, essayez depuis un autre réseau (données cellulaires au lieu du Wi-Fi) : l&apos;adresse de ce réseau figure peut-être sur une liste de blocage.</translation>
        </message>
        <message>
            <source>If that does not help, send the server&apos;s reply below to your provider.</source>
            <translation>Si cela ne suffit pas, envoyez la réponse du serveur ci-dessous à votre fournisseur.</translation>
        </message>
        <message>
            <source>The outgoing server %1 asked to try again later</source>
            <translation>Le serveur d&apos;envoi %1 a demandé de réessayer plus tard</translation>
        </message>
        <message>
            <source>Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.</source>
            <translation>Attendez quelques minutes et renvoyez le message ; le téléphone garde les e-mails non envoyés dans la Boîte d&apos;envoi.</translation>
        </message>
        <message>
            <source>If it still fails after an hour, send the server&apos;s reply below to your provider.</source>
            <translation>Si l&apos;envoi échoue encore au bout d&apos;une heure, envoyez la réponse du serveur ci-dessous à votre fournisseur.</translation>
        </message>
        <message>
            <source>The outgoing server %1 sends mail for anyone, without a login</source>
            <translation>Le serveur d&apos;envoi %1 envoie les e-mails de n&apos;importe qui, sans identification</translation>
        </message>
        <message>
            <source>Tell the server&apos;s administrator: an open relay is abused for spam and ends up on block lists.</source>
            <translation>Prévenez l&apos;administrateur du serveur : un relais ouvert est exploité pour le spam et finit sur des listes de blocage.</translation>
        </message>
        <message>
            <source>Use your provider&apos;s outgoing server with a login: enter its name in %1, your user name and your password.</source>
            <translation>Utilisez le serveur d&apos;envoi de votre fournisseur avec identification : saisissez son nom dans le champ %1, ainsi que votre nom d&apos;utilisateur et votre mot de passe.</translation>
        </message>
        <message>
            <source>The outgoing server %1 refused the test recipient, not the sending</source>
            <translation>Le serveur d&apos;envoi %1 a refusé le destinataire de test, pas l&apos;envoi</translation>
        </message>
        <message>
            <source>Nothing to change on the phone for this: the server checked the test address itself.</source>
            <translation>Rien à modifier sur le téléphone pour cela : c&apos;est l&apos;adresse de test elle-même que le serveur a refusée.</translation>
        </message>
        <message>
            <source>To test relaying fully, run the check again with a recipient address you know works (--relay-recipient).</source>
            <translation>Pour tester complètement le relais, relancez la vérification avec une adresse de destinataire dont vous savez qu&apos;elle fonctionne (--relay-recipient).</translation>
        </message>
        <message>
            <source>The incoming server %1 requires Use SSL</source>
            <translation>Le serveur de réception %1 exige l&apos;option Utiliser SSL</translation>
        </message>
        <message>
            <source>The outgoing server %1 requires Use SSL</source>
            <translation>Le serveur d&apos;envoi %1 exige l&apos;option Utiliser SSL</translation>
        </message>
        <message>
            <source>The incoming server %1 offers no encryption on port %2</source>
            <translation>Le serveur de réception %1 ne propose pas de chiffrement sur le port %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 offers no encryption on port %2</source>
            <translation>Le serveur d&apos;envoi %1 ne propose pas de chiffrement sur le port %2</translation>
        </message>
        <message>
            <source>Only if your provider confirms this server has no encryption: turn off %1 (the password then travels unencrypted).</source>
            <translation>Seulement si votre fournisseur confirme que ce serveur n&apos;a pas de chiffrement : désactivez %1 (le mot de passe circule alors sans chiffrement).</translation>
        </message>
        <message>
            <source>Ask your provider for the encrypted port of %1.</source>
            <translation>Demandez à votre fournisseur le port chiffré de %1.</translation>
        </message>
        <message>
            <source>Enter that port in %1 and leave %2 on.</source>
            <translation>Saisissez ce port dans le champ %1 et laissez %2 activé.</translation>
        </message>
        <message>
            <source>Port %1 needs Use SSL turned on</source>
            <translation>Le port %1 nécessite d&apos;activer Utiliser SSL</translation>
        </message>
        <message>
            <source>No secure connection could be set up with %1 on port %2</source>
            <translation>Aucune connexion sécurisée n&apos;a pu être établie avec %1 sur le port %2</translation>
        </message>
        <message>
            <source>Ask your provider or the server&apos;s administrator to update the server&apos;s encryption (TLS versions and ciphers); the details are below.</source>
            <translation>Demandez à votre fournisseur ou à l&apos;administrateur du serveur de mettre à jour le chiffrement du serveur (versions de TLS et suites de chiffrement) ; les détails figurent ci-dessous.</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the incoming server %1</source>
            <translation>Votre mot de passe circulerait sans chiffrement jusqu&apos;au serveur de réception %1</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the outgoing server %1</source>
            <translation>Votre mot de passe circulerait sans chiffrement jusqu&apos;au serveur d&apos;envoi %1</translation>
        </message>
        <message>
            <source>The incoming server %1 offered encryption but could not start it</source>
            <translation>Le serveur de réception %1 a proposé le chiffrement mais n&apos;a pas pu le démarrer</translation>
        </message>
        <message>
            <source>The outgoing server %1 offered encryption but could not start it</source>
            <translation>Le serveur d&apos;envoi %1 a proposé le chiffrement mais n&apos;a pas pu le démarrer</translation>
        </message>
        <message>
            <source>Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.</source>
            <translation>Signalez à votre fournisseur que STARTTLS échoue sur le port %1 de %2 ; en attendant, ne désactivez pas %3.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted</source>
            <translation>Le certificat de %1 n&apos;est pas fiable</translation>
        </message>
        <message>
            <source>If the server belongs to your company, ask its administrator for a certificate from a public certificate authority, or install the company&apos;s root certificate on the phone.</source>
            <translation>Si le serveur appartient à votre entreprise, demandez à son administrateur un certificat émis par une autorité de certification publique, ou installez le certificat racine de l&apos;entreprise sur le téléphone.</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, check again.</source>
            <translation>Après avoir installé un profil de certificat racine, relancez la vérification.</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, turn it on under %1.</source>
            <translation>Après avoir installé un profil de certificat racine, activez-le dans %1.</translation>
        </message>
        <message>
            <source>Only if the administrator confirms the SHA-256 fingerprint %1: accept the certificate when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Seulement si l&apos;administrateur confirme l&apos;empreinte SHA-256 %1 : acceptez le certificat quand le téléphone affiche « Impossible de vérifier l&apos;identité du serveur ».</translation>
        </message>
        <message>
            <source>Only if the administrator confirms it is their certificate: accept it when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Seulement si l&apos;administrateur confirme qu&apos;il s&apos;agit bien de son certificat : acceptez-le quand le téléphone affiche « Impossible de vérifier l&apos;identité du serveur ».</translation>
        </message>
        <message>
            <source>The certificate of %1 has expired</source>
            <translation>Le certificat de %1 a expiré</translation>
        </message>
        <message>
            <source>The certificate of %1 expired on %2</source>
            <translation>Le certificat de %1 a expiré le %2</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate must be renewed: tell your provider or the server&apos;s administrator.</source>
            <translation>Si la date est correcte, le certificat du serveur doit être renouvelé : prévenez votre fournisseur ou l&apos;administrateur du serveur.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not valid yet</source>
            <translation>Le certificat de %1 n&apos;est pas encore valide</translation>
        </message>
        <message>
            <source>The certificate of %1 is only valid from %2</source>
            <translation>Le certificat de %1 n&apos;est valide qu&apos;à partir du %2</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate was installed too early: tell your provider or the server&apos;s administrator.</source>
            <translation>Si la date est correcte, le certificat du serveur a été installé trop tôt : prévenez votre fournisseur ou l&apos;administrateur du serveur.</translation>
        </message>
        <message>
            <source>The certificate of %1 is for a different name</source>
            <translation>Le certificat de %1 est établi pour un autre nom</translation>
        </message>
        <message>
            <source>The certificate of %1 is for %2</source>
            <translation>Le certificat de %1 est établi pour %2</translation>
        </message>
        <message>
            <source>That is the name on the server&apos;s certificate; the server is the same.</source>
            <translation>C&apos;est le nom figurant sur le certificat du serveur ; il s&apos;agit du même serveur.</translation>
        </message>
        <message>
            <source>Ask your provider which server name matches its certificate (%1).</source>
            <translation>Demandez à votre fournisseur quel nom de serveur correspond à son certificat (%1).</translation>
        </message>
        <message>
            <source>Enter that name in %1.</source>
            <translation>Saisissez ce nom dans le champ %1.</translation>
        </message>
        <message>
            <source>Cannot Send Mail</source>
            <comment>iOS alert</comment>
            <translation>Impossible d&apos;envoyer le message</translation>
        </message>
        <message>
            <source>Cannot Get Mail</source>
            <comment>iOS alert</comment>
            <translation>Impossible de relever le courrier</translation>
        </message>
        <message>
            <source>The connection to the outgoing server "%1" failed.</source>
            <comment>iOS alert</comment>
            <translation>La connexion au serveur d&apos;envoi « %1 » a échoué.</translation>
        </message>
        <message>
            <source>The mail server "%1" is not responding. Verify that you have entered the correct account info in Mail settings.</source>
            <comment>iOS alert</comment>
            <translation>Le serveur de messagerie « %1 » ne répond pas. Vérifiez que vous avez saisi les bonnes informations de compte dans les réglages de Mail.</translation>
        </message>
        <message>
            <source>(recipient)</source>
            <extracomment>placeholder in the phone&apos;s alert when the recipient&apos;s address is not known</extracomment>
            <translation>(destinataire)</translation>
        </message>
        <message>
            <source>The recipient "%1" was rejected by the server because it does not allow relaying.</source>
            <comment>iOS alert</comment>
            <translation>Le destinataire « %1 » a été refusé par le serveur, car celui-ci n&apos;autorise pas le relais.</translation>
        </message>
        <message>
            <source>The sender address "%1" was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>L&apos;adresse de l&apos;expéditeur « %1 » a été refusée par le serveur.</translation>
        </message>
        <message>
            <source>(your address)</source>
            <translation>(votre adresse)</translation>
        </message>
        <message>
            <source>The message was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>Le message a été refusé par le serveur.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <comment>iOS alert</comment>
            <translation>Impossible de vérifier l&apos;identité du serveur</translation>
        </message>
        <message>
            <source>The identity of "%1" cannot be verified by Mail. …</source>
            <comment>iOS alert</comment>
            <translation>Mail ne parvient pas à vérifier l&apos;identité de « %1 ». …</translation>
        </message>
        <message>
            <source>No password provided for "%1". Please go to Mail Account Settings and enter a password.</source>
            <comment>iOS alert</comment>
            <translation>Aucun mot de passe fourni pour « %1 ». Accédez aux réglages du compte Mail et saisissez un mot de passe.</translation>
        </message>
        <message>
            <source>The user name or password for "%1" is incorrect.</source>
            <comment>iOS alert</comment>
            <translation>Le nom d&apos;utilisateur ou le mot de passe de « %1 » est incorrect.</translation>
        </message>
        <message>
            <source>Check the SSL setting for the outgoing server "%1".</source>
            <comment>iOS alert</comment>
            <translation>Vérifiez le réglage SSL du serveur d&apos;envoi « %1 ».</translation>
        </message>
        <message>
            <source>Cannot Connect Using SSL</source>
            <comment>iOS alert</comment>
            <translation>Impossible de se connecter via SSL</translation>
        </message>
        <message>
            <source>[exact wording unconfirmed: the phone offers to try without SSL]</source>
            <translation>[formulation exacte non confirmée : le téléphone propose d&apos;essayer sans SSL]</translation>
        </message>
        <message>
            <source>[translated by Mailfix: the phone&apos;s own words may differ]</source>
            <translation>[traduction de Mailfix : les mots exacts du téléphone peuvent différer]</translation>
        </message>
        <message>
            <source>Sending through port 25 works from here, but may not work from the phone</source>
            <translation>L&apos;envoi par le port 25 fonctionne d&apos;ici, mais peut ne pas fonctionner depuis le téléphone</translation>
        </message>
        <message>
            <source>Mobile networks and many Wi-Fi networks (hotels, cafés, guest networks) block port 25: on mobile data the phone cannot send through it.</source>
            <translation>Les réseaux mobiles et de nombreux réseaux Wi-Fi (hôtels, cafés, réseaux invités) bloquent le port 25 : avec les données cellulaires, le téléphone ne peut pas envoyer par ce port.</translation>
        </message>
        <message>
            <source>Then send a test message from the phone on mobile data, with Wi-Fi off.</source>
            <translation>Envoyez ensuite un message de test depuis le téléphone avec les données cellulaires, Wi-Fi désactivé.</translation>
        </message>
        <message>
            <source>The incoming server %1 is an address of a local network</source>
            <translation>Le serveur de réception %1 est une adresse de réseau local</translation>
        </message>
        <message>
            <source>The outgoing server %1 is an address of a local network</source>
            <translation>Le serveur d&apos;envoi %1 est une adresse de réseau local</translation>
        </message>
        <message>
            <source>The incoming server %1 is a name only the local network knows</source>
            <translation>Le serveur de réception %1 est un nom connu seulement du réseau local</translation>
        </message>
        <message>
            <source>The outgoing server %1 is a name only the local network knows</source>
            <translation>Le serveur d&apos;envoi %1 est un nom connu seulement du réseau local</translation>
        </message>
        <message>
            <source>The phone reaches %1 only on this network&apos;s Wi-Fi or through a VPN: on mobile data or another Wi-Fi, mail to and from this server stops.</source>
            <translation>Le téléphone n&apos;atteint %1 que sur le Wi-Fi de ce réseau ou par un VPN : avec les données cellulaires ou sur un autre Wi-Fi, les e-mails de et vers ce serveur ne passent plus.</translation>
        </message>
        <message>
            <source>If the phone needs mail away from this network, ask the provider or the IT department for the server&apos;s public name and put it in %1.</source>
            <translation>Si le téléphone doit recevoir et envoyer des e-mails hors de ce réseau, demandez au fournisseur ou au service informatique le nom public du serveur et saisissez-le dans le champ %1.</translation>
        </message>
</context>
<context>
        <name>HttpFetcher</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>aucune réponse en %1 ms</translation>
        </message>
        <message>
            <source>%1 is not HTTPS; not fetched</source>
            <translation>%1 n&apos;est pas en HTTPS ; non récupéré</translation>
        </message>
        <message>
            <source>redirect from %1 to %2 refused: not HTTPS</source>
            <translation>redirection de %1 vers %2 refusée : pas en HTTPS</translation>
        </message>
        <message>
            <source>redirect loop at %1</source>
            <translation>boucle de redirection sur %1</translation>
        </message>
        <message>
            <source>more than %1 redirects</source>
            <translation>plus de %1 redirections</translation>
        </message>
        <message>
            <source>larger than %1 bytes; not read further</source>
            <translation>plus de %1 octets ; lecture interrompue</translation>
        </message>
        <message>
            <source>%1 bytes announced, more than %2; not read</source>
            <translation>%1 octets annoncés, plus de %2 ; non lu</translation>
        </message>
</context>
<context>
        <name>NetworkLocation</name>
        <message>
            <source>%1 is an address of a local network: reachable from this computer, not from everywhere</source>
            <translation>%1 est une adresse de réseau local : joignable depuis cet ordinateur, pas depuis partout</translation>
        </message>
        <message>
            <source>%1 is a name only the local network knows: reachable from this computer, not from everywhere</source>
            <translation>%1 est un nom connu seulement du réseau local : joignable depuis cet ordinateur, pas depuis partout</translation>
        </message>
        <message>
            <source>%1 answers on port 25 from this computer&apos;s network; mobile networks and many Wi-Fi networks block port 25</source>
            <translation>%1 répond sur le port 25 depuis le réseau de cet ordinateur ; les réseaux mobiles et de nombreux réseaux Wi-Fi bloquent le port 25</translation>
        </message>
</context>
<context>
        <name>ProviderAdvice</name>
        <message>
            <source>%1&apos;s own instructions: %2</source>
            <translation>Instructions de %1 : %2</translation>
        </message>
        <message>
            <source>Open %1, choose %2 and sign in there with your %3 account; the phone then needs no password in the mail settings.</source>
            <translation>Ouvrez %1, choisissez %2 et connectez-vous avec votre compte %3 ; le téléphone n&apos;a alors besoin d&apos;aucun mot de passe dans les réglages de Mail.</translation>
        </message>
        <message>
            <source>%1 no longer accepts passwords from mail apps: remove this account and add it again with Add Account &gt; %2</source>
            <translation>%1 n&apos;accepte plus les mots de passe des apps de messagerie : supprimez ce compte et ajoutez-le à nouveau avec Ajouter un compte &gt; %2</translation>
        </message>
        <message>
            <source>%1 stops accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 n&apos;acceptera plus les mots de passe des apps de messagerie %2 : supprimez ce compte et ajoutez-le à nouveau avec Ajouter un compte &gt; %3</translation>
        </message>
        <message>
            <source>%1 stopped accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 a cessé d&apos;accepter les mots de passe des apps de messagerie %2 : supprimez ce compte et ajoutez-le à nouveau avec Ajouter un compte &gt; %3</translation>
        </message>
        <message>
            <source>Or keep this account: turn on 2-Step Verification for your Google account, create an app password (%1) and enter it in %2.</source>
            <translation>Ou gardez ce compte : activez la validation en deux étapes pour votre compte Google, créez un mot de passe d&apos;application (%1) et saisissez-le dans le champ %2.</translation>
        </message>
        <message>
            <source>App passwords do not help here: Microsoft accepts only its own sign-in.</source>
            <translation>Les mots de passe d&apos;application n&apos;y changent rien : Microsoft n&apos;accepte que sa propre connexion.</translation>
        </message>
        <message>
            <source>%1 cannot be used in the iPhone&apos;s Mail app</source>
            <translation>%1 ne peut pas être utilisé dans l&apos;app Mail de l&apos;iPhone</translation>
        </message>
        <message>
            <source>%1 offers IMAP and SMTP only through its Bridge program on a computer; the phone cannot reach it.</source>
            <translation>%1 ne propose IMAP et SMTP que via son programme Bridge sur un ordinateur ; le téléphone ne peut pas y accéder.</translation>
        </message>
        <message>
            <source>Use %1&apos;s own app on the phone instead, and remove this account.</source>
            <translation>Utilisez plutôt l&apos;app de %1 sur le téléphone, et supprimez ce compte.</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 exige un mot de passe d&apos;application, pas votre mot de passe habituel</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password (%2)</source>
            <translation>%1 exige un mot de passe d&apos;application, pas votre mot de passe habituel (%2)</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail.</source>
            <translation>Connectez-vous à %1 dans un navigateur web et créez un mot de passe d&apos;application pour Mail.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail: %2.</source>
            <translation>Connectez-vous à %1 dans un navigateur web et créez un mot de passe d&apos;application pour Mail : %2.</translation>
        </message>
        <message>
            <source>On the phone, delete what is in %1 and enter the app password exactly as shown (without spaces), then tap Done.</source>
            <translation>Sur le téléphone, effacez le contenu du champ %1 et saisissez le mot de passe d&apos;application exactement comme il s&apos;affiche (sans espaces), puis touchez OK.</translation>
        </message>
        <message>
            <source>Or remove this account and add it again with %1 &gt; %2, which signs in without an app password.</source>
            <translation>Ou supprimez ce compte et ajoutez-le à nouveau avec %1 &gt; %2, qui se connecte sans mot de passe d&apos;application.</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Les apps de messagerie doivent d&apos;abord être autorisées dans votre compte %1</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps (IMAP, POP, SMTP) in the settings.</source>
            <translation>Connectez-vous à %1 dans un navigateur web et activez l&apos;accès pour les apps de messagerie (IMAP, POP, SMTP) dans les paramètres.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps: %2.</source>
            <translation>Connectez-vous à %1 dans un navigateur web et activez l&apos;accès pour les apps de messagerie : %2.</translation>
        </message>
        <message>
            <source>Then try again on the phone with your normal %1 password; if that switch was already on, check the password in %2.</source>
            <translation>Réessayez ensuite sur le téléphone avec votre mot de passe %1 habituel ; si cette option était déjà activée, vérifiez le mot de passe dans le champ %2.</translation>
        </message>
        <message>
            <source>Your organisation has turned off %1 for this %2 account</source>
            <translation>Votre organisation a désactivé %1 pour ce compte %2</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s %1 administrator: nothing on the phone can turn it on.</source>
            <translation>C&apos;est à l&apos;administrateur %1 de votre organisation d&apos;intervenir : aucun réglage du téléphone ne permet de l&apos;activer.</translation>
        </message>
        <message>
            <source>Ask the administrator to allow %1 for your account.</source>
            <translation>Demandez à l&apos;administrateur d&apos;autoriser %1 pour votre compte.</translation>
        </message>
        <message>
            <source>Or ask whether the account may be added with Add Account &gt; %1 instead.</source>
            <translation>Ou demandez si le compte peut plutôt être ajouté avec Ajouter un compte &gt; %1.</translation>
        </message>
        <message>
            <source>Sending with a password (SMTP AUTH) is turned off for this %1 mailbox</source>
            <translation>L&apos;envoi avec mot de passe (SMTP AUTH) est désactivé pour cette boîte aux lettres %1</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s Microsoft 365 administrator, not a setting on the phone: the password may well be right.</source>
            <translation>C&apos;est à l&apos;administrateur Microsoft 365 de votre organisation d&apos;intervenir, ce n&apos;est pas un réglage du téléphone : le mot de passe est peut-être tout à fait correct.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox.</source>
            <translation>Demandez à l&apos;administrateur d&apos;activer SMTP authentifié pour cette boîte aux lettres.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox (%1).</source>
            <translation>Demandez à l&apos;administrateur d&apos;activer SMTP authentifié pour cette boîte aux lettres (%1).</translation>
        </message>
        <message>
            <source>Microsoft turns it off by default for existing organisations at %1 (administrators can turn it on again).</source>
            <translation>Microsoft le désactivera par défaut pour les organisations existantes (date : %1 ; les administrateurs peuvent le réactiver).</translation>
        </message>
        <message>
            <source>Microsoft has turned it off by default for existing organisations since %1 (administrators can turn it on again).</source>
            <translation>Microsoft l&apos;a désactivé par défaut pour les organisations existantes (depuis : %1 ; les administrateurs peuvent le réactiver).</translation>
        </message>
        <message>
            <source>Without SMTP AUTH the phone can still send: remove this account and add it again with %1 &gt; %2.</source>
            <translation>Sans SMTP AUTH, le téléphone peut quand même envoyer : supprimez ce compte et ajoutez-le à nouveau avec %1 &gt; %2.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 ne peut pas envoyer d&apos;e-mails via les serveurs de Microsoft (corrigé dans iOS 11.0.1)</translation>
        </message>
        <message>
            <source>The settings are right: the fault is in iOS 11.0 itself.</source>
            <translation>Les réglages sont corrects : le défaut vient d&apos;iOS 11.0 lui-même.</translation>
        </message>
        <message>
            <source>Update the phone in %1, then send again.</source>
            <translation>Mettez à jour le téléphone dans %1, puis renvoyez le message.</translation>
        </message>
        <message>
            <source>about %1</source>
            <comment>an unconfirmed month</comment>
            <translation>%1 environ</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a future date</comment>
            <translation>le %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <comment>a future date</comment>
            <translation>à partir de %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a past date</comment>
            <translation>le %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <comment>a past date</comment>
            <translation>depuis %1</translation>
        </message>
</context>
<context>
        <name>RecordLookup</name>
        <message>
            <source>%1: no DNS answer within %2 ms</source>
            <translation>%1 : aucune réponse DNS en %2 ms</translation>
        </message>
        <message>
            <source>%1: no such record</source>
            <translation>%1 : enregistrement inexistant</translation>
        </message>
        <message>
            <source>%1: lookup cancelled</source>
            <translation>%1 : recherche annulée</translation>
        </message>
        <message>
            <source>%1: target ".": the service is not offered</source>
            <translation>%1 : cible « . » : le service n&apos;est pas proposé</translation>
        </message>
        <message>
            <source>%1: %2 records, only the first %3 are used</source>
            <translation>%1 : %2 enregistrements, seuls les %3 premiers sont utilisés</translation>
        </message>
</context>
<context>
        <name>ReportExporter</name>
        <message>
            <source>Change %1 in %2</source>
            <translation>Modifier %1 dans %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Date : %1</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>Client : %1</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Ticket : %1</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Agent : %1</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>serveur de réception</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>No problems found, but the settings are not verified: the login was not tested (%1).</source>
            <translation>Aucun problème trouvé, mais les réglages ne sont pas vérifiés : l&apos;identification n&apos;a pas été testée (%1).</translation>
        </message>
        <message>
            <source>All checks passed: these settings work.</source>
            <translation>Toutes les vérifications ont réussi : ces réglages fonctionnent.</translation>
        </message>
        <message>
            <source>The settings work, with one warning.</source>
            <translation>Les réglages fonctionnent, avec un avertissement.</translation>
        </message>
        <message>
            <source>The settings work, with %1 warnings.</source>
            <translation>Les réglages fonctionnent, avec %1 avertissements.</translation>
        </message>
        <message>
            <source>One problem stops this account from working.</source>
            <translation>Un problème empêche ce compte de fonctionner.</translation>
        </message>
        <message>
            <source>%1 problems stop this account from working.</source>
            <translation>%1 problèmes empêchent ce compte de fonctionner.</translation>
        </message>
        <message>
            <source>Mailfix report for %1</source>
            <translation>Rapport Mailfix pour %1</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(pas d&apos;e-mail)</translation>
        </message>
        <message>
            <source>Appendix: technical details</source>
            <translation>Annexe : détails techniques</translation>
        </message>
        <message>
            <source>Transcript (passwords removed):</source>
            <translation>Transcription (mots de passe retirés) :</translation>
        </message>
        <message>
            <source>Mailfix report</source>
            <translation>Rapport Mailfix</translation>
        </message>
        <message>
            <source>Transcript (passwords removed)</source>
            <translation>Transcription (mots de passe retirés)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>Impossible d&apos;écrire %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Impossible d&apos;écrire %1 : %2</translation>
        </message>
</context>
<context>
        <name>ReportWriter</name>
        <message>
            <source>1 error</source>
            <translation>1 erreur</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 erreurs</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 avertissement</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 avertissements</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 remarque</translation>
        </message>
        <message>
            <source>%1 notes</source>
            <translation>%1 remarques</translation>
        </message>
        <message>
            <source>the incoming server was not verified</source>
            <translation>le serveur de réception n&apos;a pas été vérifié</translation>
        </message>
        <message>
            <source>the outgoing server was not verified</source>
            <translation>le serveur d&apos;envoi n&apos;a pas été vérifié</translation>
        </message>
        <message>
            <source>The servers answer, but the login was not tested</source>
            <translation>Les serveurs répondent, mais l&apos;identification n&apos;a pas été testée</translation>
        </message>
        <message>
            <source>the incoming server answers, but its login was not tested</source>
            <translation>le serveur de réception répond, mais son identification n&apos;a pas été testée</translation>
        </message>
        <message>
            <source>the outgoing server answers, but its login was not tested</source>
            <translation>le serveur d&apos;envoi répond, mais son identification n&apos;a pas été testée</translation>
        </message>
        <message>
            <source>%1: mail will not work until the errors are fixed.</source>
            <translation>%1 : la messagerie ne fonctionnera pas tant que les erreurs ne seront pas corrigées.</translation>
        </message>
        <message>
            <source>No problems found in the settings, but no server was checked: they are not verified.</source>
            <translation>Aucun problème trouvé dans les réglages, mais aucun serveur n&apos;a été vérifié : ils ne sont donc pas validés.</translation>
        </message>
        <message>
            <source>No problems found, but these settings are not verified yet.</source>
            <translation>Aucun problème trouvé, mais ces réglages ne sont pas encore vérifiés.</translation>
        </message>
        <message>
            <source>No errors (%1), but these settings are not verified yet.</source>
            <translation>Aucune erreur (%1), mais ces réglages ne sont pas encore vérifiés.</translation>
        </message>
        <message>
            <source>No errors (%1): these settings work.</source>
            <translation>Aucune erreur (%1) : ces réglages fonctionnent.</translation>
        </message>
        <message>
            <source>No problems found: these settings work.</source>
            <translation>Aucun problème trouvé : ces réglages fonctionnent.</translation>
        </message>
        <message>
            <source>The check was cut short, so it may have missed problems.</source>
            <translation>La vérification a été interrompue : elle a pu passer à côté de problèmes.</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERREUR</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>AVERTISSEMENT</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>REMARQUE</translation>
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
            <translation>(pas d&apos;adresse e-mail)</translation>
        </message>
        <message>
            <source>Mailfix %1 - mail settings check for %2 (iOS %3)</source>
            <translation>Mailfix %1 - vérification des réglages de messagerie pour %2 (iOS %3)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Vérifications</translation>
        </message>
        <message>
            <source>What to change</source>
            <translation>À modifier</translation>
        </message>
        <message>
            <source>Field: %1 (%2)</source>
            <translation>Champ : %1 (%2)</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Sur le téléphone : %1</translation>
        </message>
        <message>
            <source>Also: %1</source>
            <translation>Également : %1</translation>
        </message>
        <message>
            <source>The phone says: %1</source>
            <translation>Le téléphone indique : %1</translation>
        </message>
        <message>
            <source>Fix:</source>
            <translation>Correction :</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Observé : %1</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Résultat : %1</translation>
        </message>
        <message>
            <source>(checked in %1)</source>
            <translation>(vérifié en %1)</translation>
        </message>
        <message>
            <source>Mail settings check for %1</source>
            <translation>Vérification des réglages de messagerie pour %1</translation>
        </message>
        <message>
            <source>Mail settings check</source>
            <translation>Vérification des réglages de messagerie</translation>
        </message>
        <message>
            <source>Account: %1 — iOS %2</source>
            <translation>Compte : %1 — iOS %2</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Observations :</translation>
        </message>
        <message>
            <source>Settings checked</source>
            <translation>Réglages vérifiés</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>(set, not shown)</source>
            <translation>(renseigné, non affiché)</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Échanges avec les serveurs</translation>
        </message>
        <message>
            <source>Mailfix %1</source>
            <translation>Mailfix %1</translation>
        </message>
</context>
<context>
        <name>Resolver</name>
        <message>
            <source>%1: no such host (reserved name, RFC 6761)</source>
            <translation>%1 : hôte inexistant (nom réservé, RFC 6761)</translation>
        </message>
</context>
<context>
        <name>SettingsFile</name>
        <message>
            <source>line %1: </source>
            <translation>ligne %1 : </translation>
        </message>
        <message>
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string, not %2</source>
            <translation>« %1 » doit être une chaîne, et non %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be true or false, not %2</source>
            <translation>« %1 » doit être true ou false, et non %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a number from 1 to 65535, not %2</source>
            <translation>« %1 » doit être un nombre de 1 à 65535, et non %2</translation>
        </message>
        <message>
            <source>&apos;%1.auth&apos; must be one of password, md5, ntlm, http-md5, none, not %2</source>
            <translation>« %1.auth » doit être l&apos;une des valeurs password, md5, ntlm, http-md5, none, et non %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be an object ({...}), not %2</source>
            <translation>« %1 » doit être un objet ({...}), et non %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string</source>
            <translation>« %1 » doit être une chaîne</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is too long (at most %2 characters)</source>
            <translation>« %1 » est trop long (%2 caractères au maximum)</translation>
        </message>
        <message>
            <source>&apos;id&apos; must be a string or a whole number, not %1</source>
            <translation>« id » doit être une chaîne ou un nombre entier, et non %1</translation>
        </message>
        <message>
            <source>is too long (%1 characters; at most %2)</source>
            <translation>est trop long (%1 caractères ; %2 au maximum)</translation>
        </message>
        <message>
            <source>must not contain control characters or line breaks</source>
            <translation>ne doit contenir ni caractères de contrôle ni sauts de ligne</translation>
        </message>
        <message>
            <source>byte %1: </source>
            <translation>octet %1 : </translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>le fichier dépasse 1 Mio ; un fichier de réglages fait quelques centaines d&apos;octets</translation>
        </message>
        <message>
            <source>the file is empty; expected a JSON object such as {"incoming": {"host": "imap.example.com"}}</source>
            <translation>le fichier est vide ; un objet JSON est attendu, par exemple {"incoming": {"host": "imap.example.com"}}</translation>
        </message>
        <message>
            <source>not valid UTF-8 text (byte %1); save the file as UTF-8</source>
            <translation>texte UTF-8 non valide (octet %1) ; enregistrez le fichier en UTF-8</translation>
        </message>
        <message>
            <source>the file contains a NUL byte; it is not a JSON text file</source>
            <translation>le fichier contient un octet NUL ; ce n&apos;est pas un fichier texte JSON</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not a plain value</source>
            <translation>le niveau supérieur doit être un objet JSON ({...}) avec "account", "incoming" et "outgoing", et non une valeur simple</translation>
        </message>
        <message>
            <source>not valid JSON (%1)</source>
            <translation>JSON non valide (%1)</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not %1</source>
            <translation>le niveau supérieur doit être un objet JSON ({...}) avec "account", "incoming" et "outgoing", et non %1</translation>
        </message>
        <message>
            <source>a plain value</source>
            <translation>une valeur simple</translation>
        </message>
        <message>
            <source>&apos;incoming.type&apos; must be "imap" or "pop", not %1</source>
            <translation>« incoming.type » doit être "imap" ou "pop", et non %1</translation>
        </message>
        <message>
            <source>&apos;ios.version&apos; must be an iOS version such as "17.4" (5 to 18, or 26 and later), not %1</source>
            <translation>« ios.version » doit être une version d&apos;iOS comme "17.4" (5 à 18, ou 26 et au-delà), et non %1</translation>
        </message>
        <message>
            <source>%1: the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>%1 : le fichier dépasse 1 Mio ; un fichier de réglages fait quelques centaines d&apos;octets</translation>
        </message>
        <message>
            <source>settings file</source>
            <translation>fichier de réglages</translation>
        </message>
</context>
<context>
        <name>SmtpReplyParser</name>
        <message>
            <source>reply line too short</source>
            <translation>ligne de réponse trop courte</translation>
        </message>
        <message>
            <source>reply does not start with a status code</source>
            <translation>la réponse ne commence pas par un code d&apos;état</translation>
        </message>
        <message>
            <source>status code %1 is out of range</source>
            <translation>le code d&apos;état %1 est hors plage</translation>
        </message>
        <message>
            <source>malformed reply separator</source>
            <translation>séparateur de réponse mal formé</translation>
        </message>
        <message>
            <source>multi-line reply changes its code from %1 to %2</source>
            <translation>la réponse multiligne change de code, de %1 à %2</translation>
        </message>
        <message>
            <source>reply has more than %1 lines</source>
            <translation>la réponse compte plus de %1 lignes</translation>
        </message>
</context>
<context>
        <name>Validator</name>
        <message>
            <source>spaces</source>
            <translation>des espaces</translation>
        </message>
        <message>
            <source>a scheme (%1)</source>
            <translation>un schéma (%1)</translation>
        </message>
        <message>
            <source>a scheme (//)</source>
            <translation>un schéma (//)</translation>
        </message>
        <message>
            <source>a path (%1)</source>
            <translation>un chemin (%1)</translation>
        </message>
        <message>
            <source>an &apos;@&apos; (a host name is not an email address)</source>
            <translation>un « @ » (un nom d&apos;hôte n&apos;est pas une adresse e-mail)</translation>
        </message>
        <message>
            <source>a port (:%1)</source>
            <translation>un port (:%1)</translation>
        </message>
        <message>
            <source>a comma instead of a dot</source>
            <translation>une virgule au lieu d&apos;un point</translation>
        </message>
        <message>
            <source>a dot at the start or end</source>
            <translation>un point au début ou à la fin</translation>
        </message>
        <message>
            <source>an empty part between dots (..)</source>
            <translation>une partie vide entre deux points (..)</translation>
        </message>
        <message>
            <source>characters a host name cannot have</source>
            <translation>des caractères interdits dans un nom d&apos;hôte</translation>
        </message>
        <message>
            <source>more than 253 characters</source>
            <translation>plus de 253 caractères</translation>
        </message>
        <message>
            <source>a part longer than 63 characters</source>
            <translation>une partie de plus de 63 caractères</translation>
        </message>
        <message>
            <source>a part that starts or ends with &apos;-&apos;</source>
            <translation>une partie qui commence ou finit par « - »</translation>
        </message>
        <message>
            <source>characters a host name cannot have (%1)</source>
            <translation>des caractères interdits dans un nom d&apos;hôte (%1)</translation>
        </message>
        <message>
            <source>no host name at all</source>
            <translation>aucun nom d&apos;hôte</translation>
        </message>
        <message>
            <source>Email is empty</source>
            <translation>Le champ E-mail est vide</translation>
        </message>
        <message>
            <source>%1 is not an email address</source>
            <translation>%1 n&apos;est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>Server Port %1 is not between 1 and 65535</source>
            <translation>Le Port du serveur %1 n&apos;est pas compris entre 1 et 65535</translation>
        </message>
        <message>
            <source>Outgoing mail server Host Name is empty</source>
            <translation>Le Nom d&apos;hôte du serveur d&apos;envoi est vide</translation>
        </message>
        <message>
            <source>Incoming mail server Host Name is empty</source>
            <translation>Le Nom d&apos;hôte du serveur de réception est vide</translation>
        </message>
        <message>
            <source>%1 contains %2</source>
            <translation>%1 contient %2</translation>
        </message>
        <message>
            <source>Incoming mail server User Name is empty</source>
            <translation>Le Nom d&apos;utilisateur du serveur de réception est vide</translation>
        </message>
        <message>
            <source>Incoming mail server Password is empty (the phone says "No password provided")</source>
            <translation>Le Mot de passe du serveur de réception est vide (le téléphone indique « Aucun mot de passe fourni »)</translation>
        </message>
        <message>
            <source>Outgoing User Name is set but Password is empty</source>
            <translation>Le Nom d&apos;utilisateur d&apos;envoi est renseigné mais le Mot de passe est vide</translation>
        </message>
        <message>
            <source>no incoming or outgoing Host Name given</source>
            <translation>aucun Nom d&apos;hôte de réception ou d&apos;envoi indiqué</translation>
        </message>
        <message>
            <source>Primary Server is switched off</source>
            <translation>Le Serveur principal est désactivé</translation>
        </message>
</context>
<context>
        <name>mailfix-cli</name>
        <message>
            <source>-: standard input cannot be read</source>
            <translation>- : impossible de lire l&apos;entrée standard</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1 : fichier introuvable</translation>
        </message>
        <message>
            <source>%1: is a folder, not a batch file</source>
            <translation>%1 : est un dossier, pas un fichier de lot</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1 : ne peut pas être lu (%2)</translation>
        </message>
        <message>
            <source>%1: is not a regular file (a named pipe, a device or a socket); use --batch - to read standard input</source>
            <translation>%1 : n&apos;est pas un fichier ordinaire (c&apos;est un tube nommé, un périphérique ou un socket) ; utilisez --batch - pour lire l&apos;entrée standard</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1 : ligne %2</translation>
        </message>
        <message>
            <source>%1: no accounts in it (one JSON object a line)</source>
            <translation>%1 : aucun compte dedans (un objet JSON par ligne)</translation>
        </message>
        <message>
            <source>mailfix-cli: batch %1: %2 lines checked in %3 s: %4 without errors, %5 with errors, %6 broken lines, %7 duplicate ids%8</source>
            <translation>mailfix-cli : lot %1 : %2 lignes vérifiées en %3 s : %4 sans erreur, %5 avec erreurs, %6 lignes défectueuses, %7 id en double%8</translation>
        </message>
        <message>
            <source>, %1 cut short</source>
            <translation>, %1 interrompu(s)</translation>
        </message>
        <message>
            <source>%1: longer than 64 KiB; one account a line</source>
            <translation>%1 : plus de 64 Kio ; un compte par ligne</translation>
        </message>
        <message>
            <source>%1: line too long</source>
            <translation>%1 : ligne trop longue</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: id &apos;%2&apos; is also on line %3</source>
            <translation>mailfix-cli : avertissement : %1 : l&apos;id « %2 » figure aussi à la ligne %3</translation>
        </message>
        <message>
            <source>%1: nothing to check: give "incoming": {"host": ...} and/or "outgoing": {"host": ...}</source>
            <translation>%1 : rien à vérifier : indiquez "incoming": {"host": ...} et/ou "outgoing": {"host": ...}</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: unknown key &apos;%2&apos; ignored</source>
            <translation>mailfix-cli : avertissement : %1 : clé inconnue « %2 » ignorée</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Échanges avec les serveurs</translation>
        </message>
        <message>
            <source>Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD, or a prompt;
with --batch, from the batch file.</source>
            <translation>Vérifie les réglages d&apos;un compte de messagerie d&apos;iPhone auprès des vrais serveurs et indique quel champ modifier.
Les mots de passe viennent uniquement de MAILFIX_INCOMING_PASSWORD et MAILFIX_OUTGOING_PASSWORD, ou d&apos;une invite ;
avec --batch, du fichier de lot.</translation>
        </message>
        <message>
            <source>After a check with errors, search for the settings that work (as &apos;suggest&apos;).</source>
            <translation>Après une vérification avec erreurs, rechercher les réglages qui fonctionnent (comme « suggest »).</translation>
        </message>
        <message>
            <source>After a passing check, send a test message to the account itself and watch for it.</source>
            <translation>Après une vérification réussie, envoyer un message de test au compte lui-même et attendre son arrivée.</translation>
        </message>
        <message>
            <source>How long to watch for it (default 60, at most 600).</source>
            <translation>Durée d&apos;attente du message (60 par défaut, 600 au maximum).</translation>
        </message>
        <message>
            <source>--round-trip-timeout must be a number of seconds above 0 and at most 600, not &apos;%1&apos;</source>
            <translation>--round-trip-timeout doit être un nombre de secondes supérieur à 0 et d&apos;au plus 600, et non « %1 »</translation>
        </message>
        <message>
            <source>nothing to check: give --incoming-host and/or --outgoing-host, or --settings FILE</source>
            <translation>rien à vérifier : indiquez --incoming-host et/ou --outgoing-host, ou --settings FICHIER</translation>
        </message>
        <message>
            <source>Suggested settings</source>
            <translation>Réglages proposés</translation>
        </message>
        <message>
            <source>--%1 must be a number from 1 to 65535, not &apos;%2&apos;</source>
            <translation>--%1 doit être un nombre de 1 à 65535, et non « %2 »</translation>
        </message>
        <message>
            <source>--%1 must be &apos;on&apos; or &apos;off&apos;, not &apos;%2&apos;</source>
            <translation>--%1 doit valoir « on » ou « off », et non « %2 »</translation>
        </message>
        <message>
            <source>--%1 must be one of password, md5, ntlm, http-md5, none, not &apos;%2&apos;</source>
            <translation>--%1 doit être l&apos;une des valeurs password, md5, ntlm, http-md5, none, et non « %2 »</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
            <translation>--accept-certificate attend une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés), et non « %1 »</translation>
        </message>
        <message>
            <source>Read settings from a JSON file (same field names, nested).</source>
            <translation>Lire les réglages dans un fichier JSON (mêmes noms de champs, imbriqués).</translation>
        </message>
        <message>
            <source>Account &gt; Email.</source>
            <translation>Compte &gt; E-mail.</translation>
        </message>
        <message>
            <source>imap or pop.</source>
            <translation>imap ou pop.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; Host Name.</source>
            <translation>Serveur de réception &gt; Nom d&apos;hôte.</translation>
        </message>
        <message>
            <source>Incoming Server Port (default from type and Use SSL).</source>
            <translation>Port du serveur de réception (par défaut : selon le type et Utiliser SSL).</translation>
        </message>
        <message>
            <source>Incoming Use SSL.</source>
            <translation>Utiliser SSL en réception.</translation>
        </message>
        <message>
            <source>password, md5, ntlm, http-md5 or none.</source>
            <translation>password, md5, ntlm, http-md5 ou none.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; User Name.</source>
            <translation>Serveur de réception &gt; Nom d&apos;utilisateur.</translation>
        </message>
        <message>
            <source>SMTP &gt; Primary Server on or off.</source>
            <translation>SMTP &gt; Serveur principal activé ou non (on/off).</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) Host Name.</source>
            <translation>Nom d&apos;hôte du serveur d&apos;envoi (SMTP).</translation>
        </message>
        <message>
            <source>Outgoing Server Port (default 587 with SSL, 25 without).</source>
            <translation>Port du serveur d&apos;envoi (par défaut : 587 avec SSL, 25 sans).</translation>
        </message>
        <message>
            <source>Outgoing Use SSL.</source>
            <translation>Utiliser SSL en envoi.</translation>
        </message>
        <message>
            <source>Outgoing User Name (Optional on the phone).</source>
            <translation>Nom d&apos;utilisateur d&apos;envoi (Facultatif sur le téléphone).</translation>
        </message>
        <message>
            <source>Word the fix steps for this iOS version (default: newest).</source>
            <translation>Formuler les étapes de correction pour cette version d&apos;iOS (par défaut : la plus récente).</translation>
        </message>
        <message>
            <source>Also trust the CA certificates in this PEM file.</source>
            <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM.</translation>
        </message>
        <message>
            <source>Recipient in a foreign domain for the relay test.</source>
            <translation>Destinataire d&apos;un domaine extérieur pour le test de relais.</translation>
        </message>
        <message>
            <source>Deadline for each network step (default 6, at most 300).</source>
            <translation>Délai pour chaque étape réseau (6 par défaut, 300 au maximum).</translation>
        </message>
        <message>
            <source>Output format: text (default) or json.</source>
            <translation>Format de sortie : text (par défaut) ou json.</translation>
        </message>
        <message>
            <source>Agree to send the password without encryption.</source>
            <translation>Accepter d&apos;envoyer le mot de passe sans chiffrement.</translation>
        </message>
        <message>
            <source>Accept this server certificate although it failed verification (repeatable).</source>
            <translation>Accepter ce certificat de serveur malgré l&apos;échec de sa vérification (répétable).</translation>
        </message>
        <message>
            <source>In text output, also print the conversation with the servers.</source>
            <translation>En sortie texte, afficher aussi les échanges avec les serveurs.</translation>
        </message>
        <message>
            <source>No colours in text output.</source>
            <translation>Pas de couleurs en sortie texte.</translation>
        </message>
        <message>
            <source>Check many accounts: one settings-file JSON object a line (plus "id" and passwords); one JSON line out per account, in input order.</source>
            <translation>Vérifier de nombreux comptes : un objet JSON de fichier de réglages par ligne (plus "id" et les mots de passe) ; une ligne JSON en sortie par compte, dans l&apos;ordre d&apos;entrée.</translation>
        </message>
        <message>
            <source>With --batch: accounts checked at once (default 4, at most 64).</source>
            <translation>Avec --batch : nombre de comptes vérifiés en parallèle (4 par défaut, 64 au maximum).</translation>
        </message>
        <message>
            <source>Print the version and exit.</source>
            <translation>Afficher la version et quitter.</translation>
        </message>
        <message>
            <source>Print this help and exit.</source>
            <translation>Afficher cette aide et quitter.</translation>
        </message>
        <message>
            <source>Language of titles, fix steps and the CLI&apos;s text: en, de, fr or es (default: the system&apos;s).</source>
            <translation>Langue des titres, des étapes de correction et des messages de mailfix-cli : en, de, fr ou es (par défaut : celle du système).</translation>
        </message>
        <message>
            <source> (see mailfix-cli %1 --help)</source>
            <translation> (voir mailfix-cli %1 --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli %2 --help)</source>
            <translation>argument inattendu « %1 » (voir mailfix-cli %2 --help)</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: passwords in settings files are ignored (%2); use %3</source>
            <translation>mailfix-cli : avertissement : %1 : les mots de passe des fichiers de réglages sont ignorés (%2) ; utilisez %3</translation>
        </message>
        <message>
            <source>--incoming-type must be &apos;imap&apos; or &apos;pop&apos;, not &apos;%1&apos;</source>
            <translation>--incoming-type doit valoir « imap » ou « pop », et non « %1 »</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4 (5 to 18, or 26 and later), not &apos;%1&apos;</source>
            <translation>--ios doit être une version d&apos;iOS comme 17.4 (5 à 18, ou 26 et au-delà), et non « %1 »</translation>
        </message>
        <message>
            <source>--relay-recipient must be an email address, not &apos;%1&apos;</source>
            <translation>--relay-recipient doit être une adresse e-mail, et non « %1 »</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds above 0 and at most 300, not &apos;%1&apos;</source>
            <translation>--timeout doit être un nombre de secondes supérieur à 0 et d&apos;au plus 300, et non « %1 »</translation>
        </message>
        <message>
            <source>--format must be &apos;text&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
            <translation>--format doit valoir « text » ou « json », et non « %1 »</translation>
        </message>
        <message>
            <source>--jobs needs --batch FILE</source>
            <translation>--jobs nécessite --batch FILE</translation>
        </message>
        <message>
            <source>--%1 cannot be used with --batch: each line of the batch file holds one account&apos;s settings</source>
            <translation>--%1 ne peut pas être utilisé avec --batch : chaque ligne du fichier de lot contient les réglages d&apos;un compte</translation>
        </message>
        <message>
            <source>--batch writes JSON lines only; leave out --format or use --format json</source>
            <translation>--batch n&apos;écrit que des lignes JSON ; omettez --format ou utilisez --format json</translation>
        </message>
        <message>
            <source>--jobs must be a number from 1 to 64, not &apos;%1&apos;</source>
            <translation>--jobs doit être un nombre de 1 à 64, et non « %1 »</translation>
        </message>
        <message>
            <source>check one account&apos;s settings against its servers (or many: --batch FILE)</source>
            <translation>vérifier les réglages d&apos;un compte auprès de ses serveurs (ou de plusieurs : --batch FILE)</translation>
        </message>
        <message>
            <source>find the settings that work for an address (CONTRACT.md section 5)</source>
            <translation>trouver les réglages qui fonctionnent pour une adresse (CONTRACT.md, section 5)</translation>
        </message>
        <message>
            <source>write an Apple configuration profile for the phone (CONTRACT.md section 6)</source>
            <translation>écrire un profil de configuration Apple pour le téléphone (CONTRACT.md, section 6)</translation>
        </message>
        <message>
            <source>Examples:</source>
            <translation>Exemples :</translation>
        </message>
        <message>
            <source>
Passwords never go on the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them at the prompt (stdin a terminal).
See the manual page mailfix-cli(1) and docs/CONTRACT.md.
</source>
            <translation>
Les mots de passe ne passent jamais par la ligne de commande : définissez MAILFIX_INCOMING_PASSWORD et
MAILFIX_OUTGOING_PASSWORD, ou saisissez-les à l&apos;invite (si stdin est un terminal).
Voir la page de manuel mailfix-cli(1) et docs/CONTRACT.md.
</translation>
        </message>
        <message>
            <source>Usage: mailfix-cli COMMAND [options]
Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.

Commands:
</source>
            <translation>Utilisation : mailfix-cli COMMANDE [options]
Vérifie les réglages d&apos;un compte de messagerie d&apos;iPhone auprès des vrais serveurs et indique quel champ modifier.

Commandes :
</translation>
        </message>
        <message>
            <source> [not in this build]</source>
            <translation> [absent de cette version]</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     this help; &apos;mailfix-cli COMMAND --help&apos; lists a command&apos;s options
  -V, --version  print the version
</source>
            <translation>
Options :
  -h, --help     cette aide ; « mailfix-cli COMMANDE --help » liste les options d&apos;une commande
  -V, --version  afficher la version
</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;; the commands are check, suggest and profile (see mailfix-cli --help)</source>
            <translation>commande inconnue « %1 » ; les commandes sont check, suggest et profile (voir mailfix-cli --help)</translation>
        </message>
        <message>
            <source>no command given; use &apos;mailfix-cli check [options]&apos; (see mailfix-cli --help)</source>
            <translation>aucune commande indiquée ; utilisez « mailfix-cli check [options] » (voir mailfix-cli --help)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is not available in this build of mailfix-cli</source>
            <translation>« %1 » n&apos;est pas disponible dans cette version de mailfix-cli</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;</source>
            <translation>commande inconnue « %1 »</translation>
        </message>
        <message>
            <source>--lang needs a language: en, de, fr or es</source>
            <translation>--lang attend une langue : en, de, fr ou es</translation>
        </message>
        <message>
            <source>--lang must be one of %1, not &apos;%2&apos;</source>
            <translation>--lang doit être l&apos;une des valeurs %1, et non « %2 »</translation>
        </message>
        <message>
            <source>mailfix-cli: internal error: </source>
            <translation>mailfix-cli : erreur interne : </translation>
        </message>
        <message>
            <source>mailfix-cli: internal error</source>
            <translation>mailfix-cli : erreur interne</translation>
        </message>
        <message>
            <source>Incoming mail server password for %1@%2: </source>
            <translation>Mot de passe du serveur de réception pour %1@%2 : </translation>
        </message>
        <message>
            <source>Outgoing (SMTP) password for %1@%2 (Optional; press Enter if the phone&apos;s field is empty): </source>
            <translation>Mot de passe du serveur d&apos;envoi (SMTP) pour %1@%2 (Facultatif ; appuyez sur Entrée si le champ du téléphone est vide) : </translation>
        </message>
        <message>
            <source>Writes the mail settings as an Apple configuration profile (.mobileconfig) for the iPhone.
Never a password: the phone asks for it when the profile is installed. With
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD set, the settings are checked first.
A key&apos;s passphrase comes from MAILFIX_SIGN_PASSPHRASE or a prompt, never the command line.</source>
            <translation>Écrit les réglages de messagerie sous forme de profil de configuration Apple (.mobileconfig) pour l&apos;iPhone.
Jamais de mot de passe : le téléphone le demande à l&apos;installation du profil. Si
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD sont définis, les réglages sont d&apos;abord vérifiés.
La phrase secrète d&apos;une clé vient de MAILFIX_SIGN_PASSPHRASE ou d&apos;une invite, jamais de la ligne de commande.</translation>
        </message>
        <message>
            <source>Write the profile to this file.</source>
            <translation>Écrire le profil dans ce fichier.</translation>
        </message>
        <message>
            <source>Sign with this certificate (PEM).</source>
            <translation>Signer avec ce certificat (PEM).</translation>
        </message>
        <message>
            <source>The certificate&apos;s private key (PEM; encrypted: MAILFIX_SIGN_PASSPHRASE or a prompt).</source>
            <translation>La clé privée du certificat (PEM ; chiffrée : MAILFIX_SIGN_PASSPHRASE ou une invite).</translation>
        </message>
        <message>
            <source>Intermediate certificates to include (PEM).</source>
            <translation>Certificats intermédiaires à inclure (PEM).</translation>
        </message>
        <message>
            <source>PayloadIdentifier prefix (default: from the domain).</source>
            <translation>Préfixe de PayloadIdentifier (par défaut : d&apos;après le domaine).</translation>
        </message>
        <message>
            <source>profile needs --output FILE.mobileconfig</source>
            <translation>profile nécessite --output FILE.mobileconfig</translation>
        </message>
        <message>
            <source>--output %1: is a folder; give a file name such as mail.mobileconfig</source>
            <translation>--output %1 : est un dossier ; indiquez un nom de fichier, par exemple mail.mobileconfig</translation>
        </message>
        <message>
            <source>give either --sign-cert and --sign-key, or --sign-p12, not both</source>
            <translation>indiquez soit --sign-cert et --sign-key, soit --sign-p12, pas les deux</translation>
        </message>
        <message>
            <source>--sign-cert needs --sign-key (or use --sign-p12 FILE)</source>
            <translation>--sign-cert nécessite --sign-key (ou utilisez --sign-p12 FILE)</translation>
        </message>
        <message>
            <source>--sign-key needs --sign-cert</source>
            <translation>--sign-key nécessite --sign-cert</translation>
        </message>
        <message>
            <source>--sign-chain needs --sign-cert and --sign-key, or --sign-p12</source>
            <translation>--sign-chain nécessite --sign-cert et --sign-key, ou --sign-p12</translation>
        </message>
        <message>
            <source>Passphrase for %1: </source>
            <translation>Phrase secrète pour %1 : </translation>
        </message>
        <message>
            <source>mailfix-cli: the check found errors, so no profile was written:</source>
            <translation>mailfix-cli : la vérification a trouvé des erreurs, aucun profil n&apos;a donc été écrit :</translation>
        </message>
        <message>
            <source>  run &apos;mailfix-cli check&apos; with the same options for the fix steps</source>
            <translation>  lancez « mailfix-cli check » avec les mêmes options pour obtenir les étapes de correction</translation>
        </message>
        <message>
            <source>--output %1: cannot be written (%2)</source>
            <translation>--output %1 : écriture impossible (%2)</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3 bytes)
</source>
            <translation>%1 écrit (%2, %3 octets)
</translation>
        </message>
        <message>
            <source>signed with </source>
            <translation>signé avec </translation>
        </message>
        <message>
            <source>The settings were verified: both logins succeeded.
</source>
            <translation>Les réglages ont été vérifiés : les deux identifications ont réussi.
</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: the check found no error but did not log in on both servers. The profile holds them as given.</source>
            <translation>mailfix-cli : remarque : ces réglages ne sont pas vérifiés : la vérification n&apos;a trouvé aucune erreur, mais ne s&apos;est pas identifiée sur les deux serveurs. Le profil les contient tels quels.</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: no check was run (set MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD to check them first). The profile holds them as given.</source>
            <translation>mailfix-cli : remarque : ces réglages ne sont pas vérifiés : aucune vérification n&apos;a été faite (définissez MAILFIX_INCOMING_PASSWORD et MAILFIX_OUTGOING_PASSWORD pour les vérifier d&apos;abord). Le profil les contient tels quels.</translation>
        </message>
        <message>
            <source>--ca-file %1: no such file or not readable</source>
            <translation>--ca-file %1 : fichier introuvable ou illisible</translation>
        </message>
        <message>
            <source>--ca-file %1: no certificate in it</source>
            <translation>--ca-file %1 : aucun certificat dedans</translation>
        </message>
        <message>
            <source>Finds the mail settings that work from the email address alone and says what to change on the phone.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD.</source>
            <translation>Trouve les réglages de messagerie qui fonctionnent à partir de la seule adresse e-mail et indique quoi modifier sur le téléphone.
Les mots de passe viennent uniquement de MAILFIX_INCOMING_PASSWORD et MAILFIX_OUTGOING_PASSWORD.</translation>
        </message>
        <message>
            <source>Read the phone&apos;s settings from a JSON file.</source>
            <translation>Lire les réglages du téléphone dans un fichier JSON.</translation>
        </message>
        <message>
            <source>Account &gt; Email (required).</source>
            <translation>Compte &gt; E-mail (obligatoire).</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming host now.</source>
            <translation>L&apos;hôte de réception actuel du téléphone.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming port now.</source>
            <translation>Le port de réception actuel du téléphone.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming Use SSL now.</source>
            <translation>Le réglage Utiliser SSL actuel du téléphone en réception.</translation>
        </message>
        <message>
            <source>Incoming user name.</source>
            <translation>Nom d&apos;utilisateur de réception.</translation>
        </message>
        <message>
            <source>Primary Server on or off.</source>
            <translation>Serveur principal activé ou non (on/off).</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing host now.</source>
            <translation>L&apos;hôte d&apos;envoi actuel du téléphone.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing port now.</source>
            <translation>Le port d&apos;envoi actuel du téléphone.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing Use SSL now.</source>
            <translation>Le réglage Utiliser SSL actuel du téléphone en envoi.</translation>
        </message>
        <message>
            <source>Outgoing user name.</source>
            <translation>Nom d&apos;utilisateur d&apos;envoi.</translation>
        </message>
        <message>
            <source>iOS version for the wording.</source>
            <translation>Version d&apos;iOS pour la formulation.</translation>
        </message>
        <message>
            <source>text (default) or json.</source>
            <translation>text (par défaut) ou json.</translation>
        </message>
        <message>
            <source>Accept this certificate (SHA-256, repeatable).</source>
            <translation>Accepter ce certificat (SHA-256, répétable).</translation>
        </message>
        <message>
            <source>Do not ask the public ISPDB.</source>
            <translation>Ne pas interroger l&apos;ISPDB publique.</translation>
        </message>
        <message>
            <source>Base URL of an ISPDB mirror; URL + DOMAIN is fetched.</source>
            <translation>URL de base d&apos;un miroir de l&apos;ISPDB ; URL + DOMAINE est récupéré.</translation>
        </message>
        <message>
            <source>Language of the output.</source>
            <translation>Langue de la sortie.</translation>
        </message>
        <message>
            <source>This help.</source>
            <translation>Cette aide.</translation>
        </message>
        <message>
            <source> (see mailfix-cli suggest --help)</source>
            <translation> (voir mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli suggest --help)</source>
            <translation>argument inattendu « %1 » (voir mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4, not &apos;%1&apos;</source>
            <translation>--ios doit être une version d&apos;iOS comme 17.4, et non « %1 »</translation>
        </message>
        <message>
            <source>suggest needs --email ADDRESS (or an account.email in --settings)</source>
            <translation>suggest nécessite --email ADDRESS (ou un account.email dans --settings)</translation>
        </message>
        <message>
            <source>--email: &apos;%1&apos; is not an email address</source>
            <translation>--email : « %1 » n&apos;est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits), not &apos;%1&apos;</source>
            <translation>--accept-certificate attend une empreinte SHA-256 (64 chiffres hexadécimaux), et non « %1 »</translation>
        </message>
        <message>
            <source>--ispdb-url must be an https:// URL, not &apos;%1&apos;</source>
            <translation>--ispdb-url doit être une URL https://, et non « %1 »</translation>
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
Code de sortie :
  0  aucune erreur (check), réglages trouvés (suggest), profil écrit (profile)
  1  au moins une erreur (check ; en lot : dans un compte, ou une ligne défectueuse) ;
     suggest : aucun serveur de réception et d&apos;envoi fonctionnel trouvé
  2  usage ou entrée incorrects : une ligne sur stderr, rien d&apos;autre n&apos;est fait
  3  erreur interne, ou vérification interrompue
</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>non signé</translation>
        </message>
</context>
<context>
        <name>mailfix::AlertPage</name>
        <message>
            <source>What does the phone say?</source>
            <translation>Que dit le téléphone ?</translation>
        </message>
        <message>
            <source>Ask the customer to read out the alert on the phone. Picking it tells which settings to ask for first.</source>
            <translation>Demandez au client de lire l&apos;alerte affichée sur le téléphone. La choisir indique quels réglages demander en premier.</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>Langue du téléphone du client</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to: the alerts, labels and fix steps follow it</source>
            <translation>La langue réglée sur le téléphone du client : les alertes, libellés et étapes de correction la suivent</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>Langue du &amp;téléphone du client :</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Langue de la fenêtre</translation>
        </message>
        <message>
            <source>The language of Mailfix&apos;s own window (yours)</source>
            <translation>La langue de la fenêtre de Mailfix (la vôtre)</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>Lan&amp;gue de la fenêtre :</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>La langue de la fenêtre changera au prochain démarrage de Mailfix.</translation>
        </message>
        <message>
            <source>The phone &amp;says:</source>
            <translation>Le télé&amp;phone affiche :</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Ce qu&apos;affiche le téléphone</translation>
        </message>
        <message>
            <source>Up and Down choose the alert the customer reads out; Enter picks it</source>
            <translation>Haut et Bas choisissent l&apos;alerte que lit le client ; Entrée la sélectionne</translation>
        </message>
        <message>
            <source>I don&apos;t know / something else: go to the settings</source>
            <translation>Je ne sais pas / autre chose : aller aux réglages</translation>
        </message>
</context>
<context>
        <name>mailfix::CheckContext</name>
        <message>
            <source>[transcript truncated at %1 bytes]</source>
            <translation>[transcription tronquée à %1 octets]</translation>
        </message>
</context>
<context>
        <name>mailfix::DialogConsentProvider</name>
        <message>
            <source>Names:</source>
            <translation>Noms :</translation>
        </message>
        <message>
            <source>Issued by:</source>
            <translation>Émis par :</translation>
        </message>
        <message>
            <source>Valid from:</source>
            <translation>Valide à partir du :</translation>
        </message>
        <message>
            <source>Valid until:</source>
            <translation>Valide jusqu&apos;au :</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problème :</translation>
        </message>
        <message>
            <source>Accept it only if you know this certificate is the server&apos;s own (compare the fingerprint with your provider). Otherwise the password could go to someone else.</source>
            <translation>Acceptez-le uniquement si vous savez que ce certificat est bien celui du serveur (comparez l&apos;empreinte avec celle donnée par votre fournisseur). Sinon, le mot de passe pourrait parvenir à quelqu&apos;un d&apos;autre.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <translation>Impossible de vérifier l&apos;identité du serveur</translation>
        </message>
        <message>
            <source>The identity of &lt;b&gt;%1&lt;/b&gt; (port %2) cannot be verified.</source>
            <translation>L&apos;identité de &lt;b&gt;%1&lt;/b&gt; (port %2) ne peut pas être vérifiée.</translation>
        </message>
        <message>
            <source>Trust this certificate until Mailfix closes</source>
            <translation>Faire confiance à ce certificat jusqu&apos;à la fermeture de Mailfix</translation>
        </message>
        <message>
            <source>Do not send the password</source>
            <translation>Ne pas envoyer le mot de passe</translation>
        </message>
        <message>
            <source>Password Without Encryption</source>
            <translation>Mot de passe sans chiffrement</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (port %2) offers no encryption. Logging in would send the password readable by anyone on the network.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (port %2) ne propose pas de chiffrement. L&apos;identification enverrait le mot de passe en clair, lisible par n&apos;importe qui sur le réseau.</translation>
        </message>
        <message>
            <source>The phone should use SSL for this server. Send the password unencrypted only on a network you trust, for this one test.</source>
            <translation>Le téléphone devrait utiliser SSL pour ce serveur. N&apos;envoyez le mot de passe sans chiffrement que sur un réseau de confiance, pour ce seul test.</translation>
        </message>
        <message>
            <source>Send it unencrypted once</source>
            <translation>L&apos;envoyer sans chiffrement une fois</translation>
        </message>
</context>
<context>
        <name>mailfix::DiscoveryDialog</name>
        <message>
            <source>&amp;Apply and Check</source>
            <translation>&amp;Appliquer et vérifier</translation>
        </message>
        <message>
            <source>Find the settings that work</source>
            <translation>Trouver les réglages qui fonctionnent</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Serveur</translation>
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
            <translation>Trouvé par</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Servers tried</source>
            <translation>Serveurs essayés</translation>
        </message>
        <message>
            <source>Looking up %1: provider data, DNS (SRV, MX), the domain&apos;s autoconfig, the ISPDB and the usual server names; every server found is checked live…</source>
            <translation>Recherche pour %1 : données des fournisseurs, DNS (SRV, MX), autoconfig du domaine, ISPDB et noms de serveur habituels ; chaque serveur trouvé est vérifié en direct…</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>vérification…</translation>
        </message>
        <message>
            <source>No working server was found (%1 ms). What was tried is listed below.</source>
            <translation>Aucun serveur fonctionnel n&apos;a été trouvé (%1 ms). Ce qui a été essayé figure ci-dessous.</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right (%1 ms).</source>
            <translation>Les réglages du téléphone sont déjà corrects (%1 ms).</translation>
        </message>
        <message>
            <source>Found in %1 ms. Change these fields on the phone, or apply them here and check:</source>
            <translation>Trouvé en %1 ms. Modifiez ces champs sur le téléphone, ou appliquez-les ici et vérifiez :</translation>
        </message>
        <message>
            <source>%1: server and SSL mode found; the login was not tried (no password).</source>
            <translation>%1 : serveur et mode SSL trouvés ; l&apos;identification n&apos;a pas été essayée (pas de mot de passe).</translation>
        </message>
</context>
<context>
        <name>mailfix::FieldRow</name>
        <message>
            <source>%1 status</source>
            <translation>%1 : état</translation>
        </message>
        <message>
            <source>%1 problem</source>
            <translation>%1 : problème</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>pas encore vérifié</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>vérification en cours</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>not verified: the login was not tried</source>
            <translation>non vérifié : l&apos;identification n&apos;a pas été essayée</translation>
        </message>
        <message>
            <source>Ask the customer for this first</source>
            <translation>Demandez d&apos;abord ceci au client</translation>
        </message>
</context>
<context>
        <name>mailfix::FindingCard</name>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Change &lt;b&gt;%1&lt;/b&gt; in %2</source>
            <translation>Modifier &lt;b&gt;%1&lt;/b&gt; dans %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>Fix steps</source>
            <translation>Étapes de correction</translation>
        </message>
        <message>
            <source>The phone says: &lt;i&gt;%1&lt;/i&gt;</source>
            <translation>Le téléphone indique : &lt;i&gt;%1&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Show the evidence</source>
            <translation>Afficher les observations</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Hide the evidence</source>
            <translation>Masquer les observations</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <source>selected, shown on the phone picture</source>
            <translation>sélectionné, affiché sur l&apos;image du téléphone</translation>
        </message>
</context>
<context>
        <name>mailfix::FormPage</name>
        <message>
            <source>Where to find this screen on the phone</source>
            <translation>Où trouver cet écran sur le téléphone</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Sur le téléphone : %1</translation>
        </message>
        <message>
            <source>What to ask the customer first</source>
            <translation>Ce qu&apos;il faut demander d&apos;abord au client</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapProbe</name>
        <message>
            <source>Garbled response</source>
            <translation>Réponse illisible</translation>
        </message>
        <message>
            <source>Not asked: LOGIN after TLS needs no capability list</source>
            <translation>Non demandé : LOGIN après TLS ne nécessite pas la liste des capacités</translation>
        </message>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>Le serveur ne propose pas STARTTLS sur le port %1</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>Authentification : Aucune</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Nom d&apos;utilisateur ou mot de passe vide</translation>
        </message>
        <message>
            <source>A control character that IMAP cannot carry</source>
            <translation>Un caractère de contrôle qu&apos;IMAP ne peut pas transmettre</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which IMAP cannot carry: nothing was sent</source>
            <translation>Le %1 contient un caractère NUL, qu&apos;IMAP ne peut pas transmettre : rien n&apos;a été envoyé</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nom d&apos;utilisateur</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>The server disables login before TLS</source>
            <translation>Le serveur désactive l&apos;identification avant TLS</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Le serveur propose %1</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 est proposé mais n&apos;a pas été testé</translation>
        </message>
        <message>
            <source>The server offers no login that Mailfix can use</source>
            <translation>Le serveur ne propose aucune identification utilisable par Mailfix</translation>
        </message>
        <message>
            <source>Unexpected continuation request</source>
            <translation>Demande de continuation inattendue</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Identification réussie avec %1</translation>
        </message>
        <message>
            <source>The IMAP Path Prefix holds a line break or NUL, which IMAP cannot carry: it was not tried</source>
            <translation>Le Préfixe du chemin IMAP contient un saut de ligne ou un caractère NUL, qu&apos;IMAP ne peut pas transmettre : il n&apos;a pas été essayé</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapWatcher</name>
        <message>
            <source>not an IMAP response: %1</source>
            <translation>pas une réponse IMAP : %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>le serveur a refusé la connexion : %1</translation>
        </message>
        <message>
            <source>the server ended the session: %1</source>
            <translation>le serveur a mis fin à la session : %1</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS refusé : %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>l&apos;identification a été refusée : %1</translation>
        </message>
        <message>
            <source>INBOX cannot be opened: %1</source>
            <translation>impossible d&apos;ouvrir INBOX : %1</translation>
        </message>
        <message>
            <source>the server cannot search INBOX: %1</source>
            <translation>le serveur ne peut pas effectuer de recherche dans INBOX : %1</translation>
        </message>
        <message>
            <source>the test message could not be flagged for deletion: %1</source>
            <translation>le message de test n&apos;a pas pu être marqué pour suppression : %1</translation>
        </message>
        <message>
            <source>the test message is flagged as deleted; the server has no UID EXPUNGE, so it was not expunged (that would remove other deleted messages too)</source>
            <translation>le message de test est marqué comme supprimé ; le serveur ne gère pas UID EXPUNGE, il n&apos;a donc pas été effacé définitivement (cela effacerait aussi les autres messages supprimés)</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>le message de test a été supprimé</translation>
        </message>
        <message>
            <source>UID EXPUNGE failed: %1</source>
            <translation>UID EXPUNGE a échoué : %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>aucun mot de passe de réception n&apos;a été fourni</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>le mot de passe ne peut pas être envoyé à ce serveur (certificat ou chiffrement non accepté)</translation>
        </message>
        <message>
            <source>the password cannot be sent with IMAP LOGIN</source>
            <translation>le mot de passe ne peut pas être envoyé avec IMAP LOGIN</translation>
        </message>
</context>
<context>
        <name>mailfix::MailfixWizard</name>
        <message>
            <source>Mailfix — iPhone Mail Settings Check</source>
            <translation>Mailfix — Vérification des réglages de messagerie de l&apos;iPhone</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Vérifier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Check these settings against the servers (Ctrl+Return)</source>
            <translation>Vérifier ces réglages auprès des serveurs (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
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
            <translation>&amp;Nouveau client</translation>
        </message>
        <message>
            <source>Clear everything for the next caller (Ctrl+Shift+N)</source>
            <translation>Tout effacer pour l&apos;appelant suivant (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <source>&amp;Recent Checks</source>
            <translation>Vérifications &amp;récentes</translation>
        </message>
        <message>
            <source>Reopen the settings of an earlier caller (never with passwords)</source>
            <translation>Rouvrir les réglages d&apos;un appelant précédent (jamais avec les mots de passe)</translation>
        </message>
        <message>
            <source>No checks yet</source>
            <translation>Aucune vérification pour l&apos;instant</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(pas d&apos;e-mail)</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>&amp;Vérifier à nouveau</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activé</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <source>Account Type</source>
            <translation>Type de compte</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrage</translation>
        </message>
        <message>
            <source>Which iOS does the phone run, and what kind of account is it?</source>
            <translation>Quelle version d&apos;iOS le téléphone utilise-t-il, et de quel type de compte s&apos;agit-il ?</translation>
        </message>
        <message>
            <source>The version shown in Settings &gt; General &gt; About on the phone</source>
            <translation>La version indiquée dans Réglages &gt; Général &gt; Informations sur le téléphone</translation>
        </message>
        <message>
            <source>Find it on the phone in Settings &gt; General &gt; About (iOS Version, on older phones Software Version). The paths and labels below follow that version.</source>
            <translation>Elle se trouve sur le téléphone dans Réglages &gt; Général &gt; Informations (Version d&apos;iOS, ou Version du logiciel sur les anciens téléphones). Les chemins et libellés ci-dessous suivent cette version.</translation>
        </message>
        <message>
            <source>IMAP or POP, as chosen when the account was added</source>
            <translation>IMAP ou POP, selon le choix fait lors de l&apos;ajout du compte</translation>
        </message>
        <message>
            <source>The Account screen&apos;s heading says IMAP or POP ("IMAP ACCOUNT INFORMATION").</source>
            <translation>Le titre de l&apos;écran Compte indique IMAP ou POP (« INFORMATIONS DU COMPTE IMAP »).</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <source>The top of the account&apos;s screen on the phone.</source>
            <translation>Le haut de l&apos;écran du compte sur le téléphone.</translation>
        </message>
        <message>
            <source>John Appleseed</source>
            <comment>iOS placeholder</comment>
            <translation>John Appleseed</translation>
        </message>
        <message>
            <source>The name shown as sender</source>
            <translation>Le nom affiché comme expéditeur</translation>
        </message>
        <message>
            <source>example@example.com</source>
            <translation>nom@example.com</translation>
        </message>
        <message>
            <source>The email address of the account</source>
            <translation>L&apos;adresse e-mail du compte</translation>
        </message>
        <message>
            <source>My Email Account</source>
            <comment>iOS placeholder</comment>
            <translation>Mon compte e-mail</translation>
        </message>
        <message>
            <source>The account&apos;s name in the phone&apos;s list of accounts</source>
            <translation>Le nom du compte dans la liste des comptes du téléphone</translation>
        </message>
        <message>
            <source>Find my settings</source>
            <translation>Trouver mes réglages</translation>
        </message>
        <message>
            <source>Finds the servers that work from the email address (and the passwords, if typed)</source>
            <translation>Trouve les serveurs qui fonctionnent à partir de l&apos;adresse e-mail (et des mots de passe, s&apos;ils sont saisis)</translation>
        </message>
        <message>
            <source>Incoming Mail Server</source>
            <translation>Serveur de réception</translation>
        </message>
        <message>
            <source>On the Account screen, under Incoming Mail Server.</source>
            <translation>Sur l&apos;écran Compte, sous Serveur de réception.</translation>
        </message>
        <message>
            <source>mail.example.com</source>
            <translation>mail.example.com</translation>
        </message>
        <message>
            <source>Incoming mail server host name, without https:// or a port</source>
            <translation>Nom d&apos;hôte du serveur de réception, sans https:// ni port</translation>
        </message>
        <message>
            <source>Incoming mail server user name</source>
            <translation>Nom d&apos;utilisateur du serveur de réception</translation>
        </message>
        <message>
            <source>Incoming mail server password; used for this check only, never stored</source>
            <translation>Mot de passe du serveur de réception ; utilisé pour cette vérification uniquement, jamais enregistré</translation>
        </message>
        <message>
            <source>Outgoing Mail Server</source>
            <translation>Serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>Account &gt; Outgoing Mail Server &gt; SMTP &gt; Primary Server.</source>
            <translation>Compte &gt; Serveur d&apos;envoi &gt; SMTP &gt; Serveur principal.</translation>
        </message>
        <message>
            <source>Whether the primary SMTP server is switched on</source>
            <translation>Indique si le serveur SMTP principal est activé</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) server host name</source>
            <translation>Nom d&apos;hôte du serveur d&apos;envoi (SMTP)</translation>
        </message>
        <message>
            <source>Outgoing server user name; the phone shows it as Optional</source>
            <translation>Nom d&apos;utilisateur du serveur d&apos;envoi ; le téléphone l&apos;indique comme Facultatif</translation>
        </message>
        <message>
            <source>Outgoing server password; the phone shows it as Optional; never stored</source>
            <translation>Mot de passe du serveur d&apos;envoi ; le téléphone l&apos;indique comme Facultatif ; jamais enregistré</translation>
        </message>
        <message>
            <source>Use SSL for the outgoing server</source>
            <translation>Utiliser SSL pour le serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>How the phone logs in to the outgoing server</source>
            <translation>Comment le téléphone s&apos;identifie auprès du serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>Outgoing server port number</source>
            <translation>Numéro de port du serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avancé</translation>
        </message>
        <message>
            <source>At the bottom of the Account screen: Advanced.</source>
            <translation>En bas de l&apos;écran Compte : Avancé.</translation>
        </message>
        <message>
            <source>Use SSL for the incoming server; changes the default port</source>
            <translation>Utiliser SSL pour le serveur de réception ; modifie le port par défaut</translation>
        </message>
        <message>
            <source>How the phone logs in to the incoming server</source>
            <translation>Comment le téléphone s&apos;identifie auprès du serveur de réception</translation>
        </message>
        <message>
            <source>IMAP Path Prefix; usually empty. A stray value here gives an empty mailbox</source>
            <translation>Préfixe du chemin IMAP ; généralement vide. Une valeur parasite ici donne une boîte aux lettres vide</translation>
        </message>
        <message>
            <source>Incoming server port number</source>
            <translation>Numéro de port du serveur de réception</translation>
        </message>
        <message>
            <source>The fix steps were copied as an e-mail reply.</source>
            <translation>Les étapes de correction ont été copiées sous forme de réponse e-mail.</translation>
        </message>
        <message>
            <source>F&amp;ind working settings</source>
            <translation>Tro&amp;uver des réglages valides</translation>
        </message>
        <message>
            <source>Enter the iOS version as shown in Settings &gt; General &gt; About, e.g. 17.4.</source>
            <translation>Saisissez la version d&apos;iOS telle qu&apos;indiquée dans Réglages &gt; Général &gt; Informations, p. ex. 17.4.</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>Vouliez-vous dire %1 ?</translation>
        </message>
        <message>
            <source>Fix these first: %1</source>
            <translation>Corrigez d&apos;abord ceci : %1</translation>
        </message>
        <message>
            <source>Quit Mailfix</source>
            <translation>Quitter Mailfix</translation>
        </message>
        <message>
            <source>Quit Mailfix? The settings typed for %1 are offered again at the next start (without passwords); the results are closed.</source>
            <translation>Quitter Mailfix ? Les réglages saisis pour %1 seront proposés à nouveau au prochain démarrage (sans les mots de passe) ; les résultats seront fermés.</translation>
        </message>
        <message>
            <source>this caller</source>
            <translation>cet appelant</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller which iOS the phone runs (Settings &amp;gt; General &amp;gt; About) and whether the account is IMAP or POP. The labels and paths on every page follow that version.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Demandez à l&apos;appelant quelle version d&apos;iOS utilise le téléphone (Réglages &amp;gt; Général &amp;gt; Informations) et si le compte est IMAP ou POP. Les libellés et chemins de chaque page suivent cette version.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Type the account&apos;s Email as the phone shows it. The Name and Description do not change whether mail works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Saisissez l&apos;E-mail du compte tel que le téléphone l&apos;affiche. Le Nom et la Description n&apos;ont aucune influence sur le fonctionnement de la messagerie.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Incoming Mail Server: Host Name, User Name and Password. Leave the Host Name empty when the caller only has trouble sending: that side is then not checked.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le Serveur de réception : Nom d&apos;hôte, Nom d&apos;utilisateur et Mot de passe. Laissez le Nom d&apos;hôte vide si l&apos;appelant n&apos;a de problème qu&apos;à l&apos;envoi : ce côté n&apos;est alors pas vérifié.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Outgoing Mail Server (SMTP &amp;gt; Primary Server). An empty User Name is allowed on the phone; the check tells whether the server needs one. Leave the Host Name empty when only receiving fails.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le Serveur d&apos;envoi (SMTP &amp;gt; Serveur principal). Un Nom d&apos;utilisateur vide est autorisé sur le téléphone ; la vérification indique si le serveur en exige un. Laissez le Nom d&apos;hôte vide si seule la réception échoue.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Use SSL, Authentication, the IMAP Path Prefix and the Server Port of the incoming server. Switching Use SSL moves a default port to the new default, as on the phone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Utiliser SSL, Authentification, Préfixe du chemin IMAP et Port du serveur, pour le serveur de réception. Changer Utiliser SSL remplace un port par défaut par le nouveau port par défaut, comme sur le téléphone.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The findings are ordered by what stops mail first. Up and Down move between them; the picture shows the phone&apos;s screen of the selected one. Enter checks again; Ctrl+C copies the summary; the report fields go into the saved report&apos;s name.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les constats sont classés selon ce qui bloque la messagerie en premier. Haut et Bas permettent de passer de l&apos;un à l&apos;autre ; l&apos;image montre l&apos;écran du téléphone correspondant au constat sélectionné. Entrée relance la vérification ; Ctrl+C copie le résumé ; les champs du rapport entrent dans le nom du rapport enregistré.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;Keys&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6: go to a page. Ctrl+Return: check. Esc: stop a running check (it never closes the window). Alt+W: new customer. Alt+R: recent checks. F1: this help.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;Raccourcis&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6 : aller à une page. Ctrl+Entrée : vérifier. Échap : arrêter une vérification en cours (ne ferme jamais la fenêtre). Alt+N : nouveau client. Alt+R : vérifications récentes. F1 : cette aide.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;About&lt;/h4&gt;&lt;p&gt;Mailfix %1 checks an iPhone&apos;s mail settings against the real servers. Passwords are used for the check only: never stored, never in a report. License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;À propos&lt;/h4&gt;&lt;p&gt;Mailfix %1 vérifie les réglages de messagerie d&apos;un iPhone auprès des vrais serveurs. Les mots de passe ne servent qu&apos;à la vérification : jamais enregistrés, jamais dans un rapport. Licence : GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Help: %1</source>
            <translation>Aide : %1</translation>
        </message>
        <message>
            <source>Fix the marked fields first: nothing was sent to any server.</source>
            <translation>Corrigez d&apos;abord les champs signalés : rien n&apos;a été envoyé aux serveurs.</translation>
        </message>
        <message>
            <source>Only the outgoing server was checked again; the incoming results are from the previous check.</source>
            <translation>Seul le serveur d&apos;envoi a été revérifié ; les résultats de réception proviennent de la vérification précédente.</translation>
        </message>
        <message>
            <source>Only the incoming server was checked again; the outgoing results are from the previous check.</source>
            <translation>Seul le serveur de réception a été revérifié ; les résultats d&apos;envoi proviennent de la vérification précédente.</translation>
        </message>
        <message>
            <source>The incoming server was not checked: no Host Name was given for it.</source>
            <translation>Le serveur de réception n&apos;a pas été vérifié : aucun Nom d&apos;hôte n&apos;a été indiqué pour lui.</translation>
        </message>
        <message>
            <source>The outgoing server was not checked: no Host Name was given for it.</source>
            <translation>Le serveur d&apos;envoi n&apos;a pas été vérifié : aucun Nom d&apos;hôte n&apos;a été indiqué pour lui.</translation>
        </message>
        <message>
            <source>The summary was copied to the clipboard (without passwords).</source>
            <translation>Le résumé a été copié dans le presse-papiers (sans les mots de passe).</translation>
        </message>
        <message>
            <source>There is no report yet: run the check first.</source>
            <translation>Il n&apos;y a pas encore de rapport : lancez d&apos;abord la vérification.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>Fichiers HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Fichiers texte (*.txt)</translation>
        </message>
        <message>
            <source>Save Report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>Report saved to %1 (without passwords).</source>
            <translation>Rapport enregistré dans %1 (sans les mots de passe).</translation>
        </message>
        <message>
            <source>About Mailfix</source>
            <translation>À propos de Mailfix</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Checks an iPhone&apos;s mail account settings against the real mail servers and shows what to change on the phone, screen by screen.&lt;/p&gt;&lt;p&gt;Fill in the settings as they are on the phone, then press &lt;b&gt;Check&lt;/b&gt; (Ctrl+Return). On the results, Ctrl+C copies the report. Passwords are used for the check only: they are never stored and never appear in a report.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Vérifie les réglages d&apos;un compte de messagerie d&apos;iPhone auprès des vrais serveurs de messagerie et indique ce qu&apos;il faut modifier sur le téléphone, écran par écran.&lt;/p&gt;&lt;p&gt;Remplissez les réglages tels qu&apos;ils figurent sur le téléphone, puis appuyez sur &lt;b&gt;Vérifier&lt;/b&gt; (Ctrl+Entrée). Sur la page des résultats, Ctrl+C copie le rapport. Les mots de passe ne servent qu&apos;à la vérification : ils ne sont jamais enregistrés et n&apos;apparaissent jamais dans un rapport.&lt;/p&gt;&lt;p&gt;Licence : GNU GPL version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the phone says page</source>
            <translation>Page « Ce qu&apos;affiche le téléphone »</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Ce qu&apos;affiche le téléphone</translation>
        </message>
        <message>
            <source>Languages…</source>
            <translation>Langues…</translation>
        </message>
        <message>
            <source>The window&apos;s language and the customer&apos;s phone language (Ctrl+Shift+L)</source>
            <translation>La langue de la fenêtre et celle du téléphone du client (Ctrl+Maj+L)</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller to read out the alert on the phone and pick it (Up, Down, Enter): the pages then say which settings to ask for first, and the findings about that alert come first. "I don&apos;t know" goes on to the settings. The alerts follow the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Demandez à l&apos;appelant de lire l&apos;alerte affichée sur le téléphone et choisissez-la (Haut, Bas, Entrée) : les pages indiquent alors quels réglages demander en premier, et les constats liés à cette alerte passent en tête. « Je ne sais pas » mène aux réglages. Les alertes suivent la langue du téléphone du client.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Alt+0: What does the phone say? Ctrl+Shift+L: the window&apos;s and the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Alt+0 : Que dit le téléphone ? Ctrl+Maj+L : la langue de la fenêtre et celle du téléphone du client.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>The phone says “%1”. Ask first: %2</source>
            <translation>Le téléphone affiche « %1 ». Demandez d&apos;abord : %2</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>Langue du téléphone du client</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>Langue du &amp;téléphone du client :</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Langue de la fenêtre</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>Lan&amp;gue de la fenêtre :</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>La langue de la fenêtre changera au prochain démarrage de Mailfix.</translation>
        </message>
        <message>
            <source>; then </source>
            <comment>between the groups of fields to ask first</comment>
            <translation> ; puis </translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneHandover</name>
        <message>
            <source>Send to &amp;Phone…</source>
            <translation>Envoyer au télép&amp;hone…</translation>
        </message>
        <message>
            <source>Roun&amp;d trip: send a test message to myself</source>
            <translation>Aller-retour : s&apos;envoyer un message &amp;de test</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone; offered once a check has verified them</source>
            <translation>Enregistrer ces réglages comme profil pour l&apos;iPhone ; proposé dès qu&apos;une vérification les a validés</translation>
        </message>
        <message>
            <source>After a passing check, send one short message from this account to itself and wait until it arrives (at most a minute); Mailfix deletes it again</source>
            <translation>Après une vérification réussie, envoyer un court message de ce compte à lui-même et attendre son arrivée (une minute au plus) ; Mailfix le supprime ensuite</translation>
        </message>
        <message>
            <source>Round trip: the test message arrived after %1 s.</source>
            <translation>Aller-retour : le message de test est arrivé après %1 s.</translation>
        </message>
        <message>
            <source>Round trip failed: see the findings.</source>
            <translation>Échec de l&apos;aller-retour : voir les constats.</translation>
        </message>
        <message>
            <source>Round trip not done: %1</source>
            <translation>Aller-retour non effectué : %1</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone</source>
            <translation>Enregistrer ces réglages comme profil pour l&apos;iPhone</translation>
        </message>
        <message>
            <source>Offered once a check has verified the settings: %1</source>
            <translation>Proposé dès qu&apos;une vérification a validé les réglages : %1</translation>
        </message>
        <message>
            <source>Round trip: sending a test message and waiting for it…</source>
            <translation>Aller-retour : envoi d&apos;un message de test et attente de son arrivée…</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneProfileDialog</name>
        <message>
            <source>Settings &gt; General &gt; VPN &amp; Device Management</source>
            <translation>Réglages &gt; Général &gt; VPN et gestion de l&apos;appareil</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles &amp; Device Management (or just Profiles)</source>
            <translation>Réglages &gt; Général &gt; Profils et gestion de l&apos;appareil (ou simplement Profils)</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles</source>
            <translation>Réglages &gt; Général &gt; Profils</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Afficher dans le &amp;dossier</translation>
        </message>
        <message>
            <source>Send These Settings to the Phone</source>
            <translation>Envoyer ces réglages au téléphone</translation>
        </message>
        <message>
            <source>&lt;b&gt;This is a %1 account.&lt;/b&gt; On the iPhone it belongs under Add Account &amp;gt; %1, which signs in the way %1 requires. A profile can only set it up as a plain account with a password, which %1 no longer accepts for most accounts.</source>
            <translation>&lt;b&gt;Ceci est un compte %1.&lt;/b&gt; Sur l&apos;iPhone, il doit être ajouté via Ajouter un compte &amp;gt; %1, qui se connecte comme %1 l&apos;exige. Un profil ne peut le configurer que comme un compte ordinaire avec mot de passe, ce que %1 n&apos;accepte plus pour la plupart des comptes.</translation>
        </message>
        <message>
            <source>&amp;Save Profile…</source>
            <translation>&amp;Enregistrer le profil…</translation>
        </message>
        <message>
            <source>&lt;p&gt;Mailfix writes the settings for &lt;b&gt;%1&lt;/b&gt; into a configuration profile, a file ending in &lt;i&gt;.mobileconfig&lt;/i&gt;. It holds no password: the phone asks for it while installing.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Save the profile.&lt;/li&gt;&lt;li&gt;Get it onto the iPhone: send it by &lt;b&gt;AirDrop&lt;/b&gt; from a Mac, &lt;b&gt;e-mail&lt;/b&gt; it to an address the phone already receives and tap the attachment, or put it on a web page and open that in &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;The phone says "Profile Downloaded". Within about 8 minutes, open &lt;b&gt;%2&lt;/b&gt;, tap the profile, tap Install and type the password when asked. Only one downloaded profile waits at a time; a later one replaces it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Installing it again later replaces this account&apos;s earlier profile instead of adding a second account.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mailfix écrit les réglages de &lt;b&gt;%1&lt;/b&gt; dans un profil de configuration, un fichier se terminant par &lt;i&gt;.mobileconfig&lt;/i&gt;. Il ne contient aucun mot de passe : le téléphone le demande pendant l&apos;installation.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Enregistrez le profil.&lt;/li&gt;&lt;li&gt;Transférez-le sur l&apos;iPhone : envoyez-le par &lt;b&gt;AirDrop&lt;/b&gt; depuis un Mac, envoyez-le par &lt;b&gt;e-mail&lt;/b&gt; à une adresse que le téléphone reçoit déjà et touchez la pièce jointe, ou placez-le sur une page web et ouvrez celle-ci dans &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Le téléphone affiche « Profil téléchargé ». Dans les 8 minutes environ, ouvrez &lt;b&gt;%2&lt;/b&gt;, touchez le profil, touchez Installer et saisissez le mot de passe lorsqu&apos;il est demandé. Un seul profil téléchargé peut être en attente à la fois ; un profil plus récent remplace le précédent.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Une nouvelle installation ultérieure remplace le profil précédent de ce compte au lieu d&apos;ajouter un second compte.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>Le profil n&apos;a pas été enregistré : %1</translation>
        </message>
        <message>
            <source>%1 cannot be written (%2)</source>
            <translation>Impossible d&apos;écrire %1 (%2)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Enregistré sous %1</translation>
        </message>
        <message>
            <source>Save Profile</source>
            <translation>Enregistrer le profil</translation>
        </message>
        <message>
            <source>Configuration profiles (*.mobileconfig)</source>
            <translation>Profils de configuration (*.mobileconfig)</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneScreenView</name>
        <message>
            <source>Picture of the phone screen to change</source>
            <translation>Image de l&apos;écran du téléphone à modifier</translation>
        </message>
        <message>
            <source>%1, change: %2</source>
            <translation>%1, à modifier : %2</translation>
        </message>
        <message>
            <source>iPhone</source>
            <translation>iPhone</translation>
        </message>
</context>
<context>
        <name>mailfix::Pop3Probe</name>
        <message>
            <source>The CAPA list has more than %1 lines</source>
            <translation>La liste CAPA compte plus de %1 lignes</translation>
        </message>
        <message>
            <source>Endless capability list</source>
            <translation>Liste des capacités sans fin</translation>
        </message>
        <message>
            <source>Garbled reply</source>
            <translation>Réponse illisible</translation>
        </message>
        <message>
            <source>Unexpected continuation</source>
            <translation>Continuation inattendue</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>Le serveur demandait sans cesse d&apos;autres données d&apos;identification</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Identification réussie avec %1</translation>
        </message>
        <message>
            <source>CAPA not supported</source>
            <translation>CAPA non pris en charge</translation>
        </message>
        <message>
            <source>The server offers no STLS on port %1</source>
            <translation>Le serveur ne propose pas STLS sur le port %1</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Nom d&apos;utilisateur ou mot de passe vide</translation>
        </message>
        <message>
            <source>The server allows login only after STLS</source>
            <translation>Le serveur n&apos;autorise l&apos;identification qu&apos;après STLS</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 est proposé mais n&apos;a pas été testé</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Le serveur propose %1</translation>
        </message>
        <message>
            <source>A character POP3 cannot carry</source>
            <translation>Un caractère que POP3 ne peut pas transmettre</translation>
        </message>
        <message>
            <source>The user name holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>Le nom d&apos;utilisateur contient un saut de ligne ou un caractère de contrôle, que POP3 ne peut pas transmettre : rien n&apos;a été envoyé</translation>
        </message>
        <message>
            <source>The password holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>Le mot de passe contient un saut de ligne ou un caractère de contrôle, que POP3 ne peut pas transmettre : rien n&apos;a été envoyé</translation>
        </message>
        <message>
            <source>the server answered only USER of a pipelined group: sending PASS alone</source>
            <translation>le serveur n&apos;a répondu qu&apos;à USER d&apos;un groupe envoyé en pipeline : envoi de PASS seul</translation>
        </message>
</context>
<context>
        <name>mailfix::Pop3Watcher</name>
        <message>
            <source>the server&apos;s listing has no end</source>
            <translation>la liste du serveur n&apos;a pas de fin</translation>
        </message>
        <message>
            <source>not a POP3 reply: %1</source>
            <translation>pas une réponse POP3 : %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>le serveur a refusé la connexion : %1</translation>
        </message>
        <message>
            <source>STLS refused: %1</source>
            <translation>STLS refusé : %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>l&apos;identification a été refusée : %1</translation>
        </message>
        <message>
            <source>STAT failed: %1</source>
            <translation>STAT a échoué : %1</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>le message de test a été supprimé</translation>
        </message>
        <message>
            <source>the server did not confirm the deletion: %1</source>
            <translation>le serveur n&apos;a pas confirmé la suppression : %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>aucun mot de passe de réception n&apos;a été fourni</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>le mot de passe ne peut pas être envoyé à ce serveur (certificat ou chiffrement non accepté)</translation>
        </message>
</context>
<context>
        <name>mailfix::ProbeBase</name>
        <message>
            <source>Another service answers on port %1 (%2)</source>
            <translation>Un autre service répond sur le port %1 (%2)</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 in %3 ms</source>
            <translation>Connecté à %1, port %2, en %3 ms</translation>
        </message>
        <message>
            <source>Connected to %1 port %2</source>
            <translation>Connecté à %1, port %2</translation>
        </message>
        <message>
            <source>No plain-text greeting: this port expects SSL from the first byte</source>
            <translation>Pas de message d&apos;accueil en clair : ce port attend SSL dès le premier octet</translation>
        </message>
        <message>
            <source>%1, certificate valid for %2</source>
            <translation>%1, certificat valide pour %2</translation>
        </message>
        <message>
            <source>Plain-text data injected before TLS</source>
            <translation>Données en clair injectées avant TLS</translation>
        </message>
        <message>
            <source>The server sent more than %1 bytes</source>
            <translation>Le serveur a envoyé plus de %1 octets</translation>
        </message>
        <message>
            <source>Too much data from the server</source>
            <translation>Trop de données envoyées par le serveur</translation>
        </message>
        <message>
            <source>The server announced a literal of %1 bytes</source>
            <translation>Le serveur a annoncé un littéral de %1 octets</translation>
        </message>
        <message>
            <source>Oversized literal</source>
            <translation>Littéral trop grand</translation>
        </message>
        <message>
            <source>A line longer than %1 bytes without an end</source>
            <translation>Une ligne de plus de %1 octets sans fin de ligne</translation>
        </message>
        <message>
            <source>Endless line from the server</source>
            <translation>Ligne sans fin envoyée par le serveur</translation>
        </message>
        <message>
            <source>The server closed the connection during the TLS handshake</source>
            <translation>Le serveur a fermé la connexion pendant la négociation TLS</translation>
        </message>
        <message>
            <source>Connection closed by the server</source>
            <translation>Connexion fermée par le serveur</translation>
        </message>
        <message numerus="yes">
            <source>No answer within %n second(s)</source>
            <translation>
                <numerusform>Aucune réponse en %n seconde</numerusform>
                <numerusform>Aucune réponse en %n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>Not tried: the certificate was not accepted</source>
            <translation>Non essayé : le certificat n&apos;a pas été accepté</translation>
        </message>
        <message>
            <source>Not tried: the password would travel unencrypted</source>
            <translation>Non essayé : le mot de passe circulerait sans chiffrement</translation>
        </message>
        <message>
            <source>Use SSL is off</source>
            <translation>Utiliser SSL est désactivé</translation>
        </message>
        <message>
            <source>connecting to %1 port %2%3</source>
            <translation>connexion à %1 sur le port %2%3</translation>
        </message>
        <message>
            <source> (TLS from the first byte)</source>
            <translation> (TLS dès le premier octet)</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>connecté à %1 sur le port %2</translation>
        </message>
        <message>
            <source>no greeting yet: trying TLS from the first byte on a second connection</source>
            <translation>pas encore de message d&apos;accueil : essai de TLS dès le premier octet sur une deuxième connexion</translation>
        </message>
        <message>
            <source>the port does not speak TLS from the first byte either</source>
            <translation>le port ne parle pas non plus TLS dès le premier octet</translation>
        </message>
        <message>
            <source>TLS from the first byte works on port %1</source>
            <translation>TLS dès le premier octet fonctionne sur le port %1</translation>
        </message>
        <message>
            <source>TLS failed: looking at what port %1 says without TLS</source>
            <translation>échec de TLS : examen de ce que dit le port %1 sans TLS</translation>
        </message>
        <message>
            <source>%1 %2; certificate for %3, issued by %4, valid %5 to %6</source>
            <translation>%1 %2 ; certificat pour %3, émis par %4, valide du %5 au %6</translation>
        </message>
        <message>
            <source>starting TLS</source>
            <translation>démarrage de TLS</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>le serveur a fermé la connexion</translation>
        </message>
        <message>
            <source>no goodbye from the server: closing the connection</source>
            <translation>pas d&apos;au revoir du serveur : fermeture de la connexion</translation>
        </message>
        <message>
            <source>certificate %1 accepted by the user</source>
            <translation>certificat %1 accepté par l&apos;utilisateur</translation>
        </message>
        <message>
            <source>sending the login without encryption: allowed by the user</source>
            <translation>envoi de l&apos;identification sans chiffrement : autorisé par l&apos;utilisateur</translation>
        </message>
</context>
<context>
        <name>mailfix::ReadAloudView</name>
        <message>
            <source>&amp;Previous Step</source>
            <translation>Étape &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Terminé</translation>
        </message>
        <message>
            <source>E&amp;xit Read-Aloud (Esc)</source>
            <translation>Sortir de la lecture à voi&amp;x haute (Échap)</translation>
        </message>
        <message>
            <source>Read-aloud mode</source>
            <translation>Mode lecture à voix haute</translation>
        </message>
        <message>
            <source>Re-check</source>
            <translation>Revérifier</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Revenir à l&apos;étape précédente</translation>
        </message>
        <message>
            <source>Back to the previous step (Backspace)</source>
            <translation>Revenir à l&apos;étape précédente (Retour arrière)</translation>
        </message>
        <message>
            <source>This step is done: on to the next (Enter or Space)</source>
            <translation>Cette étape est faite : passer à la suivante (Entrée ou Espace)</translation>
        </message>
        <message>
            <source>Field: %1 — %2</source>
            <translation>Champ : %1 — %2</translation>
        </message>
        <message>
            <source>The check was stopped. The steps for %1 follow again.</source>
            <translation>La vérification a été arrêtée. Les étapes pour %1 reprennent.</translation>
        </message>
        <message>
            <source>%1 was checked again: something is still wrong. Its steps follow.</source>
            <translation>%1 a été revérifié : il reste un problème. Ses étapes suivent.</translation>
        </message>
        <message>
            <source>%1 was checked again: nothing left to change there.</source>
            <translation>%1 a été revérifié : il n&apos;y a plus rien à modifier.</translation>
        </message>
        <message>
            <source>Checking the settings again…</source>
            <translation>Nouvelle vérification des réglages…</translation>
        </message>
        <message>
            <source>Checking %1 again…</source>
            <translation>Nouvelle vérification de %1…</translation>
        </message>
        <message>
            <source>One moment: the check runs with the settings in the form.</source>
            <translation>Un instant : la vérification utilise les réglages du formulaire.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>Rien à modifier sur le téléphone.</translation>
        </message>
        <message>
            <source>All steps are done.</source>
            <translation>Toutes les étapes sont faites.</translation>
        </message>
        <message>
            <source>Leave read-aloud mode with Esc.</source>
            <translation>Quittez le mode lecture à voix haute avec Échap.</translation>
        </message>
        <message>
            <source>%1 · problem %2 of %3</source>
            <translation>%1 · problème %2 sur %3</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Étape %1 sur %2</translation>
        </message>
</context>
<context>
        <name>mailfix::ResultsPage</name>
        <message>
            <source>Cancel Check</source>
            <translation>Annuler la vérification</translation>
        </message>
        <message>
            <source>C&amp;opy Report</source>
            <translation>&amp;Copier le rapport</translation>
        </message>
        <message>
            <source>Copy Fix Steps as &amp;E-mail Reply</source>
            <translation>Copier les étapes en réponse e-&amp;mail</translation>
        </message>
        <message>
            <source>&amp;Save Report</source>
            <translation>Enregi&amp;strer le rapport</translation>
        </message>
        <message>
            <source>Check &amp; Results</source>
            <translation>Vérification et résultats</translation>
        </message>
        <message>
            <source>Check status</source>
            <translation>État de la vérification</translation>
        </message>
        <message>
            <source>Press Check (Ctrl+Return) to test the settings against the servers.</source>
            <translation>Appuyez sur Vérifier (Ctrl+Entrée) pour tester les réglages auprès des serveurs.</translation>
        </message>
        <message>
            <source>Check progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <source>Stop the check now (Esc)</source>
            <translation>Arrêter la vérification maintenant (Échap)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <source>Check steps</source>
            <translation>Étapes de la vérification</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>C&amp;onstats</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>Étap&amp;es</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>Cl&amp;ient :</translation>
        </message>
        <message>
            <source>Tic&amp;ket:</source>
            <translation>Tic&amp;ket :</translation>
        </message>
        <message>
            <source>A&amp;gent:</source>
            <translation>A&amp;gent :</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <source>Goes into the report and its file name; optional</source>
            <translation>Figure dans le rapport et dans son nom de fichier ; facultatif</translation>
        </message>
        <message>
            <source>Copy the summary and the fix steps to the clipboard, without passwords (Ctrl+C)</source>
            <translation>Copier le résumé et les étapes de correction dans le presse-papiers, sans les mots de passe (Ctrl+C)</translation>
        </message>
        <message>
            <source>Copy the fix steps as a reply to the customer&apos;s e-mail</source>
            <translation>Copier les étapes de correction sous forme de réponse à l&apos;e-mail du client</translation>
        </message>
        <message>
            <source>As &amp;Text…</source>
            <translation>En &amp;texte…</translation>
        </message>
        <message>
            <source>As &amp;HTML…</source>
            <translation>En &amp;HTML…</translation>
        </message>
        <message>
            <source>As &amp;PDF…</source>
            <translation>En &amp;PDF…</translation>
        </message>
        <message>
            <source>Round trip: test message sent and received</source>
            <translation>Aller-retour : message de test envoyé et reçu</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Envoi</translation>
        </message>
        <message>
            <source>host name</source>
            <translation>nom d&apos;hôte</translation>
        </message>
        <message>
            <source>connection</source>
            <translation>connexion</translation>
        </message>
        <message>
            <source>SSL</source>
            <translation>SSL</translation>
        </message>
        <message>
            <source>greeting</source>
            <translation>accueil</translation>
        </message>
        <message>
            <source>capabilities</source>
            <translation>capacités</translation>
        </message>
        <message>
            <source>login</source>
            <translation>identification</translation>
        </message>
        <message>
            <source>sender</source>
            <translation>expéditeur</translation>
        </message>
        <message>
            <source>relay</source>
            <translation>relais</translation>
        </message>
        <message>
            <source>Checking the settings against the servers…</source>
            <translation>Vérification des réglages auprès des serveurs…</translation>
        </message>
        <message>
            <source>Round Trip (send and receive)</source>
            <translation>Aller-retour (envoi et réception)</translation>
        </message>
        <message>
            <source>Incoming Mail Server (%1)</source>
            <translation>Serveur de réception (%1)</translation>
        </message>
        <message>
            <source>Outgoing Mail Server (SMTP)</source>
            <translation>Serveur d&apos;envoi (SMTP)</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>vérification en cours</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>échec</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignoré</translation>
        </message>
        <message>
            <source>%1 (skipped)</source>
            <translation>%1 (ignoré)</translation>
        </message>
        <message>
            <source>Check finished in %1 s.</source>
            <translation>Vérification terminée en %1 s.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>Rien à modifier sur le téléphone.</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>Sur le téléphone : %1</translation>
        </message>
        <message>
            <source>Read Fi&amp;x Steps Aloud</source>
            <translation>Lire les étapes à voi&amp;x haute</translation>
        </message>
        <message>
            <source>The fix steps one at a time in large type, to read out to the customer</source>
            <translation>Les étapes de correction une par une, en grands caractères, à lire au client</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTrip</name>
        <message>
            <source>the check was cancelled</source>
            <translation>la vérification a été annulée</translation>
        </message>
        <message>
            <source>the check found errors: mail cannot make the trip until they are fixed</source>
            <translation>la vérification a trouvé des erreurs : les e-mails ne peuvent pas faire l&apos;aller-retour tant qu&apos;elles ne sont pas corrigées</translation>
        </message>
        <message>
            <source>the round trip needs both the incoming and the outgoing server</source>
            <translation>l&apos;aller-retour nécessite à la fois le serveur de réception et le serveur d&apos;envoi</translation>
        </message>
        <message>
            <source>the login to the incoming server was not verified (no password, or not tried)</source>
            <translation>l&apos;identification sur le serveur de réception n&apos;a pas été vérifiée (pas de mot de passe, ou non essayée)</translation>
        </message>
        <message>
            <source>the login to the outgoing server was not verified (no password, or not tried)</source>
            <translation>l&apos;identification sur le serveur d&apos;envoi n&apos;a pas été vérifiée (pas de mot de passe, ou non essayée)</translation>
        </message>
        <message>
            <source>The message arrived, but: %1</source>
            <translation>Le message est arrivé, mais : %1</translation>
        </message>
        <message>
            <source>The incoming server could not be watched: %1</source>
            <translation>Le serveur de réception n&apos;a pas pu être surveillé : %1</translation>
        </message>
        <message>
            <source>The test message could not be sent: %1</source>
            <translation>Le message de test n&apos;a pas pu être envoyé : %1</translation>
        </message>
        <message>
            <source>The outgoing server refused the test message</source>
            <translation>Le serveur d&apos;envoi a refusé le message de test</translation>
        </message>
        <message>
            <source>The server accepted the login but refused the message itself. Its reply says why: ask the mail provider about it, quoting the reply.</source>
            <translation>Le serveur a accepté l&apos;identification mais a refusé le message lui-même. Sa réponse en donne la raison : interrogez le fournisseur de messagerie à ce sujet, en citant la réponse.</translation>
        </message>
        <message>
            <source>Until then, messages from the phone will be refused the same way.</source>
            <translation>D&apos;ici là, les messages envoyés depuis le téléphone seront refusés de la même manière.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Refusé : %1</translation>
        </message>
        <message>
            <source>Arrived %1 s after the server took it</source>
            <translation>Arrivé %1 s après sa prise en charge par le serveur</translation>
        </message>
        <message>
            <source>Mail to this account arrives slowly</source>
            <translation>Les e-mails arrivent lentement sur ce compte</translation>
        </message>
        <message>
            <source>The test message took %1 seconds from the outgoing server to the mailbox. Mail works, but a delay this long is worth asking the provider about.</source>
            <translation>Le message de test a mis %1 secondes pour aller du serveur d&apos;envoi à la boîte aux lettres. La messagerie fonctionne, mais un tel délai mérite d&apos;être signalé au fournisseur.</translation>
        </message>
        <message>
            <source>Delivered in %1 s; %2</source>
            <translation>Distribué en %1 s ; %2</translation>
        </message>
        <message>
            <source>Delivered in %1 s; deleting it got no answer in time</source>
            <translation>Distribué en %1 s ; la suppression n&apos;a pas reçu de réponse à temps</translation>
        </message>
        <message>
            <source>Sent "%1"; the outgoing server said "%2"; not in the mailbox after %3 s</source>
            <translation>« %1 » envoyé ; le serveur d&apos;envoi a répondu « %2 » ; absent de la boîte aux lettres après %3 s</translation>
        </message>
        <message>
            <source>The test message was sent but never arrived</source>
            <translation>Le message de test a été envoyé mais n&apos;est jamais arrivé</translation>
        </message>
        <message>
            <source>The outgoing server took the message, but it did not reach this account&apos;s mailbox within %1 seconds.</source>
            <translation>Le serveur d&apos;envoi a pris en charge le message, mais celui-ci n&apos;est pas parvenu dans la boîte aux lettres de ce compte en %1 secondes.</translation>
        </message>
        <message>
            <source>Look for it in the Junk folder; if it is not there, ask the mail provider, quoting the server&apos;s reply.</source>
            <translation>Cherchez-le dans le dossier Indésirables ; s&apos;il n&apos;y est pas, interrogez le fournisseur de messagerie en citant la réponse du serveur.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTripSession</name>
        <message>
            <source>no greeting in plain text: TLS from the first byte</source>
            <translation>pas de message d&apos;accueil en clair : TLS dès le premier octet</translation>
        </message>
        <message>
            <source>no answer from %1:%2 within %3 s</source>
            <translation>pas de réponse de %1:%2 en %3 s</translation>
        </message>
        <message>
            <source>%1 could not be resolved: %2</source>
            <translation>%1 n&apos;a pas pu être résolu : %2</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>connecté à %1, port %2</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>le serveur a fermé la connexion</translation>
        </message>
        <message>
            <source>%1 %2; certificate %3</source>
            <translation>%1 %2 ; certificat %3</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>fiable</translation>
        </message>
        <message>
            <source>the server sent a line longer than %1 bytes</source>
            <translation>le serveur a envoyé une ligne de plus de %1 octets</translation>
        </message>
        <message>
            <source>no TLS from the first byte (%1): trying STARTTLS</source>
            <translation>pas de TLS dès le premier octet (%1) : essai de STARTTLS</translation>
        </message>
</context>
<context>
        <name>mailfix::SessionStore</name>
        <message>
            <source>last session</source>
            <translation>dernière session</translation>
        </message>
        <message>
            <source>an unnamed account</source>
            <translation>un compte sans nom</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>session précédente</translation>
        </message>
        <message>
            <source>Choose No for a new caller. Passwords are never kept.</source>
            <translation>Choisissez Non pour un nouvel appelant. Les mots de passe ne sont jamais conservés.</translation>
        </message>
        <message>
            <source>recent checks</source>
            <translation>vérifications récentes</translation>
        </message>
        <message>
            <source>Continue with the settings of %1, typed %2?</source>
            <translation>Reprendre les réglages saisis pour %1 (%2) ?</translation>
        </message>
</context>
<context>
        <name>mailfix::SettingsFinder</name>
        <message>
            <source>the search&apos;s deadline passed</source>
            <translation>le délai de la recherche est dépassé</translation>
        </message>
        <message>
            <source>"%1" is not an email address</source>
            <translation>« %1 » n&apos;est pas une adresse e-mail</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>no entry for %1</source>
            <translation>aucune entrée pour %1</translation>
        </message>
        <message>
            <source>%1 not offered</source>
            <translation>%1 non proposé</translation>
        </message>
        <message>
            <source>run by %1</source>
            <translation>géré par %1</translation>
        </message>
        <message>
            <source>no MX records for %1</source>
            <translation>aucun enregistrement MX pour %1</translation>
        </message>
        <message>
            <source>not asked (--no-ispdb)</source>
            <translation>non interrogé (--no-ispdb)</translation>
        </message>
        <message>
            <source>cut short: %1</source>
            <translation>interrompu : %1</translation>
        </message>
        <message>
            <source>not needed: %1</source>
            <translation>inutile : %1</translation>
        </message>
        <message>
            <source>a working server was found</source>
            <translation>un serveur fonctionnel a été trouvé</translation>
        </message>
        <message>
            <source>nothing left to try</source>
            <translation>plus rien à essayer</translation>
        </message>
        <message>
            <source>the search ended</source>
            <translation>la recherche est terminée</translation>
        </message>
        <message numerus="yes">
            <source>%n lookups had not answered when the search ended</source>
            <translation>
                <numerusform>%n requête n&apos;avait pas reçu de réponse à la fin de la recherche</numerusform>
                <numerusform>%n requêtes n&apos;avaient pas reçu de réponse à la fin de la recherche</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2, the best of %3 tried)</source>
            <translation>%1 (%2, le meilleur des %3 essayés)</translation>
        </message>
        <message>
            <source>no %1 server found for %2: no provider entry, SRV record, autoconfig or usual host name</source>
            <translation>aucun serveur %1 trouvé pour %2 : ni entrée de fournisseur, ni enregistrement SRV, ni autoconfig, ni nom d&apos;hôte habituel</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>de réception</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>d&apos;envoi</translation>
        </message>
        <message>
            <source>%1 names %2; what works: %3</source>
            <translation>%1 indique %2 ; ce qui fonctionne : %3</translation>
        </message>
        <message>
            <source>A published source names settings that do not work (%1)</source>
            <translation>Une source publiée indique des réglages qui ne fonctionnent pas (%1)</translation>
        </message>
        <message>
            <source>Use the suggested settings; tell the domain&apos;s administrator that its %1 is out of date.</source>
            <translation>Utilisez les réglages proposés ; signalez à l&apos;administrateur du domaine que son %1 n&apos;est plus à jour.</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpProbe</name>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>Le serveur ne propose pas STARTTLS sur le port %1</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>Authentification : Aucune</translation>
        </message>
        <message>
            <source>No user name: the phone does not log in</source>
            <translation>Pas de nom d&apos;utilisateur : le téléphone ne s&apos;identifie pas</translation>
        </message>
        <message>
            <source>The server allows login only after STARTTLS</source>
            <translation>Le serveur n&apos;autorise l&apos;identification qu&apos;après STARTTLS</translation>
        </message>
        <message>
            <source>The server offers no login on port %1</source>
            <translation>Le serveur ne propose aucune identification sur le port %1</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>Le serveur propose %1</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 est proposé mais n&apos;a pas été testé</translation>
        </message>
        <message>
            <source>No password entered</source>
            <translation>Aucun mot de passe saisi</translation>
        </message>
        <message>
            <source>A NUL character cannot be sent in a login</source>
            <translation>Un caractère NUL ne peut pas être envoyé lors d&apos;une identification</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which an SMTP login cannot carry: nothing was sent</source>
            <translation>Le %1 contient un caractère NUL, qu&apos;une identification SMTP ne peut pas transmettre : rien n&apos;a été envoyé</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nom d&apos;utilisateur</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>Le serveur demandait sans cesse d&apos;autres données d&apos;identification</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Identification réussie avec %1</translation>
        </message>
        <message>
            <source>Not tried: the Email is not a valid address</source>
            <translation>Non essayé : l&apos;E-mail n&apos;est pas une adresse valide</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Non atteint</translation>
        </message>
        <message>
            <source>the server answered only the first commands of a pipelined group: sending the rest one at a time</source>
            <translation>le serveur n&apos;a répondu qu&apos;aux premières commandes d&apos;un groupe envoyé en pipeline : envoi du reste une par une</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpSender</name>
        <message>
            <source>not an SMTP reply: %1 (%2)</source>
            <translation>pas une réponse SMTP : %1 (%2)</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>le serveur a refusé la connexion : %1</translation>
        </message>
        <message>
            <source>EHLO refused: %1</source>
            <translation>EHLO refusé : %1</translation>
        </message>
        <message>
            <source>the server offers no STARTTLS</source>
            <translation>le serveur ne propose pas STARTTLS</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS refusé : %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>l&apos;identification a été refusée : %1</translation>
        </message>
        <message>
            <source>(the test message, %1 bytes)</source>
            <translation>(le message de test, %1 octets)</translation>
        </message>
        <message>
            <source>no outgoing password was given</source>
            <translation>aucun mot de passe d&apos;envoi n&apos;a été fourni</translation>
        </message>
        <message>
            <source>no login the round trip can use is offered (%1)</source>
            <translation>aucune identification utilisable pour l&apos;aller-retour n&apos;est proposée (%1)</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>le mot de passe ne peut pas être envoyé à ce serveur (certificat ou chiffrement non accepté)</translation>
        </message>
</context>
</TS>
