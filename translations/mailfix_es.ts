<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
        <name>AutoconfigParser</name>
        <message>
            <source>the file declares a DTD (entities are never read)</source>
            <translation>el archivo declara una DTD (las entidades nunca se leen)</translation>
        </message>
        <message>
            <source>the file uses an entity reference (&amp;%1;)</source>
            <translation>el archivo usa una referencia de entidad (&amp;%1;)</translation>
        </message>
        <message>
            <source>not a clientConfig file (root element &lt;%1&gt;)</source>
            <translation>no es un archivo clientConfig (elemento raíz &lt;%1&gt;)</translation>
        </message>
        <message>
            <source>malformed XML at line %1: %2</source>
            <translation>XML mal formado en la línea %1: %2</translation>
        </message>
        <message>
            <source>empty or not XML</source>
            <translation>vacío o no es XML</translation>
        </message>
</context>
<context>
        <name>BoundedFile</name>
        <message>
            <source>no such file</source>
            <translation>no existe el archivo</translation>
        </message>
        <message>
            <source>is a folder, not a %1</source>
            <translation>es una carpeta, no un %1</translation>
        </message>
        <message>
            <source>is not a regular file (a named pipe, a device or a socket), not a %1</source>
            <translation>no es un archivo normal (una tubería con nombre, un dispositivo o un socket), no un %1</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>no se puede leer (%1)</translation>
        </message>
        <message>
            <source>is larger than %1; a %2 is much smaller</source>
            <translation>ocupa más de %1; un %2 es mucho más pequeño</translation>
        </message>
</context>
<context>
        <name>CaFile</name>
        <message>
            <source>certificate file</source>
            <translation>archivo de certificado</translation>
        </message>
        <message>
            <source>%1: no certificate in it (expected PEM with "-----BEGIN CERTIFICATE-----")</source>
            <translation>%1: no contiene ningún certificado (se esperaba PEM con "-----BEGIN CERTIFICATE-----")</translation>
        </message>
</context>
<context>
        <name>CommandLine</name>
        <message>
            <source>Mailfix checks an iPhone&apos;s mail account settings against the real servers and shows what to change on the phone.</source>
            <translation>Mailfix comprueba los ajustes de la cuenta de correo de un iPhone con los servidores reales y muestra qué hay que cambiar en el teléfono.</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Muestra esta ayuda y sale.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Muestra la versión y sale.</translation>
        </message>
        <message>
            <source>Fill in the settings from a JSON settings file.</source>
            <translation>Rellena los ajustes a partir de un archivo de ajustes JSON.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>ARCHIVO</translation>
        </message>
        <message>
            <source>Run the check at once and open on the results.</source>
            <translation>Ejecuta la comprobación de inmediato y abre los resultados.</translation>
        </message>
        <message>
            <source>Trust the CA certificates in this PEM file as well as the system&apos;s.</source>
            <translation>Confía en los certificados de CA de este archivo PEM además de en los del sistema.</translation>
        </message>
        <message>
            <source>PEM</source>
            <translation>PEM</translation>
        </message>
        <message>
            <source>The phone&apos;s iOS version (default: the newest).</source>
            <translation>La versión de iOS del teléfono (predeterminada: la más reciente).</translation>
        </message>
        <message>
            <source>VERSION</source>
            <translation>VERSIÓN</translation>
        </message>
        <message>
            <source>The language of the window and of the phone&apos;s words: en, de, fr or es (default: as chosen last, else the system&apos;s).</source>
            <translation>El idioma de la ventana y de las palabras del teléfono: en, de, fr o es (predeterminado: el último elegido o, si no, el del sistema).</translation>
        </message>
        <message>
            <source>LANG</source>
            <translation>IDIOMA</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to, when it differs: the fix steps and the phone&apos;s labels are then in this one.</source>
            <translation>El idioma configurado en el teléfono del cliente, si es distinto: los pasos de corrección y las etiquetas del teléfono aparecen entonces en este.</translation>
        </message>
        <message>
            <source>mailfix: %1 (try --help)</source>
            <translation>mailfix: %1 (pruebe --help)</translation>
        </message>
        <message>
            <source>
Passwords are never taken from the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them into the password fields.
</source>
            <translation>
Las contraseñas nunca se toman de la línea de comandos: defina MAILFIX_INCOMING_PASSWORD y
MAILFIX_OUTGOING_PASSWORD, o escríbalas en los campos de contraseña.
</translation>
        </message>
        <message>
            <source>mailfix: unexpected argument &apos;%1&apos; (try --help)</source>
            <translation>mailfix: argumento inesperado &apos;%1&apos; (pruebe --help)</translation>
        </message>
        <message>
            <source>mailfix: &apos;%1&apos; is not an iOS version (e.g. 17 or 17.4)</source>
            <translation>mailfix: &apos;%1&apos; no es una versión de iOS (p. ej., 17 o 17.4)</translation>
        </message>
        <message>
            <source>mailfix: --%1 must be one of %2, not &apos;%3&apos;</source>
            <translation>mailfix: --%1 debe ser uno de %2, no &apos;%3&apos;</translation>
        </message>
        <message>
            <source>mailfix: bad --screenshot-page</source>
            <translation>mailfix: --screenshot-page no válido</translation>
        </message>
</context>
<context>
        <name>CustomerMail</name>
        <message>
            <source>Hello,</source>
            <translation>Hola:</translation>
        </message>
        <message>
            <source>Hello %1,</source>
            <translation>Hola, %1:</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers: they work, there is nothing to change on your iPhone.</source>
            <translation>Hemos comprobado los ajustes de correo de %1 con los servidores de correo: funcionan, no hay nada que cambiar en su iPhone.</translation>
        </message>
        <message>
            <source>we checked the mail settings of %1 against the mail servers. Please change this on your iPhone:</source>
            <translation>Hemos comprobado los ajustes de correo de %1 con los servidores de correo. Cambie lo siguiente en su iPhone:</translation>
        </message>
        <message>
            <source>Kind regards</source>
            <translation>Un cordial saludo</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Incidencia: %1</translation>
        </message>
</context>
<context>
        <name>Diagnosis</name>
        <message>
            <source>iOS 11.0 with %1</source>
            <translation>iOS 11.0 con %1</translation>
        </message>
        <message>
            <source> (answered after %1 s: the server slows down after failed logins)</source>
            <translation> (respondió tras %1 s: el servidor se ralentiza tras inicios de sesión fallidos)</translation>
        </message>
        <message>
            <source>The name %1 could not be looked up in time</source>
            <translation>No se pudo resolver el nombre %1 a tiempo</translation>
        </message>
        <message numerus="yes">
            <source>No answer from %1 port %2 within %n second(s)</source>
            <translation>
                <numerusform>Sin respuesta de %1 en el puerto %2 en %n segundo</numerusform>
                <numerusform>Sin respuesta de %1 en el puerto %2 en %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Connected to port %1, but the server said nothing within %n second(s)</source>
            <translation>
                <numerusform>Conectado al puerto %1, pero el servidor no dijo nada en %n segundo</numerusform>
                <numerusform>Conectado al puerto %1, pero el servidor no dijo nada en %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The TLS handshake did not complete within %n second(s)</source>
            <translation>
                <numerusform>El handshake TLS no se completó en %n segundo</numerusform>
                <numerusform>El handshake TLS no se completó en %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>the server stopped answering after %1 (no reply within %n second(s))</source>
            <translation>
                <numerusform>el servidor dejó de responder tras %1 (sin respuesta en %n segundo)</numerusform>
                <numerusform>el servidor dejó de responder tras %1 (sin respuesta en %n segundos)</numerusform>
            </translation>
        </message>
        <message>
            <source>then the server closed the connection</source>
            <translation>después el servidor cerró la conexión</translation>
        </message>
        <message>
            <source>The server closed the connection during %1</source>
            <translation>El servidor cerró la conexión durante %1</translation>
        </message>
        <message>
            <source>then the connection was lost: %1</source>
            <translation>después se perdió la conexión: %1</translation>
        </message>
        <message>
            <source>then the server said goodbye: %1</source>
            <translation>después el servidor se despidió: %1</translation>
        </message>
        <message>
            <source>Not a %1 reply: %2</source>
            <translation>No es una respuesta %1: %2</translation>
        </message>
        <message>
            <source>No greeting in plain text; a TLS handshake on port %1 succeeded</source>
            <translation>Sin saludo en texto plano; un handshake TLS en el puerto %1 tuvo éxito</translation>
        </message>
        <message>
            <source>Port %1 answers in plain text, not TLS: %2</source>
            <translation>El puerto %1 responde en texto plano, no en TLS: %2</translation>
        </message>
        <message>
            <source>EHLO lists: %1</source>
            <translation>EHLO indica: %1</translation>
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
            <translation>Llegaron %1 bytes después de la autorización del servidor para TLS y antes de que empezara el cifrado</translation>
        </message>
        <message>
            <source>Certificate for %1, issued by %2, valid %3 to %4: %5</source>
            <translation>Certificado para %1, emitido por %2, válido del %3 al %4: %5</translation>
        </message>
        <message>
            <source>The server skipped login (PREAUTH) before TLS: %1</source>
            <translation>El servidor omitió el inicio de sesión (PREAUTH) antes de TLS: %1</translation>
        </message>
        <message>
            <source>Unexpected PREAUTH greeting: %1</source>
            <translation>Saludo PREAUTH inesperado: %1</translation>
        </message>
        <message>
            <source>EHLO before TLS lists no AUTH but offers STARTTLS: %1</source>
            <translation>EHLO antes de TLS no indica AUTH pero ofrece STARTTLS: %1</translation>
        </message>
        <message>
            <source>Server offers: %1</source>
            <translation>El servidor ofrece: %1</translation>
        </message>
        <message>
            <source>Server offers %1; Mailfix cannot test this login</source>
            <translation>El servidor ofrece %1; Mailfix no puede probar este inicio de sesión</translation>
        </message>
        <message>
            <source>The password was sent to port %1 without encryption</source>
            <translation>La contraseña se envió al puerto %1 sin cifrar</translation>
        </message>
        <message>
            <source>No folder matches the IMAP Path Prefix "%1"</source>
            <translation>Ninguna carpeta coincide con el Prefijo de ruta IMAP "%1"</translation>
        </message>
        <message>
            <source>Cancelled by the user</source>
            <translation>Cancelado por el usuario</translation>
        </message>
        <message>
            <source>%1 expected, the server answered: %2</source>
            <translation>Se esperaba %1, el servidor respondió: %2</translation>
        </message>
</context>
<context>
        <name>DiscoveryWriter</name>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Outgoing (SMTP)</source>
            <translation>Saliente (SMTP)</translation>
        </message>
        <message>
            <source>Settings for %1 (searched in %2 ms)
</source>
            <translation>Ajustes para %1 (buscados en %2 ms)
</translation>
        </message>
        <message>
            <source>Incoming (POP)</source>
            <translation>Entrante (POP)</translation>
        </message>
        <message>
            <source>Incoming (IMAP)</source>
            <translation>Entrante (IMAP)</translation>
        </message>
        <message>
            <source>  %1: nothing found that works
</source>
            <translation>  %1: no se encontró nada que funcione
</translation>
        </message>
        <message>
            <source>  %1: %2 port %3, Use SSL %4, user %5 — verified: %6
</source>
            <translation>  %1: %2 puerto %3, Usar SSL %4, usuario %5 — verificado: %6
</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right.
</source>
            <translation>Los ajustes del teléfono ya son correctos.
</translation>
        </message>
        <message>
            <source>
Change on the phone:
</source>
            <translation>
Cambiar en el teléfono:
</translation>
        </message>
        <message>
            <source>
Findings:
</source>
            <translation>
Hallazgos:
</translation>
        </message>
        <message>
            <source>
What was tried:
</source>
            <translation>
Qué se probó:
</translation>
        </message>
        <message>
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>
Sources:
</source>
            <translation>
Fuentes:
</translation>
        </message>
        <message>
            <source>
Found working incoming and outgoing servers.
</source>
            <translation>
Se encontraron servidores entrante y saliente que funcionan.
</translation>
        </message>
        <message>
            <source>
Not both servers were found and verified.
</source>
            <translation>
No se encontraron y verificaron ambos servidores.
</translation>
        </message>
</context>
<context>
        <name>FixCatalog</name>
        <message>
            <source>(no host name)</source>
            <translation>(sin nombre de host)</translation>
        </message>
        <message>
            <source>Open %1.</source>
            <translation>Abra %1.</translation>
        </message>
        <message>
            <source>Scroll down and tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Advanced"</extracomment>
            <translation>Desplácese hacia abajo y toque %1.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3.</source>
            <extracomment>%1, %2, %3 = the phone&apos;s "SMTP", "Outgoing Mail Server", "Primary Server"; %4 = its host name</extracomment>
            <translation>Toque %1 en %2 y, después, toque %3.</translation>
        </message>
        <message>
            <source>Tap %1 under %2, then tap the %3 (%4).</source>
            <translation>Toque %1 en %2 y, después, toque %3 (%4).</translation>
        </message>
        <message>
            <source>Tap %1 and wait while the phone checks the account.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Toque %1 y espere mientras el teléfono comprueba la cuenta.</translation>
        </message>
        <message>
            <source>Go back to the %1 screen and tap %2.</source>
            <extracomment>%1, %2 = the phone&apos;s "Account" and "Done"</extracomment>
            <translation>Vuelva a la pantalla %1 y toque %2.</translation>
        </message>
        <message>
            <source>Tap %1.</source>
            <extracomment>%1 = the phone&apos;s "Done"</extracomment>
            <translation>Toque %1.</translation>
        </message>
        <message>
            <source>Turn on %1.</source>
            <translation>Active %1.</translation>
        </message>
        <message>
            <source>Turn off %1.</source>
            <translation>Desactive %1.</translation>
        </message>
        <message>
            <source>Check that %1 now shows %2; if not, enter %2.</source>
            <translation>Compruebe que %1 muestra ahora %2; si no, introduzca %2.</translation>
        </message>
        <message>
            <source>Make sure %1 is %2.</source>
            <translation>Asegúrese de que %1 es %2.</translation>
        </message>
        <message>
            <source>Enter %1 in %2.</source>
            <translation>Introduzca %1 en %2.</translation>
        </message>
        <message>
            <source>Enter %1 (the same user name as for incoming mail) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Introduzca %1 (el mismo nombre de usuario que para el correo entrante) en %2 y su contraseña en %3 (ambos dicen "Opcional") y, después, toque OK.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 and your password in %3 (both say "Optional"), then tap Done.</source>
            <translation>Introduzca su dirección de correo completa (%1) en %2 y su contraseña en %3 (ambos dicen "Opcional") y, después, toque OK.</translation>
        </message>
        <message>
            <source>Enter your full email address in %1 and your password in %2 (both say "Optional"), then tap Done.</source>
            <translation>Introduzca su dirección de correo completa en %1 y su contraseña en %2 (ambos dicen "Opcional") y, después, toque OK.</translation>
        </message>
        <message>
            <source>Set %1 to %2.</source>
            <translation>En %1, elija %2.</translation>
        </message>
        <message>
            <source>If mail stopped after moving to a new iPhone or restoring a backup, the password was probably not carried over: enter it again as above.</source>
            <translation>Si el correo dejó de funcionar al pasar a un iPhone nuevo o al restaurar una copia de seguridad, probablemente la contraseña no se transfirió: vuelva a introducirla como se indica arriba.</translation>
        </message>
        <message>
            <source>If you are not sure of the password, sign in to your provider&apos;s webmail with it; if that fails too, reset it there and enter the new one on the phone.</source>
            <translation>Si no está seguro de la contraseña, inicie sesión con ella en el correo web de su proveedor; si tampoco funciona, restablézcala allí e introduzca la nueva en el teléfono.</translation>
        </message>
        <message>
            <source>Enter your full email address (%1) in %2 under Incoming Mail Server.</source>
            <translation>Introduzca su dirección de correo completa (%1) en %2, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>Enter the app password in %1 under Incoming Mail Server.</source>
            <translation>Introduzca la contraseña de aplicación en %1, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>Enter the password in %1 under Incoming Mail Server.</source>
            <translation>Introduzca la contraseña en %1, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>Tap SMTP under Outgoing Mail Server, tap the Primary Server, enter the same password in %1 and tap Done.</source>
            <translation>Toque SMTP en Servidor de correo saliente, toque el Servidor principal, introduzca la misma contraseña en %1 y toque OK.</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (POP: first make sure the mail you need is still on the server).</source>
            <translation>Abra %1, toque Eliminar cuenta abajo del todo y confirme (POP: asegúrese primero de que el correo que necesita sigue en el servidor).</translation>
        </message>
        <message>
            <source>Open %1, tap Delete Account at the bottom and confirm (the mail stays on the server).</source>
            <translation>Abra %1, toque Eliminar cuenta abajo del todo y confirme (el correo se queda en el servidor).</translation>
        </message>
        <message>
            <source>Enter your user name in %1 (with most providers, your full email address).</source>
            <translation>Introduzca su nombre de usuario en %1 (con la mayoría de los proveedores, su dirección de correo completa).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2", but most providers want the full email address (%3).</source>
            <translation>Compruebe %1: pone "%2", pero la mayoría de los proveedores piden la dirección de correo completa (%3).</translation>
        </message>
        <message>
            <source>Check %1: it is "%2"; correct it if it is not your login name.</source>
            <translation>Compruebe %1: pone "%2"; corríjalo si no es su nombre de inicio de sesión.</translation>
        </message>
        <message>
            <source>Delete the %1 and type it again (usually the same password as for incoming mail), then tap Done.</source>
            <translation>Borre el campo %1 y vuelva a escribir la contraseña (normalmente la misma que para el correo entrante) y, después, toque OK.</translation>
        </message>
        <message>
            <source>Delete the %1 under Incoming Mail Server and type it again carefully, then tap Done.</source>
            <translation>Borre el campo %1 en Servidor de correo entrante, vuelva a escribir la contraseña con cuidado y, después, toque OK.</translation>
        </message>
        <message>
            <source>Enter %1 in %2 under Incoming Mail Server.</source>
            <translation>Introduzca %1 en %2, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>Enter the server name your provider gives in %1.</source>
            <translation>Introduzca en %1 el nombre de servidor que le da su proveedor.</translation>
        </message>
        <message>
            <source>Check %1 (now "%2") letter by letter against the server name your provider gives.</source>
            <translation>Compare %1 (ahora "%2") letra por letra con el nombre de servidor que le da su proveedor.</translation>
        </message>
        <message>
            <source>Check the date and time on the phone (%1: turn on Set Automatically) and on this computer.</source>
            <translation>Compruebe la fecha y la hora del teléfono (%1: active Ajuste automático) y de este ordenador.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not exist</source>
            <translation>El servidor entrante %1 no existe</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not exist</source>
            <translation>El servidor saliente %1 no existe</translation>
        </message>
        <message>
            <source>Server names could not be looked up (no answer from DNS)</source>
            <translation>No se pudieron resolver los nombres de servidor (sin respuesta del DNS)</translation>
        </message>
        <message>
            <source>Check that this computer is online: open any web page.</source>
            <translation>Compruebe que este ordenador está conectado a Internet: abra cualquier página web.</translation>
        </message>
        <message>
            <source>Run the check again; if it keeps failing, restart the router or try another network.</source>
            <translation>Vuelva a ejecutar la comprobación; si sigue fallando, reinicie el router o pruebe otra red.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepts no connections on port %2</source>
            <translation>El servidor entrante %1 no acepta conexiones en el puerto %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepts no connections on port %2</source>
            <translation>El servidor saliente %1 no acepta conexiones en el puerto %2</translation>
        </message>
        <message>
            <source>If the name is right, the server may be down: try again later or ask your provider.</source>
            <translation>Si el nombre es correcto, puede que el servidor esté caído: inténtelo más tarde o consulte a su proveedor.</translation>
        </message>
        <message>
            <source>The incoming server %1 does not answer on port %2</source>
            <translation>El servidor entrante %1 no responde en el puerto %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 does not answer on port %2</source>
            <translation>El servidor saliente %1 no responde en el puerto %2</translation>
        </message>
        <message>
            <source>Use port %1 instead of 25: port 25 is blocked on most mobile networks and many Wi-Fi networks.</source>
            <translation>Use el puerto %1 en lugar del 25: el puerto 25 está bloqueado en la mayoría de las redes móviles y en muchas redes Wi-Fi.</translation>
        </message>
        <message>
            <source>If mail works on one network but not on another, that network blocks the port: try mobile data or another Wi-Fi.</source>
            <translation>Si el correo funciona en una red pero no en otra, esa red bloquea el puerto: pruebe con datos móviles o con otra Wi-Fi.</translation>
        </message>
        <message>
            <source>The server cannot be reached from this network</source>
            <translation>No se puede acceder al servidor desde esta red</translation>
        </message>
        <message>
            <source>%1 cannot be reached from this network</source>
            <translation>No se puede acceder a %1 desde esta red</translation>
        </message>
        <message>
            <source>Run the check again; if only this server stays unreachable, it or its network is down: ask your provider.</source>
            <translation>Vuelva a ejecutar la comprobación; si solo este servidor sigue inaccesible, él o su red están caídos: consulte a su proveedor.</translation>
        </message>
        <message>
            <source>The incoming server %1 accepted the connection on port %2 but said nothing</source>
            <translation>El servidor entrante %1 aceptó la conexión en el puerto %2, pero no dijo nada</translation>
        </message>
        <message>
            <source>The outgoing server %1 accepted the connection on port %2 but said nothing</source>
            <translation>El servidor saliente %1 aceptó la conexión en el puerto %2, pero no dijo nada</translation>
        </message>
        <message>
            <source>The server may be overloaded: try again later, and ask your provider if it stays silent.</source>
            <translation>Puede que el servidor esté sobrecargado: inténtelo más tarde y consulte a su proveedor si sigue sin responder.</translation>
        </message>
        <message>
            <source>The server closed the connection</source>
            <translation>El servidor cerró la conexión</translation>
        </message>
        <message>
            <source>%1 closed the connection during the check</source>
            <translation>%1 cerró la conexión durante la comprobación</translation>
        </message>
        <message>
            <source>Check that host name and port are right: the server may not offer this service on that port.</source>
            <translation>Compruebe que el nombre de host y el puerto son correctos: puede que el servidor no ofrezca este servicio en ese puerto.</translation>
        </message>
        <message>
            <source>If they are right, the server may be refusing this network or be overloaded: try again later or from another network, and send the details below to your provider if it persists.</source>
            <translation>Si son correctos, puede que el servidor rechace esta red o esté sobrecargado: inténtelo más tarde o desde otra red y, si persiste, envíe los detalles de abajo a su proveedor.</translation>
        </message>
        <message>
            <source>Port %1 on %2 answers with %3, not %4</source>
            <translation>El puerto %1 de %2 responde con %3, no con %4</translation>
        </message>
        <message>
            <source>Port %1 on %2 is not a %3 port</source>
            <translation>El puerto %1 de %2 no es un puerto %3</translation>
        </message>
        <message>
            <source>Use the outgoing server&apos;s port here, not the incoming server&apos;s.</source>
            <translation>Use aquí el puerto del servidor saliente, no el del entrante.</translation>
        </message>
        <message>
            <source>Use the incoming server&apos;s port here, not the outgoing server&apos;s.</source>
            <translation>Use aquí el puerto del servidor entrante, no el del saliente.</translation>
        </message>
        <message>
            <source>The server sent an endless or oversized reply</source>
            <translation>El servidor envió una respuesta interminable o demasiado grande</translation>
        </message>
        <message>
            <source>%1 sent an endless or oversized reply</source>
            <translation>%1 envió una respuesta interminable o demasiado grande</translation>
        </message>
        <message>
            <source>Check that host name and port are right: another kind of server may be answering.</source>
            <translation>Compruebe que el nombre de host y el puerto son correctos: puede que responda otro tipo de servidor.</translation>
        </message>
        <message>
            <source>If they are right, send the details below to your provider: the server misbehaves.</source>
            <translation>Si son correctos, envíe los detalles de abajo a su proveedor: el servidor no funciona correctamente.</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the mail connection</source>
            <translation>Puede que alguien en esta red esté manipulando la conexión de correo</translation>
        </message>
        <message>
            <source>Someone on this network may be tampering with the connection to %1</source>
            <translation>Puede que alguien en esta red esté manipulando la conexión con %1</translation>
        </message>
        <message>
            <source>Do not use this network for mail: disconnect from this Wi-Fi.</source>
            <translation>No use esta red para el correo: desconéctese de esta Wi-Fi.</translation>
        </message>
        <message>
            <source>Run the check again from another network, for example mobile data.</source>
            <translation>Vuelva a ejecutar la comprobación desde otra red, por ejemplo con datos móviles.</translation>
        </message>
        <message>
            <source>If it happens on every network, the server itself is faulty: tell your provider.</source>
            <translation>Si ocurre en todas las redes, el propio servidor falla: comuníqueselo a su proveedor.</translation>
        </message>
        <message>
            <source>The incoming server %1 sent a notice</source>
            <translation>El servidor entrante %1 envió un aviso</translation>
        </message>
        <message>
            <source>The incoming server says: %1</source>
            <translation>El servidor entrante dice: %1</translation>
        </message>
        <message>
            <source>Read the server&apos;s notice below; it comes from the server, not from Mailfix.</source>
            <translation>Lea el aviso del servidor que aparece abajo; procede del servidor, no de Mailfix.</translation>
        </message>
        <message>
            <source>If it asks you to do something, check with your provider before you follow it.</source>
            <translation>Si le pide que haga algo, consulte a su proveedor antes de hacerlo.</translation>
        </message>
        <message>
            <source>The server stopped answering</source>
            <translation>El servidor dejó de responder</translation>
        </message>
        <message>
            <source>%1 stopped answering in the middle of the check</source>
            <translation>%1 dejó de responder en mitad de la comprobación</translation>
        </message>
        <message>
            <source>Try again later or from another network; if it persists, send the details below to your provider.</source>
            <translation>Inténtelo más tarde o desde otra red; si persiste, envíe los detalles de abajo a su proveedor.</translation>
        </message>
        <message>
            <source>Open %1, choose Google and sign in with your Google account; nothing else is needed.</source>
            <translation>Abra %1, elija Google e inicie sesión con su cuenta de Google; no hace falta nada más.</translation>
        </message>
        <message>
            <source>Or, instead of deleting the account: turn on 2-Step Verification at myaccount.google.com and create an app password at myaccount.google.com/apppasswords.</source>
            <translation>O, en lugar de eliminar la cuenta: active la verificación en dos pasos en myaccount.google.com y cree una contraseña de aplicación en myaccount.google.com/apppasswords.</translation>
        </message>
        <message>
            <source>Open %1, choose Outlook.com (for a work or school account: Microsoft Exchange) and sign in with Microsoft.</source>
            <translation>Abra %1, elija Outlook.com (para una cuenta del trabajo o de un centro educativo: Microsoft Exchange) e inicie sesión con Microsoft.</translation>
        </message>
        <message>
            <source>Sign in at account.apple.com, open Sign-In and Security &gt; App-Specific Passwords and create a password for Mail.</source>
            <translation>Inicie sesión en account.apple.com, abra Inicio de sesión y seguridad &gt; Contraseñas específicas de apps y cree una contraseña para Correo.</translation>
        </message>
        <message>
            <source>Use your full iCloud email address as %1 for the outgoing server too.</source>
            <translation>Use también su dirección de correo de iCloud completa como %1 para el servidor saliente.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser, open the account&apos;s security settings and create an app password.</source>
            <translation>Inicie sesión en %1 en un navegador web, abra los ajustes de seguridad de la cuenta y cree una contraseña de aplicación.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Yahoo!, which signs in without an app password.</source>
            <translation>O elimine esta cuenta y vuelva a añadirla con %1 &gt; Yahoo!, que inicia sesión sin contraseña de aplicación.</translation>
        </message>
        <message>
            <source>Or delete this account and add it again with %1 &gt; Aol., which signs in without an app password.</source>
            <translation>O elimine esta cuenta y vuelva a añadirla con %1 &gt; Aol., que inicia sesión sin contraseña de aplicación.</translation>
        </message>
        <message>
            <source>Sign in to %1 webmail in a web browser and open the mail settings for POP3 &amp; IMAP.</source>
            <translation>Inicie sesión en el correo web de %1 en un navegador web y abra los ajustes de correo de POP3 e IMAP.</translation>
        </message>
        <message>
            <source>Turn on "POP3 und IMAP Zugriff erlauben" (allow POP3 and IMAP access) and save.</source>
            <translation>Active "POP3 und IMAP Zugriff erlauben" (permitir el acceso POP3 e IMAP) y guarde.</translation>
        </message>
        <message>
            <source>Try again on the phone with your normal %1 password.</source>
            <translation>Vuelva a intentarlo en el teléfono con su contraseña normal de %1.</translation>
        </message>
        <message>
            <source>Sign in to Zoho Mail in a web browser, open Settings &gt; Mail Accounts and turn on IMAP Access.</source>
            <translation>Inicie sesión en Zoho Mail en un navegador web, abra Settings &gt; Mail Accounts y active IMAP Access.</translation>
        </message>
        <message>
            <source>If your Zoho account uses two-factor authentication, create an application-specific password in Zoho&apos;s security settings.</source>
            <translation>Si su cuenta de Zoho usa la autenticación en dos pasos, cree una contraseña específica de aplicación en los ajustes de seguridad de Zoho.</translation>
        </message>
        <message>
            <source>Follow %1&apos;s instructions for mail apps on the iPhone.</source>
            <translation>Siga las instrucciones de %1 para apps de correo en el iPhone.</translation>
        </message>
        <message>
            <source>The outgoing server needs your user name and password</source>
            <translation>El servidor saliente necesita su nombre de usuario y su contraseña</translation>
        </message>
        <message>
            <source>The incoming server needs your user name and password</source>
            <translation>El servidor entrante necesita su nombre de usuario y su contraseña</translation>
        </message>
        <message>
            <source>Enter your password in %1.</source>
            <translation>Introduzca su contraseña en %1.</translation>
        </message>
        <message>
            <source>%1 did not accept the password for %2</source>
            <translation>%1 no aceptó la contraseña de %2</translation>
        </message>
        <message>
            <source>Do not use your normal %1 password here; if you already use an app password, create a new one and type it exactly as shown, without spaces.</source>
            <translation>No use aquí su contraseña normal de %1; si ya usa una contraseña de aplicación, cree una nueva y escríbala exactamente como aparece, sin espacios.</translation>
        </message>
        <message>
            <source>The password for %1 is wrong</source>
            <translation>La contraseña de %1 es incorrecta</translation>
        </message>
        <message>
            <source>The incoming server does not accept "%1" as Authentication</source>
            <translation>El servidor entrante no acepta "%1" como Autenticación</translation>
        </message>
        <message>
            <source>The outgoing server does not accept "%1" as Authentication</source>
            <translation>El servidor saliente no acepta "%1" como Autenticación</translation>
        </message>
        <message>
            <source>Tap %1 and choose %2.</source>
            <translation>Toque %1 y elija %2.</translation>
        </message>
        <message>
            <source>The server offers only logins the phone cannot do (%1): ask your provider how to connect an iPhone.</source>
            <translation>El servidor solo ofrece inicios de sesión que el teléfono no admite (%1): pregunte a su proveedor cómo conectar un iPhone.</translation>
        </message>
        <message>
            <source>The incoming server allows no login on port %1</source>
            <translation>El servidor entrante no permite iniciar sesión en el puerto %1</translation>
        </message>
        <message>
            <source>The outgoing server allows no login on port %1</source>
            <translation>El servidor saliente no permite iniciar sesión en el puerto %1</translation>
        </message>
        <message>
            <source>Use the submission port for sending: port 25 is for servers passing mail to each other.</source>
            <translation>Use el puerto de envío (submission) para enviar: el puerto 25 es para que los servidores se pasen el correo entre sí.</translation>
        </message>
        <message>
            <source>%1 needs an app-specific password or its own sign-in</source>
            <translation>%1 necesita una contraseña específica de aplicación o su propio inicio de sesión</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s website, open the account&apos;s security settings and create an app password for Mail.</source>
            <translation>Inicie sesión en el sitio web de su proveedor, abra los ajustes de seguridad de la cuenta y cree una contraseña de aplicación para Correo.</translation>
        </message>
        <message>
            <source>Gmail needs Google sign-in or an app password, not your normal password</source>
            <translation>Gmail necesita el inicio de sesión de Google o una contraseña de aplicación, no su contraseña normal</translation>
        </message>
        <message>
            <source>%1 needs Microsoft sign-in; passwords no longer work</source>
            <translation>%1 necesita el inicio de sesión de Microsoft; las contraseñas ya no funcionan</translation>
        </message>
        <message>
            <source>iCloud needs an app-specific password, not your Apple Account password</source>
            <translation>iCloud necesita una contraseña específica de aplicación, no la contraseña de su cuenta de Apple</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Primero hay que permitir las apps de correo en su cuenta de %1</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 necesita una contraseña de aplicación, no su contraseña normal</translation>
        </message>
        <message>
            <source>Password logins are turned off for this Microsoft mailbox</source>
            <translation>El inicio de sesión con contraseña está desactivado para este buzón de Microsoft</translation>
        </message>
        <message>
            <source>For a work or school account, ask the administrator to allow authenticated SMTP, IMAP or POP for the mailbox.</source>
            <translation>Para una cuenta del trabajo o de un centro educativo, pida al administrador que permita SMTP, IMAP o POP autenticado para el buzón.</translation>
        </message>
        <message>
            <source>Logins to %1 are turned off for this account</source>
            <translation>El inicio de sesión en %1 está desactivado para esta cuenta</translation>
        </message>
        <message>
            <source>Sign in to your provider&apos;s webmail and turn on access for mail apps (IMAP, POP or SMTP) in the account settings.</source>
            <translation>Inicie sesión en el correo web de su proveedor y active el acceso para apps de correo (IMAP, POP o SMTP) en los ajustes de la cuenta.</translation>
        </message>
        <message>
            <source>If there is no such setting, ask your provider to enable %1 for your account.</source>
            <translation>Si no existe ese ajuste, pida a su proveedor que active %1 para su cuenta.</translation>
        </message>
        <message>
            <source>The server refused the login for now</source>
            <translation>El servidor rechazó el inicio de sesión por ahora</translation>
        </message>
        <message>
            <source>%1 refused the login for now</source>
            <translation>%1 rechazó el inicio de sesión por ahora</translation>
        </message>
        <message>
            <source>Wait 15 minutes, then try again.</source>
            <translation>Espere 15 minutos y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Update or switch off other devices that use this account with an old password: their failed logins keep the block going.</source>
            <translation>Actualice o apague los demás dispositivos que usan esta cuenta con una contraseña antigua: sus inicios de sesión fallidos mantienen el bloqueo.</translation>
        </message>
        <message>
            <source>other logins</source>
            <translation>otros inicios de sesión</translation>
        </message>
        <message>
            <source>The server also offers %1, which Mailfix did not test</source>
            <translation>El servidor también ofrece %1, que Mailfix no ha probado</translation>
        </message>
        <message>
            <source>Leave %1 on %2 unless your provider asks for %3.</source>
            <translation>Deje %1 en %2, a menos que su proveedor le pida %3.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because its certificate is not trusted</source>
            <translation>No se probó la contraseña en %1 porque su certificado no es de confianza</translation>
        </message>
        <message>
            <source>Fix the certificate problem first, then run the check again.</source>
            <translation>Resuelva primero el problema del certificado y vuelva a ejecutar la comprobación.</translation>
        </message>
        <message>
            <source>If you know this server and trust its certificate, accept the certificate in Mailfix and run the check again.</source>
            <translation>Si conoce este servidor y confía en su certificado, acepte el certificado en Mailfix y vuelva a ejecutar la comprobación.</translation>
        </message>
        <message>
            <source>The password was not tried on %1 because it would travel unencrypted</source>
            <translation>No se probó la contraseña en %1 porque viajaría sin cifrar</translation>
        </message>
        <message>
            <source>To test the password without encryption anyway, allow it for this server in Mailfix and run the check again.</source>
            <translation>Para probar la contraseña sin cifrado de todos modos, permítalo para este servidor en Mailfix y vuelva a ejecutar la comprobación.</translation>
        </message>
        <message>
            <source>The phone has no password for the incoming server %1</source>
            <translation>El teléfono no tiene contraseña para el servidor entrante %1</translation>
        </message>
        <message>
            <source>Enter your password in %1 under Incoming Mail Server.</source>
            <translation>Introduzca su contraseña en %1, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>Expect this once after moving to a new iPhone or restoring a backup: the phone does not always carry mail passwords over.</source>
            <translation>Es normal que pase una vez tras cambiar a un iPhone nuevo o restaurar una copia de seguridad: el teléfono no siempre transfiere las contraseñas de correo.</translation>
        </message>
        <message>
            <source>The Email field is empty</source>
            <translation>El campo Correo está vacío</translation>
        </message>
        <message>
            <source>Enter your full email address in %1.</source>
            <translation>Introduzca su dirección de correo completa en %1.</translation>
        </message>
        <message>
            <source>The incoming mail server has no host name</source>
            <translation>El servidor de correo entrante no tiene nombre de host</translation>
        </message>
        <message>
            <source>The outgoing mail server has no host name</source>
            <translation>El servidor de correo saliente no tiene nombre de host</translation>
        </message>
        <message>
            <source>The incoming mail server has no user name</source>
            <translation>El servidor de correo entrante no tiene nombre de usuario</translation>
        </message>
        <message>
            <source>The incoming server port is empty</source>
            <translation>El puerto del servidor entrante está vacío</translation>
        </message>
        <message>
            <source>The outgoing server port is empty</source>
            <translation>El puerto del servidor saliente está vacío</translation>
        </message>
        <message>
            <source>%1 is empty</source>
            <translation>%1 está vacío</translation>
        </message>
        <message>
            <source>Fill in %1 as your provider&apos;s instructions say.</source>
            <translation>Rellene %1 como indican las instrucciones de su proveedor.</translation>
        </message>
        <message>
            <source>The incoming server name "%1" is not a valid host name</source>
            <translation>El nombre del servidor entrante "%1" no es un nombre de host válido</translation>
        </message>
        <message>
            <source>The outgoing server name "%1" is not a valid host name</source>
            <translation>El nombre del servidor saliente "%1" no es un nombre de host válido</translation>
        </message>
        <message>
            <source>Enter only the server name in %1, like mail.example.com.</source>
            <translation>Introduzca en %1 solo el nombre del servidor, por ejemplo mail.example.com.</translation>
        </message>
        <message>
            <source>Leave out "https://", "@", ":" with a port number, slashes and spaces; the port belongs in %1.</source>
            <translation>Omita "https://", "@", ":" con un número de puerto, las barras y los espacios; el puerto va en %1.</translation>
        </message>
        <message>
            <source>The Email address is not valid</source>
            <translation>La dirección de Correo no es válida</translation>
        </message>
        <message>
            <source>"%1" is not a valid email address</source>
            <translation>"%1" no es una dirección de correo válida</translation>
        </message>
        <message>
            <source>In %1, enter your full address, like name@example.com: one @, no spaces.</source>
            <translation>En %1, introduzca su dirección completa, por ejemplo nombre@example.com: una sola @, sin espacios.</translation>
        </message>
        <message>
            <source>The incoming Server Port %1 is not a port number</source>
            <translation>El Puerto del servidor entrante %1 no es un número de puerto</translation>
        </message>
        <message>
            <source>The outgoing Server Port %1 is not a port number</source>
            <translation>El Puerto del servidor saliente %1 no es un número de puerto</translation>
        </message>
        <message>
            <source>IMAP Path Prefix "%1" matches no folder on the server</source>
            <translation>El Prefijo de ruta IMAP "%1" no coincide con ninguna carpeta del servidor</translation>
        </message>
        <message>
            <source>Tap %1 and delete its contents, so it is empty.</source>
            <translation>Toque %1 y borre su contenido para que quede vacío.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 no puede enviar correo a través de los servidores de Microsoft (corregido en iOS 11.0.1)</translation>
        </message>
        <message>
            <source>iOS %1 has a known mail bug with this server</source>
            <translation>iOS %1 tiene un fallo de correo conocido con este servidor</translation>
        </message>
        <message>
            <source>Leave the Mail settings as they are: they are correct.</source>
            <translation>Deje los ajustes de Correo como están: son correctos.</translation>
        </message>
        <message>
            <source>Update the phone: %1, then tap Download and Install.</source>
            <translation>Actualice el teléfono: abra %1 y toque Descargar e instalar.</translation>
        </message>
        <message>
            <source>After the update, send the message again.</source>
            <translation>Después de la actualización, vuelva a enviar el mensaje.</translation>
        </message>
        <message>
            <source>The check was cancelled before it finished</source>
            <translation>La comprobación se canceló antes de terminar</translation>
        </message>
        <message>
            <source>Press Check again to test all settings.</source>
            <translation>Pulse Comprobar de nuevo para probar todos los ajustes.</translation>
        </message>
        <message>
            <source>A problem was found (%1)</source>
            <translation>Se encontró un problema (%1)</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Compare %1 with your provider&apos;s instructions and correct it.</source>
            <translation>Compare %1 con las instrucciones de su proveedor y corríjalo.</translation>
        </message>
        <message>
            <source>Compare the account&apos;s settings with your provider&apos;s instructions.</source>
            <translation>Compare los ajustes de la cuenta con las instrucciones de su proveedor.</translation>
        </message>
        <message>
            <source>Run the check again; send the details below to your provider if it persists.</source>
            <translation>Vuelva a ejecutar la comprobación; si persiste, envíe los detalles de abajo a su proveedor.</translation>
        </message>
        <message>
            <source>The outgoing server is switched off on the phone</source>
            <translation>El servidor saliente está desactivado en el teléfono</translation>
        </message>
        <message>
            <source>Turn on %1, then tap Done.</source>
            <translation>Active %1 y, después, toque OK.</translation>
        </message>
        <message>
            <source>The outgoing server refuses to send your mail because the phone does not log in</source>
            <translation>El servidor saliente se niega a enviar su correo porque el teléfono no inicia sesión</translation>
        </message>
        <message>
            <source>Also check %1: for your address it should be %2.</source>
            <translation>Compruebe también %1: para su dirección debería ser %2.</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as this address</source>
            <translation>El servidor saliente no envía con esta dirección como remitente</translation>
        </message>
        <message>
            <source>The outgoing server won&apos;t send as %1</source>
            <translation>El servidor saliente no envía como %1</translation>
        </message>
        <message>
            <source>Check %1: it must be the address that belongs to your login.</source>
            <translation>Compruebe %1: debe ser la dirección que corresponde a su inicio de sesión.</translation>
        </message>
        <message>
            <source>Check %1: it must be an address that belongs to the login %2.</source>
            <translation>Compruebe %1: debe ser una dirección que corresponda al inicio de sesión %2.</translation>
        </message>
        <message>
            <source>To send as another address, use that address&apos;s own outgoing server, or ask your provider to allow it as a sender.</source>
            <translation>Para enviar con otra dirección, use el servidor saliente propio de esa dirección o pida a su proveedor que la permita como remitente.</translation>
        </message>
        <message>
            <source>The outgoing server %1 turned away the connection</source>
            <translation>El servidor saliente %1 rechazó la conexión</translation>
        </message>
        <message>
            <source>Try again in a few minutes; the server may be busy.</source>
            <translation>Vuelva a intentarlo dentro de unos minutos; puede que el servidor esté ocupado.</translation>
        </message>
        <message>
            <source>If it keeps happening, try from another network (mobile data instead of Wi-Fi): this network&apos;s address may be on a block list.</source>
            <translation>Si sigue ocurriendo, pruebe desde otra red (datos móviles en lugar de Wi-Fi): puede que la dirección de esta red esté en una lista de bloqueo.</translation>
        </message>
        <message>
            <source>If that does not help, send the server&apos;s reply below to your provider.</source>
            <translation>Si eso no ayuda, envíe a su proveedor la respuesta del servidor que aparece abajo.</translation>
        </message>
        <message>
            <source>The outgoing server %1 asked to try again later</source>
            <translation>El servidor saliente %1 pidió que se vuelva a intentar más tarde</translation>
        </message>
        <message>
            <source>Wait a few minutes and send again; the phone keeps unsent mail in the Outbox.</source>
            <translation>Espere unos minutos y vuelva a enviar; el teléfono guarda el correo no enviado en la Bandeja de salida.</translation>
        </message>
        <message>
            <source>If it still fails after an hour, send the server&apos;s reply below to your provider.</source>
            <translation>Si sigue fallando al cabo de una hora, envíe a su proveedor la respuesta del servidor que aparece abajo.</translation>
        </message>
        <message>
            <source>The outgoing server %1 sends mail for anyone, without a login</source>
            <translation>El servidor saliente %1 envía correo de cualquiera, sin inicio de sesión</translation>
        </message>
        <message>
            <source>Tell the server&apos;s administrator: an open relay is abused for spam and ends up on block lists.</source>
            <translation>Avise al administrador del servidor: un relay abierto se usa para enviar spam y acaba en listas de bloqueo.</translation>
        </message>
        <message>
            <source>Use your provider&apos;s outgoing server with a login: enter its name in %1, your user name and your password.</source>
            <translation>Use el servidor saliente de su proveedor con inicio de sesión: introduzca su nombre en %1, su nombre de usuario y su contraseña.</translation>
        </message>
        <message>
            <source>The outgoing server %1 refused the test recipient, not the sending</source>
            <translation>El servidor saliente %1 rechazó el destinatario de prueba, no el envío</translation>
        </message>
        <message>
            <source>Nothing to change on the phone for this: the server checked the test address itself.</source>
            <translation>No hay nada que cambiar en el teléfono por esto: el servidor comprobó la propia dirección de prueba.</translation>
        </message>
        <message>
            <source>To test relaying fully, run the check again with a recipient address you know works (--relay-recipient).</source>
            <translation>Para probar el relay por completo, vuelva a ejecutar la comprobación con una dirección de destinatario que sepa que funciona (--relay-recipient).</translation>
        </message>
        <message>
            <source>The incoming server %1 requires Use SSL</source>
            <translation>El servidor entrante %1 requiere Usar SSL</translation>
        </message>
        <message>
            <source>The outgoing server %1 requires Use SSL</source>
            <translation>El servidor saliente %1 requiere Usar SSL</translation>
        </message>
        <message>
            <source>The incoming server %1 offers no encryption on port %2</source>
            <translation>El servidor entrante %1 no ofrece cifrado en el puerto %2</translation>
        </message>
        <message>
            <source>The outgoing server %1 offers no encryption on port %2</source>
            <translation>El servidor saliente %1 no ofrece cifrado en el puerto %2</translation>
        </message>
        <message>
            <source>Only if your provider confirms this server has no encryption: turn off %1 (the password then travels unencrypted).</source>
            <translation>Solo si su proveedor confirma que este servidor no tiene cifrado: desactive %1 (la contraseña viajará entonces sin cifrar).</translation>
        </message>
        <message>
            <source>Ask your provider for the encrypted port of %1.</source>
            <translation>Pida a su proveedor el puerto cifrado de %1.</translation>
        </message>
        <message>
            <source>Enter that port in %1 and leave %2 on.</source>
            <translation>Introduzca ese puerto en %1 y deje %2 activado.</translation>
        </message>
        <message>
            <source>Port %1 needs Use SSL turned on</source>
            <translation>El puerto %1 necesita Usar SSL activado</translation>
        </message>
        <message>
            <source>No secure connection could be set up with %1 on port %2</source>
            <translation>No se pudo establecer una conexión segura con %1 en el puerto %2</translation>
        </message>
        <message>
            <source>Ask your provider or the server&apos;s administrator to update the server&apos;s encryption (TLS versions and ciphers); the details are below.</source>
            <translation>Pida a su proveedor o al administrador del servidor que actualice el cifrado del servidor (versiones de TLS y cifrados); los detalles están abajo.</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the incoming server %1</source>
            <translation>Su contraseña viajaría sin cifrar al servidor entrante %1</translation>
        </message>
        <message>
            <source>Your password would travel unencrypted to the outgoing server %1</source>
            <translation>Su contraseña viajaría sin cifrar al servidor saliente %1</translation>
        </message>
        <message>
            <source>The incoming server %1 offered encryption but could not start it</source>
            <translation>El servidor entrante %1 ofreció cifrado, pero no pudo iniciarlo</translation>
        </message>
        <message>
            <source>The outgoing server %1 offered encryption but could not start it</source>
            <translation>El servidor saliente %1 ofreció cifrado, pero no pudo iniciarlo</translation>
        </message>
        <message>
            <source>Tell your provider that STARTTLS fails on port %1 of %2; do not turn off %3 meanwhile.</source>
            <translation>Comunique a su proveedor que STARTTLS falla en el puerto %1 de %2; mientras tanto, no desactive %3.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not trusted</source>
            <translation>El certificado de %1 no es de confianza</translation>
        </message>
        <message>
            <source>If the server belongs to your company, ask its administrator for a certificate from a public certificate authority, or install the company&apos;s root certificate on the phone.</source>
            <translation>Si el servidor es de su empresa, pida a su administrador un certificado de una autoridad de certificación pública, o instale el certificado raíz de la empresa en el teléfono.</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, check again.</source>
            <translation>Después de instalar un perfil de certificado raíz, vuelva a comprobar.</translation>
        </message>
        <message>
            <source>After installing a root certificate profile, turn it on under %1.</source>
            <translation>Después de instalar un perfil de certificado raíz, actívelo en %1.</translation>
        </message>
        <message>
            <source>Only if the administrator confirms the SHA-256 fingerprint %1: accept the certificate when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Solo si el administrador confirma la huella SHA-256 %1: acepte el certificado cuando el teléfono muestre "No se puede verificar la identidad del servidor".</translation>
        </message>
        <message>
            <source>Only if the administrator confirms it is their certificate: accept it when the phone shows "Cannot Verify Server Identity".</source>
            <translation>Solo si el administrador confirma que es su certificado: acéptelo cuando el teléfono muestre "No se puede verificar la identidad del servidor".</translation>
        </message>
        <message>
            <source>The certificate of %1 has expired</source>
            <translation>El certificado de %1 ha caducado</translation>
        </message>
        <message>
            <source>The certificate of %1 expired on %2</source>
            <translation>El certificado de %1 caducó el %2</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate must be renewed: tell your provider or the server&apos;s administrator.</source>
            <translation>Si la fecha es correcta, hay que renovar el certificado del servidor: comuníqueselo a su proveedor o al administrador del servidor.</translation>
        </message>
        <message>
            <source>The certificate of %1 is not valid yet</source>
            <translation>El certificado de %1 todavía no es válido</translation>
        </message>
        <message>
            <source>The certificate of %1 is only valid from %2</source>
            <translation>El certificado de %1 solo es válido a partir del %2</translation>
        </message>
        <message>
            <source>If the date is right, the server&apos;s certificate was installed too early: tell your provider or the server&apos;s administrator.</source>
            <translation>Si la fecha es correcta, el certificado del servidor se instaló demasiado pronto: comuníqueselo a su proveedor o al administrador del servidor.</translation>
        </message>
        <message>
            <source>The certificate of %1 is for a different name</source>
            <translation>El certificado de %1 es para otro nombre</translation>
        </message>
        <message>
            <source>The certificate of %1 is for %2</source>
            <translation>El certificado de %1 es para %2</translation>
        </message>
        <message>
            <source>That is the name on the server&apos;s certificate; the server is the same.</source>
            <translation>Ese es el nombre que figura en el certificado del servidor; el servidor es el mismo.</translation>
        </message>
        <message>
            <source>Ask your provider which server name matches its certificate (%1).</source>
            <translation>Pregunte a su proveedor qué nombre de servidor coincide con su certificado (%1).</translation>
        </message>
        <message>
            <source>Enter that name in %1.</source>
            <translation>Introduzca ese nombre en %1.</translation>
        </message>
        <message>
            <source>Cannot Send Mail</source>
            <comment>iOS alert</comment>
            <translation>No se puede enviar el correo</translation>
        </message>
        <message>
            <source>Cannot Get Mail</source>
            <comment>iOS alert</comment>
            <translation>No se puede obtener el correo</translation>
        </message>
        <message>
            <source>The connection to the outgoing server "%1" failed.</source>
            <comment>iOS alert</comment>
            <translation>Error en la conexión con el servidor saliente "%1".</translation>
        </message>
        <message>
            <source>The mail server "%1" is not responding. Verify that you have entered the correct account info in Mail settings.</source>
            <comment>iOS alert</comment>
            <translation>El servidor de correo "%1" no responde. Compruebe que ha introducido la información correcta de la cuenta en los ajustes de Correo.</translation>
        </message>
        <message>
            <source>(recipient)</source>
            <extracomment>placeholder in the phone&apos;s alert when the recipient&apos;s address is not known</extracomment>
            <translation>(destinatario)</translation>
        </message>
        <message>
            <source>The recipient "%1" was rejected by the server because it does not allow relaying.</source>
            <comment>iOS alert</comment>
            <translation>El servidor ha rechazado al destinatario "%1" porque no permite el reenvío (relay).</translation>
        </message>
        <message>
            <source>The sender address "%1" was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>El servidor ha rechazado la dirección del remitente "%1".</translation>
        </message>
        <message>
            <source>(your address)</source>
            <translation>(su dirección)</translation>
        </message>
        <message>
            <source>The message was rejected by the server.</source>
            <comment>iOS alert</comment>
            <translation>El servidor ha rechazado el mensaje.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <comment>iOS alert</comment>
            <translation>No se puede verificar la identidad del servidor</translation>
        </message>
        <message>
            <source>The identity of "%1" cannot be verified by Mail. …</source>
            <comment>iOS alert</comment>
            <translation>Correo no puede verificar la identidad de "%1". …</translation>
        </message>
        <message>
            <source>No password provided for "%1". Please go to Mail Account Settings and enter a password.</source>
            <comment>iOS alert</comment>
            <translation>No se ha proporcionado ninguna contraseña para "%1". Vaya a los ajustes de la cuenta de correo e introduzca una contraseña.</translation>
        </message>
        <message>
            <source>The user name or password for "%1" is incorrect.</source>
            <comment>iOS alert</comment>
            <translation>El nombre de usuario o la contraseña de "%1" no son correctos.</translation>
        </message>
        <message>
            <source>Check the SSL setting for the outgoing server "%1".</source>
            <comment>iOS alert</comment>
            <translation>Compruebe el ajuste SSL del servidor saliente "%1".</translation>
        </message>
        <message>
            <source>Cannot Connect Using SSL</source>
            <comment>iOS alert</comment>
            <translation>No se puede conectar mediante SSL</translation>
        </message>
        <message>
            <source>[exact wording unconfirmed: the phone offers to try without SSL]</source>
            <translation>[texto exacto sin confirmar: el teléfono ofrece intentarlo sin SSL]</translation>
        </message>
        <message>
            <source>[translated by Mailfix: the phone&apos;s own words may differ]</source>
            <translation>[traducción de Mailfix: las palabras exactas del teléfono pueden ser otras]</translation>
        </message>
        <message>
            <source>Sending through port 25 works from here, but may not work from the phone</source>
            <translation>El envío por el puerto 25 funciona desde aquí, pero puede no funcionar desde el teléfono</translation>
        </message>
        <message>
            <source>Mobile networks and many Wi-Fi networks (hotels, cafés, guest networks) block port 25: on mobile data the phone cannot send through it.</source>
            <translation>Las redes móviles y muchas redes Wi-Fi (hoteles, cafeterías, redes de invitados) bloquean el puerto 25: con datos móviles, el teléfono no puede enviar por él.</translation>
        </message>
        <message>
            <source>Then send a test message from the phone on mobile data, with Wi-Fi off.</source>
            <translation>Después, envíe un mensaje de prueba desde el teléfono con datos móviles y la Wi-Fi desactivada.</translation>
        </message>
        <message>
            <source>The incoming server %1 is an address of a local network</source>
            <translation>El servidor entrante %1 es una dirección de una red local</translation>
        </message>
        <message>
            <source>The outgoing server %1 is an address of a local network</source>
            <translation>El servidor saliente %1 es una dirección de una red local</translation>
        </message>
        <message>
            <source>The incoming server %1 is a name only the local network knows</source>
            <translation>El servidor entrante %1 es un nombre que solo conoce la red local</translation>
        </message>
        <message>
            <source>The outgoing server %1 is a name only the local network knows</source>
            <translation>El servidor saliente %1 es un nombre que solo conoce la red local</translation>
        </message>
        <message>
            <source>The phone reaches %1 only on this network&apos;s Wi-Fi or through a VPN: on mobile data or another Wi-Fi, mail to and from this server stops.</source>
            <translation>El teléfono solo llega a %1 desde la Wi-Fi de esta red o a través de una VPN: con datos móviles o en otra Wi-Fi, el correo con este servidor deja de funcionar.</translation>
        </message>
        <message>
            <source>If the phone needs mail away from this network, ask the provider or the IT department for the server&apos;s public name and put it in %1.</source>
            <translation>Si el teléfono necesita el correo fuera de esta red, pida al proveedor o al departamento de informática el nombre público del servidor y escríbalo en %1.</translation>
        </message>
</context>
<context>
        <name>HttpFetcher</name>
        <message>
            <source>no answer within %1 ms</source>
            <translation>sin respuesta en %1 ms</translation>
        </message>
        <message>
            <source>%1 is not HTTPS; not fetched</source>
            <translation>%1 no es HTTPS; no se ha descargado</translation>
        </message>
        <message>
            <source>redirect from %1 to %2 refused: not HTTPS</source>
            <translation>redirección de %1 a %2 rechazada: no es HTTPS</translation>
        </message>
        <message>
            <source>redirect loop at %1</source>
            <translation>bucle de redirecciones en %1</translation>
        </message>
        <message>
            <source>more than %1 redirects</source>
            <translation>más de %1 redirecciones</translation>
        </message>
        <message>
            <source>larger than %1 bytes; not read further</source>
            <translation>más de %1 bytes; no se sigue leyendo</translation>
        </message>
        <message>
            <source>%1 bytes announced, more than %2; not read</source>
            <translation>se anuncian %1 bytes, más de %2; no se ha leído</translation>
        </message>
</context>
<context>
        <name>NetworkLocation</name>
        <message>
            <source>%1 is an address of a local network: reachable from this computer, not from everywhere</source>
            <translation>%1 es una dirección de una red local: accesible desde este equipo, no desde cualquier lugar</translation>
        </message>
        <message>
            <source>%1 is a name only the local network knows: reachable from this computer, not from everywhere</source>
            <translation>%1 es un nombre que solo conoce la red local: accesible desde este equipo, no desde cualquier lugar</translation>
        </message>
        <message>
            <source>%1 answers on port 25 from this computer&apos;s network; mobile networks and many Wi-Fi networks block port 25</source>
            <translation>%1 responde en el puerto 25 desde la red de este equipo; las redes móviles y muchas redes Wi-Fi bloquean el puerto 25</translation>
        </message>
</context>
<context>
        <name>ProviderAdvice</name>
        <message>
            <source>%1&apos;s own instructions: %2</source>
            <translation>Instrucciones propias de %1: %2</translation>
        </message>
        <message>
            <source>Open %1, choose %2 and sign in there with your %3 account; the phone then needs no password in the mail settings.</source>
            <translation>Abra %1, elija %2 e inicie sesión allí con su cuenta de %3; así el teléfono no necesita contraseña en los ajustes de correo.</translation>
        </message>
        <message>
            <source>%1 no longer accepts passwords from mail apps: remove this account and add it again with Add Account &gt; %2</source>
            <translation>%1 ya no acepta contraseñas de apps de correo: elimine esta cuenta y vuelva a añadirla con Añadir cuenta &gt; %2</translation>
        </message>
        <message>
            <source>%1 stops accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 dejará de aceptar contraseñas de apps de correo %2: elimine esta cuenta y vuelva a añadirla con Añadir cuenta &gt; %3</translation>
        </message>
        <message>
            <source>%1 stopped accepting passwords from mail apps %2: remove this account and add it again with Add Account &gt; %3</source>
            <translation>%1 dejó de aceptar contraseñas de apps de correo %2: elimine esta cuenta y vuelva a añadirla con Añadir cuenta &gt; %3</translation>
        </message>
        <message>
            <source>Or keep this account: turn on 2-Step Verification for your Google account, create an app password (%1) and enter it in %2.</source>
            <translation>O conserve esta cuenta: active la verificación en dos pasos en su cuenta de Google, cree una contraseña de aplicación (%1) e introdúzcala en %2.</translation>
        </message>
        <message>
            <source>App passwords do not help here: Microsoft accepts only its own sign-in.</source>
            <translation>Las contraseñas de aplicación no sirven aquí: Microsoft solo acepta su propio inicio de sesión.</translation>
        </message>
        <message>
            <source>%1 cannot be used in the iPhone&apos;s Mail app</source>
            <translation>%1 no se puede usar en la app Correo del iPhone</translation>
        </message>
        <message>
            <source>%1 offers IMAP and SMTP only through its Bridge program on a computer; the phone cannot reach it.</source>
            <translation>%1 solo ofrece IMAP y SMTP a través de su programa Bridge en un ordenador; el teléfono no puede acceder a él.</translation>
        </message>
        <message>
            <source>Use %1&apos;s own app on the phone instead, and remove this account.</source>
            <translation>Use en su lugar la app propia de %1 en el teléfono y elimine esta cuenta.</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password</source>
            <translation>%1 necesita una contraseña de aplicación, no su contraseña normal</translation>
        </message>
        <message>
            <source>%1 needs an app password, not your normal password (%2)</source>
            <translation>%1 necesita una contraseña de aplicación, no su contraseña normal (%2)</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail.</source>
            <translation>Inicie sesión en %1 en un navegador web y cree una contraseña de aplicación para Correo.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and create an app password for Mail: %2.</source>
            <translation>Inicie sesión en %1 en un navegador web y cree una contraseña de aplicación para Correo: %2.</translation>
        </message>
        <message>
            <source>On the phone, delete what is in %1 and enter the app password exactly as shown (without spaces), then tap Done.</source>
            <translation>En el teléfono, borre lo que hay en %1 e introduzca la contraseña de aplicación exactamente como aparece (sin espacios) y, después, toque OK.</translation>
        </message>
        <message>
            <source>Or remove this account and add it again with %1 &gt; %2, which signs in without an app password.</source>
            <translation>O elimine esta cuenta y vuelva a añadirla con %1 &gt; %2, que inicia sesión sin contraseña de aplicación.</translation>
        </message>
        <message>
            <source>Mail apps must first be allowed in your %1 account</source>
            <translation>Primero hay que permitir las apps de correo en su cuenta de %1</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps (IMAP, POP, SMTP) in the settings.</source>
            <translation>Inicie sesión en %1 en un navegador web y active el acceso para apps de correo (IMAP, POP, SMTP) en los ajustes.</translation>
        </message>
        <message>
            <source>Sign in to %1 in a web browser and turn on access for mail apps: %2.</source>
            <translation>Inicie sesión en %1 en un navegador web y active el acceso para apps de correo: %2.</translation>
        </message>
        <message>
            <source>Then try again on the phone with your normal %1 password; if that switch was already on, check the password in %2.</source>
            <translation>Después, vuelva a intentarlo en el teléfono con su contraseña normal de %1; si esa opción ya estaba activada, compruebe la contraseña en %2.</translation>
        </message>
        <message>
            <source>Your organisation has turned off %1 for this %2 account</source>
            <translation>Su organización ha desactivado %1 para esta cuenta de %2</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s %1 administrator: nothing on the phone can turn it on.</source>
            <translation>Esto le corresponde al administrador de %1 de su organización: nada en el teléfono puede activarlo.</translation>
        </message>
        <message>
            <source>Ask the administrator to allow %1 for your account.</source>
            <translation>Pida al administrador que permita %1 para su cuenta.</translation>
        </message>
        <message>
            <source>Or ask whether the account may be added with Add Account &gt; %1 instead.</source>
            <translation>O pregunte si se puede añadir la cuenta con Añadir cuenta &gt; %1 en su lugar.</translation>
        </message>
        <message>
            <source>Sending with a password (SMTP AUTH) is turned off for this %1 mailbox</source>
            <translation>El envío con contraseña (SMTP AUTH) está desactivado para este buzón de %1</translation>
        </message>
        <message>
            <source>This is a task for your organisation&apos;s Microsoft 365 administrator, not a setting on the phone: the password may well be right.</source>
            <translation>Esto le corresponde al administrador de Microsoft 365 de su organización, no es un ajuste del teléfono: es muy posible que la contraseña sea correcta.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox.</source>
            <translation>Pida al administrador que active SMTP autenticado para este buzón.</translation>
        </message>
        <message>
            <source>Ask the administrator to turn on Authenticated SMTP for this mailbox (%1).</source>
            <translation>Pida al administrador que active SMTP autenticado para este buzón (%1).</translation>
        </message>
        <message>
            <source>Microsoft turns it off by default for existing organisations at %1 (administrators can turn it on again).</source>
            <translation>Microsoft lo desactiva de forma predeterminada para las organizaciones existentes a partir de %1 (los administradores pueden volver a activarlo).</translation>
        </message>
        <message>
            <source>Microsoft has turned it off by default for existing organisations since %1 (administrators can turn it on again).</source>
            <translation>Microsoft lo tiene desactivado de forma predeterminada para las organizaciones existentes desde %1 (los administradores pueden volver a activarlo).</translation>
        </message>
        <message>
            <source>Without SMTP AUTH the phone can still send: remove this account and add it again with %1 &gt; %2.</source>
            <translation>Sin SMTP AUTH el teléfono puede seguir enviando: elimine esta cuenta y vuelva a añadirla con %1 &gt; %2.</translation>
        </message>
        <message>
            <source>iOS 11.0 cannot send mail through Microsoft&apos;s servers (fixed in iOS 11.0.1)</source>
            <translation>iOS 11.0 no puede enviar correo a través de los servidores de Microsoft (corregido en iOS 11.0.1)</translation>
        </message>
        <message>
            <source>The settings are right: the fault is in iOS 11.0 itself.</source>
            <translation>Los ajustes son correctos: el fallo está en el propio iOS 11.0.</translation>
        </message>
        <message>
            <source>Update the phone in %1, then send again.</source>
            <translation>Actualice el teléfono en %1 y, después, vuelva a enviar.</translation>
        </message>
        <message>
            <source>about %1</source>
            <comment>an unconfirmed month</comment>
            <translation>%1 (aprox.)</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a future date</comment>
            <translation>el %1</translation>
        </message>
        <message>
            <source>from %1</source>
            <comment>a future date</comment>
            <translation>a partir de %1</translation>
        </message>
        <message>
            <source>on %1</source>
            <comment>a past date</comment>
            <translation>el %1</translation>
        </message>
        <message>
            <source>since %1</source>
            <comment>a past date</comment>
            <translation>desde %1</translation>
        </message>
</context>
<context>
        <name>RecordLookup</name>
        <message>
            <source>%1: no DNS answer within %2 ms</source>
            <translation>%1: sin respuesta DNS en %2 ms</translation>
        </message>
        <message>
            <source>%1: no such record</source>
            <translation>%1: no existe ese registro</translation>
        </message>
        <message>
            <source>%1: lookup cancelled</source>
            <translation>%1: búsqueda cancelada</translation>
        </message>
        <message>
            <source>%1: target ".": the service is not offered</source>
            <translation>%1: destino ".": el servicio no se ofrece</translation>
        </message>
        <message>
            <source>%1: %2 records, only the first %3 are used</source>
            <translation>%1: %2 registros, solo se usan los %3 primeros</translation>
        </message>
</context>
<context>
        <name>ReportExporter</name>
        <message>
            <source>Change %1 in %2</source>
            <translation>Cambiar %1 en %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Fecha: %1</translation>
        </message>
        <message>
            <source>Customer: %1</source>
            <translation>Cliente: %1</translation>
        </message>
        <message>
            <source>Ticket: %1</source>
            <translation>Incidencia: %1</translation>
        </message>
        <message>
            <source>Agent: %1</source>
            <translation>Agente: %1</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>Se canceló la comprobación.</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>entrante</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>saliente</translation>
        </message>
        <message>
            <source>No problems found, but the settings are not verified: the login was not tested (%1).</source>
            <translation>No se encontraron problemas, pero los ajustes no están verificados: no se probó el inicio de sesión (%1).</translation>
        </message>
        <message>
            <source>All checks passed: these settings work.</source>
            <translation>Todas las comprobaciones se superaron: estos ajustes funcionan.</translation>
        </message>
        <message>
            <source>The settings work, with one warning.</source>
            <translation>Los ajustes funcionan, con una advertencia.</translation>
        </message>
        <message>
            <source>The settings work, with %1 warnings.</source>
            <translation>Los ajustes funcionan, con %1 advertencias.</translation>
        </message>
        <message>
            <source>One problem stops this account from working.</source>
            <translation>Un problema impide que esta cuenta funcione.</translation>
        </message>
        <message>
            <source>%1 problems stop this account from working.</source>
            <translation>%1 problemas impiden que esta cuenta funcione.</translation>
        </message>
        <message>
            <source>Mailfix report for %1</source>
            <translation>Informe de Mailfix para %1</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(sin correo)</translation>
        </message>
        <message>
            <source>Appendix: technical details</source>
            <translation>Anexo: detalles técnicos</translation>
        </message>
        <message>
            <source>Transcript (passwords removed):</source>
            <translation>Transcripción (sin contraseñas):</translation>
        </message>
        <message>
            <source>Mailfix report</source>
            <translation>Informe de Mailfix</translation>
        </message>
        <message>
            <source>Transcript (passwords removed)</source>
            <translation>Transcripción (sin contraseñas)</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>No se pudo escribir %1</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
</context>
<context>
        <name>ReportWriter</name>
        <message>
            <source>1 error</source>
            <translation>1 error</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 errores</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 advertencia</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 advertencias</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 nota</translation>
        </message>
        <message>
            <source>%1 notes</source>
            <translation>%1 notas</translation>
        </message>
        <message>
            <source>the incoming server was not verified</source>
            <translation>no se verificó el servidor entrante</translation>
        </message>
        <message>
            <source>the outgoing server was not verified</source>
            <translation>no se verificó el servidor saliente</translation>
        </message>
        <message>
            <source>The servers answer, but the login was not tested</source>
            <translation>Los servidores responden, pero no se probó el inicio de sesión</translation>
        </message>
        <message>
            <source>the incoming server answers, but its login was not tested</source>
            <translation>el servidor entrante responde, pero no se probó su inicio de sesión</translation>
        </message>
        <message>
            <source>the outgoing server answers, but its login was not tested</source>
            <translation>el servidor saliente responde, pero no se probó su inicio de sesión</translation>
        </message>
        <message>
            <source>%1: mail will not work until the errors are fixed.</source>
            <translation>%1: el correo no funcionará hasta que se corrijan los errores.</translation>
        </message>
        <message>
            <source>No problems found in the settings, but no server was checked: they are not verified.</source>
            <translation>No se encontraron problemas en los ajustes, pero no se comprobó ningún servidor: no están verificados.</translation>
        </message>
        <message>
            <source>No problems found, but these settings are not verified yet.</source>
            <translation>No se encontraron problemas, pero estos ajustes aún no están verificados.</translation>
        </message>
        <message>
            <source>No errors (%1), but these settings are not verified yet.</source>
            <translation>Sin errores (%1), pero estos ajustes aún no están verificados.</translation>
        </message>
        <message>
            <source>No errors (%1): these settings work.</source>
            <translation>Sin errores (%1): estos ajustes funcionan.</translation>
        </message>
        <message>
            <source>No problems found: these settings work.</source>
            <translation>No se encontraron problemas: estos ajustes funcionan.</translation>
        </message>
        <message>
            <source>The check was cut short, so it may have missed problems.</source>
            <translation>La comprobación se interrumpió antes de tiempo, así que puede haber pasado por alto problemas.</translation>
        </message>
        <message>
            <source>ERROR</source>
            <translation>ERROR</translation>
        </message>
        <message>
            <source>WARNING</source>
            <translation>ADVERTENCIA</translation>
        </message>
        <message>
            <source>NOTE</source>
            <translation>NOTA</translation>
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
            <translation>(sin dirección de correo)</translation>
        </message>
        <message>
            <source>Mailfix %1 - mail settings check for %2 (iOS %3)</source>
            <translation>Mailfix %1 - comprobación de ajustes de correo para %2 (iOS %3)</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Comprobaciones</translation>
        </message>
        <message>
            <source>What to change</source>
            <translation>Qué cambiar</translation>
        </message>
        <message>
            <source>Field: %1 (%2)</source>
            <translation>Campo: %1 (%2)</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>En el teléfono: %1</translation>
        </message>
        <message>
            <source>Also: %1</source>
            <translation>Además: %1</translation>
        </message>
        <message>
            <source>The phone says: %1</source>
            <translation>El teléfono dice: %1</translation>
        </message>
        <message>
            <source>Fix:</source>
            <translation>Solución:</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Pruebas: %1</translation>
        </message>
        <message>
            <source>Result: %1</source>
            <translation>Resultado: %1</translation>
        </message>
        <message>
            <source>(checked in %1)</source>
            <translation>(comprobado en %1)</translation>
        </message>
        <message>
            <source>Mail settings check for %1</source>
            <translation>Comprobación de ajustes de correo para %1</translation>
        </message>
        <message>
            <source>Mail settings check</source>
            <translation>Comprobación de ajustes de correo</translation>
        </message>
        <message>
            <source>Account: %1 — iOS %2</source>
            <translation>Cuenta: %1 — iOS %2</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Pruebas:</translation>
        </message>
        <message>
            <source>Settings checked</source>
            <translation>Ajustes comprobados</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>(set, not shown)</source>
            <translation>(definido, no se muestra)</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Conversación con los servidores</translation>
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
            <translation>%1: no existe ese host (nombre reservado, RFC 6761)</translation>
        </message>
</context>
<context>
        <name>SettingsFile</name>
        <message>
            <source>line %1: </source>
            <translation>línea %1: </translation>
        </message>
        <message>
            <source>an array</source>
            <translation>una matriz</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objeto</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string, not %2</source>
            <translation>&apos;%1&apos; debe ser una cadena, no %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be true or false, not %2</source>
            <translation>&apos;%1&apos; debe ser true o false, no %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a number from 1 to 65535, not %2</source>
            <translation>&apos;%1&apos; debe ser un número de 1 a 65535, no %2</translation>
        </message>
        <message>
            <source>&apos;%1.auth&apos; must be one of password, md5, ntlm, http-md5, none, not %2</source>
            <translation>&apos;%1.auth&apos; debe ser uno de password, md5, ntlm, http-md5, none, no %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be an object ({...}), not %2</source>
            <translation>&apos;%1&apos; debe ser un objeto ({...}), no %2</translation>
        </message>
        <message>
            <source>&apos;%1&apos; must be a string</source>
            <translation>&apos;%1&apos; debe ser una cadena</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is too long (at most %2 characters)</source>
            <translation>&apos;%1&apos; es demasiado largo (%2 caracteres como máximo)</translation>
        </message>
        <message>
            <source>&apos;id&apos; must be a string or a whole number, not %1</source>
            <translation>&apos;id&apos; debe ser una cadena o un número entero, no %1</translation>
        </message>
        <message>
            <source>is too long (%1 characters; at most %2)</source>
            <translation>es demasiado largo (%1 caracteres; como máximo %2)</translation>
        </message>
        <message>
            <source>must not contain control characters or line breaks</source>
            <translation>no debe contener caracteres de control ni saltos de línea</translation>
        </message>
        <message>
            <source>byte %1: </source>
            <translation>byte %1: </translation>
        </message>
        <message>
            <source>the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>el archivo ocupa más de 1 MiB; un archivo de ajustes ocupa unos cientos de bytes</translation>
        </message>
        <message>
            <source>the file is empty; expected a JSON object such as {"incoming": {"host": "imap.example.com"}}</source>
            <translation>el archivo está vacío; se esperaba un objeto JSON como {"incoming": {"host": "imap.example.com"}}</translation>
        </message>
        <message>
            <source>not valid UTF-8 text (byte %1); save the file as UTF-8</source>
            <translation>no es texto UTF-8 válido (byte %1); guarde el archivo como UTF-8</translation>
        </message>
        <message>
            <source>the file contains a NUL byte; it is not a JSON text file</source>
            <translation>el archivo contiene un byte NUL; no es un archivo de texto JSON</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not a plain value</source>
            <translation>el nivel superior debe ser un objeto JSON ({...}) con "account", "incoming" y "outgoing", no un valor simple</translation>
        </message>
        <message>
            <source>not valid JSON (%1)</source>
            <translation>no es JSON válido (%1)</translation>
        </message>
        <message>
            <source>the top level must be a JSON object ({...}) with "account", "incoming" and "outgoing", not %1</source>
            <translation>el nivel superior debe ser un objeto JSON ({...}) con "account", "incoming" y "outgoing", no %1</translation>
        </message>
        <message>
            <source>a plain value</source>
            <translation>un valor simple</translation>
        </message>
        <message>
            <source>&apos;incoming.type&apos; must be "imap" or "pop", not %1</source>
            <translation>&apos;incoming.type&apos; debe ser "imap" o "pop", no %1</translation>
        </message>
        <message>
            <source>&apos;ios.version&apos; must be an iOS version such as "17.4" (5 to 18, or 26 and later), not %1</source>
            <translation>&apos;ios.version&apos; debe ser una versión de iOS como "17.4" (de 5 a 18, o 26 y posteriores), no %1</translation>
        </message>
        <message>
            <source>%1: the file is larger than 1 MiB; a settings file is a few hundred bytes</source>
            <translation>%1: el archivo ocupa más de 1 MiB; un archivo de ajustes ocupa unos cientos de bytes</translation>
        </message>
        <message>
            <source>settings file</source>
            <translation>archivo de ajustes</translation>
        </message>
</context>
<context>
        <name>SmtpReplyParser</name>
        <message>
            <source>reply line too short</source>
            <translation>línea de respuesta demasiado corta</translation>
        </message>
        <message>
            <source>reply does not start with a status code</source>
            <translation>la respuesta no empieza con un código de estado</translation>
        </message>
        <message>
            <source>status code %1 is out of range</source>
            <translation>el código de estado %1 está fuera de rango</translation>
        </message>
        <message>
            <source>malformed reply separator</source>
            <translation>separador de respuesta mal formado</translation>
        </message>
        <message>
            <source>multi-line reply changes its code from %1 to %2</source>
            <translation>la respuesta de varias líneas cambia su código de %1 a %2</translation>
        </message>
        <message>
            <source>reply has more than %1 lines</source>
            <translation>la respuesta tiene más de %1 líneas</translation>
        </message>
</context>
<context>
        <name>Validator</name>
        <message>
            <source>spaces</source>
            <translation>espacios</translation>
        </message>
        <message>
            <source>a scheme (%1)</source>
            <translation>un esquema (%1)</translation>
        </message>
        <message>
            <source>a scheme (//)</source>
            <translation>un esquema (//)</translation>
        </message>
        <message>
            <source>a path (%1)</source>
            <translation>una ruta (%1)</translation>
        </message>
        <message>
            <source>an &apos;@&apos; (a host name is not an email address)</source>
            <translation>una &apos;@&apos; (un nombre de host no es una dirección de correo)</translation>
        </message>
        <message>
            <source>a port (:%1)</source>
            <translation>un puerto (:%1)</translation>
        </message>
        <message>
            <source>a comma instead of a dot</source>
            <translation>una coma en lugar de un punto</translation>
        </message>
        <message>
            <source>a dot at the start or end</source>
            <translation>un punto al principio o al final</translation>
        </message>
        <message>
            <source>an empty part between dots (..)</source>
            <translation>una parte vacía entre puntos (..)</translation>
        </message>
        <message>
            <source>characters a host name cannot have</source>
            <translation>caracteres que un nombre de host no puede tener</translation>
        </message>
        <message>
            <source>more than 253 characters</source>
            <translation>más de 253 caracteres</translation>
        </message>
        <message>
            <source>a part longer than 63 characters</source>
            <translation>una parte de más de 63 caracteres</translation>
        </message>
        <message>
            <source>a part that starts or ends with &apos;-&apos;</source>
            <translation>una parte que empieza o termina con &apos;-&apos;</translation>
        </message>
        <message>
            <source>characters a host name cannot have (%1)</source>
            <translation>caracteres que un nombre de host no puede tener (%1)</translation>
        </message>
        <message>
            <source>no host name at all</source>
            <translation>ningún nombre de host</translation>
        </message>
        <message>
            <source>Email is empty</source>
            <translation>El Correo está vacío</translation>
        </message>
        <message>
            <source>%1 is not an email address</source>
            <translation>%1 no es una dirección de correo</translation>
        </message>
        <message>
            <source>Server Port %1 is not between 1 and 65535</source>
            <translation>El Puerto del servidor %1 no está entre 1 y 65535</translation>
        </message>
        <message>
            <source>Outgoing mail server Host Name is empty</source>
            <translation>El Nombre de host del servidor de correo saliente está vacío</translation>
        </message>
        <message>
            <source>Incoming mail server Host Name is empty</source>
            <translation>El Nombre de host del servidor de correo entrante está vacío</translation>
        </message>
        <message>
            <source>%1 contains %2</source>
            <translation>Problemas en %1: %2</translation>
        </message>
        <message>
            <source>Incoming mail server User Name is empty</source>
            <translation>El Nombre de usuario del servidor de correo entrante está vacío</translation>
        </message>
        <message>
            <source>Incoming mail server Password is empty (the phone says "No password provided")</source>
            <translation>La Contraseña del servidor de correo entrante está vacía (el teléfono dice "No se ha proporcionado ninguna contraseña")</translation>
        </message>
        <message>
            <source>Outgoing User Name is set but Password is empty</source>
            <translation>Se ha indicado el Nombre de usuario del servidor saliente, pero la Contraseña está vacía</translation>
        </message>
        <message>
            <source>no incoming or outgoing Host Name given</source>
            <translation>no se ha indicado ningún Nombre de host entrante ni saliente</translation>
        </message>
        <message>
            <source>Primary Server is switched off</source>
            <translation>El Servidor principal está desactivado</translation>
        </message>
</context>
<context>
        <name>mailfix-cli</name>
        <message>
            <source>-: standard input cannot be read</source>
            <translation>-: no se puede leer la entrada estándar</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1: no existe el archivo</translation>
        </message>
        <message>
            <source>%1: is a folder, not a batch file</source>
            <translation>%1: es una carpeta, no un archivo de lote</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2)</source>
            <translation>%1: no se puede leer (%2)</translation>
        </message>
        <message>
            <source>%1: is not a regular file (a named pipe, a device or a socket); use --batch - to read standard input</source>
            <translation>%1: no es un archivo normal (una tubería con nombre, un dispositivo o un socket); use --batch - para leer la entrada estándar</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1: línea %2</translation>
        </message>
        <message>
            <source>%1: no accounts in it (one JSON object a line)</source>
            <translation>%1: no contiene ninguna cuenta (un objeto JSON por línea)</translation>
        </message>
        <message>
            <source>mailfix-cli: batch %1: %2 lines checked in %3 s: %4 without errors, %5 with errors, %6 broken lines, %7 duplicate ids%8</source>
            <translation>mailfix-cli: lote %1: %2 líneas comprobadas en %3 s: %4 sin errores, %5 con errores, %6 líneas rotas, %7 ids duplicados%8</translation>
        </message>
        <message>
            <source>, %1 cut short</source>
            <translation>, %1 interrumpidas</translation>
        </message>
        <message>
            <source>%1: longer than 64 KiB; one account a line</source>
            <translation>%1: más de 64 KiB; una cuenta por línea</translation>
        </message>
        <message>
            <source>%1: line too long</source>
            <translation>%1: línea demasiado larga</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: id &apos;%2&apos; is also on line %3</source>
            <translation>mailfix-cli: advertencia: %1: el id &apos;%2&apos; también está en la línea %3</translation>
        </message>
        <message>
            <source>%1: nothing to check: give "incoming": {"host": ...} and/or "outgoing": {"host": ...}</source>
            <translation>%1: nada que comprobar: indique "incoming": {"host": ...} y/o "outgoing": {"host": ...}</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: unknown key &apos;%2&apos; ignored</source>
            <translation>mailfix-cli: advertencia: %1: se ignora la clave desconocida &apos;%2&apos;</translation>
        </message>
        <message>
            <source>Conversation with the servers</source>
            <translation>Conversación con los servidores</translation>
        </message>
        <message>
            <source>Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD, or a prompt;
with --batch, from the batch file.</source>
            <translation>Comprueba los ajustes de la cuenta de correo de un iPhone con los servidores reales e indica qué campo cambiar.
Las contraseñas solo se toman de MAILFIX_INCOMING_PASSWORD y MAILFIX_OUTGOING_PASSWORD, o de una solicitud;
con --batch, del archivo de lote.</translation>
        </message>
        <message>
            <source>After a check with errors, search for the settings that work (as &apos;suggest&apos;).</source>
            <translation>Tras una comprobación con errores, buscar los ajustes que funcionan (como &apos;suggest&apos;).</translation>
        </message>
        <message>
            <source>After a passing check, send a test message to the account itself and watch for it.</source>
            <translation>Tras una comprobación correcta, enviar un mensaje de prueba a la propia cuenta y esperar a que llegue.</translation>
        </message>
        <message>
            <source>How long to watch for it (default 60, at most 600).</source>
            <translation>Cuánto tiempo esperarlo (predeterminado 60, como máximo 600).</translation>
        </message>
        <message>
            <source>--round-trip-timeout must be a number of seconds above 0 and at most 600, not &apos;%1&apos;</source>
            <translation>--round-trip-timeout debe ser un número de segundos mayor que 0 y como máximo 600, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>nothing to check: give --incoming-host and/or --outgoing-host, or --settings FILE</source>
            <translation>nada que comprobar: indique --incoming-host y/o --outgoing-host, o --settings FILE</translation>
        </message>
        <message>
            <source>Suggested settings</source>
            <translation>Ajustes sugeridos</translation>
        </message>
        <message>
            <source>--%1 must be a number from 1 to 65535, not &apos;%2&apos;</source>
            <translation>--%1 debe ser un número de 1 a 65535, no &apos;%2&apos;</translation>
        </message>
        <message>
            <source>--%1 must be &apos;on&apos; or &apos;off&apos;, not &apos;%2&apos;</source>
            <translation>--%1 debe ser &apos;on&apos; u &apos;off&apos;, no &apos;%2&apos;</translation>
        </message>
        <message>
            <source>--%1 must be one of password, md5, ntlm, http-md5, none, not &apos;%2&apos;</source>
            <translation>--%1 debe ser uno de password, md5, ntlm, http-md5, none, no &apos;%2&apos;</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits, colons allowed), not &apos;%1&apos;</source>
            <translation>--accept-certificate necesita una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos), no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>Read settings from a JSON file (same field names, nested).</source>
            <translation>Leer los ajustes de un archivo JSON (mismos nombres de campo, anidados).</translation>
        </message>
        <message>
            <source>Account &gt; Email.</source>
            <translation>Cuenta &gt; Correo.</translation>
        </message>
        <message>
            <source>imap or pop.</source>
            <translation>imap o pop.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; Host Name.</source>
            <translation>Servidor de correo entrante &gt; Nombre de host.</translation>
        </message>
        <message>
            <source>Incoming Server Port (default from type and Use SSL).</source>
            <translation>Puerto del servidor entrante (predeterminado según el tipo y Usar SSL).</translation>
        </message>
        <message>
            <source>Incoming Use SSL.</source>
            <translation>Usar SSL del servidor entrante.</translation>
        </message>
        <message>
            <source>password, md5, ntlm, http-md5 or none.</source>
            <translation>password, md5, ntlm, http-md5 o none.</translation>
        </message>
        <message>
            <source>Incoming Mail Server &gt; User Name.</source>
            <translation>Servidor de correo entrante &gt; Nombre de usuario.</translation>
        </message>
        <message>
            <source>SMTP &gt; Primary Server on or off.</source>
            <translation>SMTP &gt; Servidor principal activado o desactivado.</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) Host Name.</source>
            <translation>Nombre de host del servidor saliente (SMTP).</translation>
        </message>
        <message>
            <source>Outgoing Server Port (default 587 with SSL, 25 without).</source>
            <translation>Puerto del servidor saliente (predeterminado 587 con SSL, 25 sin SSL).</translation>
        </message>
        <message>
            <source>Outgoing Use SSL.</source>
            <translation>Usar SSL del servidor saliente.</translation>
        </message>
        <message>
            <source>Outgoing User Name (Optional on the phone).</source>
            <translation>Nombre de usuario del servidor saliente (Opcional en el teléfono).</translation>
        </message>
        <message>
            <source>Word the fix steps for this iOS version (default: newest).</source>
            <translation>Redactar los pasos de corrección para esta versión de iOS (predeterminada: la más reciente).</translation>
        </message>
        <message>
            <source>Also trust the CA certificates in this PEM file.</source>
            <translation>Confiar también en los certificados de CA de este archivo PEM.</translation>
        </message>
        <message>
            <source>Recipient in a foreign domain for the relay test.</source>
            <translation>Destinatario de un dominio ajeno para la prueba de relay.</translation>
        </message>
        <message>
            <source>Deadline for each network step (default 6, at most 300).</source>
            <translation>Plazo para cada paso de red (predeterminado 6, como máximo 300).</translation>
        </message>
        <message>
            <source>Output format: text (default) or json.</source>
            <translation>Formato de salida: text (predeterminado) o json.</translation>
        </message>
        <message>
            <source>Agree to send the password without encryption.</source>
            <translation>Aceptar enviar la contraseña sin cifrar.</translation>
        </message>
        <message>
            <source>Accept this server certificate although it failed verification (repeatable).</source>
            <translation>Aceptar este certificado del servidor aunque no haya superado la verificación (repetible).</translation>
        </message>
        <message>
            <source>In text output, also print the conversation with the servers.</source>
            <translation>En la salida de texto, mostrar también la conversación con los servidores.</translation>
        </message>
        <message>
            <source>No colours in text output.</source>
            <translation>Sin colores en la salida de texto.</translation>
        </message>
        <message>
            <source>Check many accounts: one settings-file JSON object a line (plus "id" and passwords); one JSON line out per account, in input order.</source>
            <translation>Comprobar muchas cuentas: un objeto JSON de archivo de ajustes por línea (más "id" y contraseñas); una línea JSON de salida por cuenta, en el orden de entrada.</translation>
        </message>
        <message>
            <source>With --batch: accounts checked at once (default 4, at most 64).</source>
            <translation>Con --batch: cuentas comprobadas a la vez (predeterminado 4, como máximo 64).</translation>
        </message>
        <message>
            <source>Print the version and exit.</source>
            <translation>Mostrar la versión y salir.</translation>
        </message>
        <message>
            <source>Print this help and exit.</source>
            <translation>Mostrar esta ayuda y salir.</translation>
        </message>
        <message>
            <source>Language of titles, fix steps and the CLI&apos;s text: en, de, fr or es (default: the system&apos;s).</source>
            <translation>Idioma de los títulos, de los pasos de corrección y de los textos de la CLI: en, de, fr o es (predeterminado: el del sistema).</translation>
        </message>
        <message>
            <source> (see mailfix-cli %1 --help)</source>
            <translation> (consulte mailfix-cli %1 --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli %2 --help)</source>
            <translation>argumento inesperado &apos;%1&apos; (consulte mailfix-cli %2 --help)</translation>
        </message>
        <message>
            <source>mailfix-cli: warning: %1: passwords in settings files are ignored (%2); use %3</source>
            <translation>mailfix-cli: advertencia: %1: se ignoran las contraseñas de los archivos de ajustes (%2); use %3</translation>
        </message>
        <message>
            <source>--incoming-type must be &apos;imap&apos; or &apos;pop&apos;, not &apos;%1&apos;</source>
            <translation>--incoming-type debe ser &apos;imap&apos; o &apos;pop&apos;, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4 (5 to 18, or 26 and later), not &apos;%1&apos;</source>
            <translation>--ios debe ser una versión de iOS como 17.4 (de 5 a 18, o 26 y posteriores), no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--relay-recipient must be an email address, not &apos;%1&apos;</source>
            <translation>--relay-recipient debe ser una dirección de correo, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--timeout must be a number of seconds above 0 and at most 300, not &apos;%1&apos;</source>
            <translation>--timeout debe ser un número de segundos mayor que 0 y como máximo 300, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--format must be &apos;text&apos; or &apos;json&apos;, not &apos;%1&apos;</source>
            <translation>--format debe ser &apos;text&apos; o &apos;json&apos;, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--jobs needs --batch FILE</source>
            <translation>--jobs necesita --batch FILE</translation>
        </message>
        <message>
            <source>--%1 cannot be used with --batch: each line of the batch file holds one account&apos;s settings</source>
            <translation>--%1 no se puede usar con --batch: cada línea del archivo de lote contiene los ajustes de una cuenta</translation>
        </message>
        <message>
            <source>--batch writes JSON lines only; leave out --format or use --format json</source>
            <translation>--batch solo escribe líneas JSON; omita --format o use --format json</translation>
        </message>
        <message>
            <source>--jobs must be a number from 1 to 64, not &apos;%1&apos;</source>
            <translation>--jobs debe ser un número de 1 a 64, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>check one account&apos;s settings against its servers (or many: --batch FILE)</source>
            <translation>comprueba los ajustes de una cuenta con sus servidores (o de muchas: --batch FILE)</translation>
        </message>
        <message>
            <source>find the settings that work for an address (CONTRACT.md section 5)</source>
            <translation>busca los ajustes que funcionan para una dirección (CONTRACT.md, sección 5)</translation>
        </message>
        <message>
            <source>write an Apple configuration profile for the phone (CONTRACT.md section 6)</source>
            <translation>escribe un perfil de configuración de Apple para el teléfono (CONTRACT.md, sección 6)</translation>
        </message>
        <message>
            <source>Examples:</source>
            <translation>Ejemplos:</translation>
        </message>
        <message>
            <source>
Passwords never go on the command line: set MAILFIX_INCOMING_PASSWORD and
MAILFIX_OUTGOING_PASSWORD, or type them at the prompt (stdin a terminal).
See the manual page mailfix-cli(1) and docs/CONTRACT.md.
</source>
            <translation>
Las contraseñas nunca van en la línea de comandos: defina MAILFIX_INCOMING_PASSWORD y
MAILFIX_OUTGOING_PASSWORD, o escríbalas cuando se soliciten (stdin en un terminal).
Consulte la página de manual mailfix-cli(1) y docs/CONTRACT.md.
</translation>
        </message>
        <message>
            <source>Usage: mailfix-cli COMMAND [options]
Checks an iPhone&apos;s mail account settings against the real servers and says which field to change.

Commands:
</source>
            <translation>Uso: mailfix-cli COMMAND [opciones]
Comprueba los ajustes de la cuenta de correo de un iPhone con los servidores reales e indica qué campo cambiar.

Comandos:
</translation>
        </message>
        <message>
            <source> [not in this build]</source>
            <translation> [no incluido en esta compilación]</translation>
        </message>
        <message>
            <source>
Options:
  -h, --help     this help; &apos;mailfix-cli COMMAND --help&apos; lists a command&apos;s options
  -V, --version  print the version
</source>
            <translation>
Opciones:
  -h, --help     esta ayuda; &apos;mailfix-cli COMMAND --help&apos; muestra las opciones de un comando
  -V, --version  muestra la versión
</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;; the commands are check, suggest and profile (see mailfix-cli --help)</source>
            <translation>comando desconocido &apos;%1&apos;; los comandos son check, suggest y profile (consulte mailfix-cli --help)</translation>
        </message>
        <message>
            <source>no command given; use &apos;mailfix-cli check [options]&apos; (see mailfix-cli --help)</source>
            <translation>no se ha indicado ningún comando; use &apos;mailfix-cli check [opciones]&apos; (consulte mailfix-cli --help)</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is not available in this build of mailfix-cli</source>
            <translation>&apos;%1&apos; no está disponible en esta compilación de mailfix-cli</translation>
        </message>
        <message>
            <source>unknown command &apos;%1&apos;</source>
            <translation>comando desconocido &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--lang needs a language: en, de, fr or es</source>
            <translation>--lang necesita un idioma: en, de, fr o es</translation>
        </message>
        <message>
            <source>--lang must be one of %1, not &apos;%2&apos;</source>
            <translation>--lang debe ser uno de %1, no &apos;%2&apos;</translation>
        </message>
        <message>
            <source>mailfix-cli: internal error: </source>
            <translation>mailfix-cli: error interno: </translation>
        </message>
        <message>
            <source>mailfix-cli: internal error</source>
            <translation>mailfix-cli: error interno</translation>
        </message>
        <message>
            <source>Incoming mail server password for %1@%2: </source>
            <translation>Contraseña del servidor de correo entrante para %1@%2: </translation>
        </message>
        <message>
            <source>Outgoing (SMTP) password for %1@%2 (Optional; press Enter if the phone&apos;s field is empty): </source>
            <translation>Contraseña del servidor saliente (SMTP) para %1@%2 (Opcional; pulse Intro si el campo del teléfono está vacío): </translation>
        </message>
        <message>
            <source>Writes the mail settings as an Apple configuration profile (.mobileconfig) for the iPhone.
Never a password: the phone asks for it when the profile is installed. With
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD set, the settings are checked first.
A key&apos;s passphrase comes from MAILFIX_SIGN_PASSPHRASE or a prompt, never the command line.</source>
            <translation>Escribe los ajustes de correo como un perfil de configuración de Apple (.mobileconfig) para el iPhone.
Nunca una contraseña: el teléfono la pide al instalar el perfil. Con
MAILFIX_INCOMING_PASSWORD / MAILFIX_OUTGOING_PASSWORD definidas, primero se comprueban los ajustes.
La frase de contraseña de una clave se toma de MAILFIX_SIGN_PASSPHRASE o de una solicitud, nunca de la línea de comandos.</translation>
        </message>
        <message>
            <source>Write the profile to this file.</source>
            <translation>Escribir el perfil en este archivo.</translation>
        </message>
        <message>
            <source>Sign with this certificate (PEM).</source>
            <translation>Firmar con este certificado (PEM).</translation>
        </message>
        <message>
            <source>The certificate&apos;s private key (PEM; encrypted: MAILFIX_SIGN_PASSPHRASE or a prompt).</source>
            <translation>La clave privada del certificado (PEM; cifrada: MAILFIX_SIGN_PASSPHRASE o una solicitud).</translation>
        </message>
        <message>
            <source>Intermediate certificates to include (PEM).</source>
            <translation>Certificados intermedios que incluir (PEM).</translation>
        </message>
        <message>
            <source>PayloadIdentifier prefix (default: from the domain).</source>
            <translation>Prefijo de PayloadIdentifier (predeterminado: a partir del dominio).</translation>
        </message>
        <message>
            <source>profile needs --output FILE.mobileconfig</source>
            <translation>profile necesita --output FILE.mobileconfig</translation>
        </message>
        <message>
            <source>--output %1: is a folder; give a file name such as mail.mobileconfig</source>
            <translation>--output %1: es una carpeta; indique un nombre de archivo como mail.mobileconfig</translation>
        </message>
        <message>
            <source>give either --sign-cert and --sign-key, or --sign-p12, not both</source>
            <translation>indique --sign-cert y --sign-key, o bien --sign-p12, no ambos</translation>
        </message>
        <message>
            <source>--sign-cert needs --sign-key (or use --sign-p12 FILE)</source>
            <translation>--sign-cert necesita --sign-key (o use --sign-p12 FILE)</translation>
        </message>
        <message>
            <source>--sign-key needs --sign-cert</source>
            <translation>--sign-key necesita --sign-cert</translation>
        </message>
        <message>
            <source>--sign-chain needs --sign-cert and --sign-key, or --sign-p12</source>
            <translation>--sign-chain necesita --sign-cert y --sign-key, o --sign-p12</translation>
        </message>
        <message>
            <source>Passphrase for %1: </source>
            <translation>Frase de contraseña para %1: </translation>
        </message>
        <message>
            <source>mailfix-cli: the check found errors, so no profile was written:</source>
            <translation>mailfix-cli: la comprobación encontró errores, así que no se escribió ningún perfil:</translation>
        </message>
        <message>
            <source>  run &apos;mailfix-cli check&apos; with the same options for the fix steps</source>
            <translation>  ejecute &apos;mailfix-cli check&apos; con las mismas opciones para ver los pasos de corrección</translation>
        </message>
        <message>
            <source>--output %1: cannot be written (%2)</source>
            <translation>--output %1: no se puede escribir (%2)</translation>
        </message>
        <message>
            <source>Wrote %1 (%2, %3 bytes)
</source>
            <translation>Escrito %1 (%2, %3 bytes)
</translation>
        </message>
        <message>
            <source>signed with </source>
            <translation>firmado con </translation>
        </message>
        <message>
            <source>The settings were verified: both logins succeeded.
</source>
            <translation>Los ajustes se verificaron: ambos inicios de sesión tuvieron éxito.
</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: the check found no error but did not log in on both servers. The profile holds them as given.</source>
            <translation>mailfix-cli: nota: estos ajustes no están verificados: la comprobación no encontró errores, pero no inició sesión en ambos servidores. El perfil los contiene tal como se indicaron.</translation>
        </message>
        <message>
            <source>mailfix-cli: note: these settings are not verified: no check was run (set MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD to check them first). The profile holds them as given.</source>
            <translation>mailfix-cli: nota: estos ajustes no están verificados: no se ejecutó ninguna comprobación (defina MAILFIX_INCOMING_PASSWORD y MAILFIX_OUTGOING_PASSWORD para comprobarlos antes). El perfil los contiene tal como se indicaron.</translation>
        </message>
        <message>
            <source>--ca-file %1: no such file or not readable</source>
            <translation>--ca-file %1: no existe el archivo o no se puede leer</translation>
        </message>
        <message>
            <source>--ca-file %1: no certificate in it</source>
            <translation>--ca-file %1: no contiene ningún certificado</translation>
        </message>
        <message>
            <source>Finds the mail settings that work from the email address alone and says what to change on the phone.
Passwords come only from MAILFIX_INCOMING_PASSWORD and MAILFIX_OUTGOING_PASSWORD.</source>
            <translation>Busca los ajustes de correo que funcionan a partir solo de la dirección de correo e indica qué cambiar en el teléfono.
Las contraseñas solo se toman de MAILFIX_INCOMING_PASSWORD y MAILFIX_OUTGOING_PASSWORD.</translation>
        </message>
        <message>
            <source>Read the phone&apos;s settings from a JSON file.</source>
            <translation>Leer los ajustes del teléfono de un archivo JSON.</translation>
        </message>
        <message>
            <source>Account &gt; Email (required).</source>
            <translation>Cuenta &gt; Correo (obligatorio).</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming host now.</source>
            <translation>El host entrante actual del teléfono.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming port now.</source>
            <translation>El puerto entrante actual del teléfono.</translation>
        </message>
        <message>
            <source>The phone&apos;s incoming Use SSL now.</source>
            <translation>Usar SSL entrante actual del teléfono.</translation>
        </message>
        <message>
            <source>Incoming user name.</source>
            <translation>Nombre de usuario entrante.</translation>
        </message>
        <message>
            <source>Primary Server on or off.</source>
            <translation>Servidor principal activado o desactivado.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing host now.</source>
            <translation>El host saliente actual del teléfono.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing port now.</source>
            <translation>El puerto saliente actual del teléfono.</translation>
        </message>
        <message>
            <source>The phone&apos;s outgoing Use SSL now.</source>
            <translation>Usar SSL saliente actual del teléfono.</translation>
        </message>
        <message>
            <source>Outgoing user name.</source>
            <translation>Nombre de usuario saliente.</translation>
        </message>
        <message>
            <source>iOS version for the wording.</source>
            <translation>Versión de iOS para la redacción.</translation>
        </message>
        <message>
            <source>text (default) or json.</source>
            <translation>text (predeterminado) o json.</translation>
        </message>
        <message>
            <source>Accept this certificate (SHA-256, repeatable).</source>
            <translation>Aceptar este certificado (SHA-256, repetible).</translation>
        </message>
        <message>
            <source>Do not ask the public ISPDB.</source>
            <translation>No consultar la ISPDB pública.</translation>
        </message>
        <message>
            <source>Base URL of an ISPDB mirror; URL + DOMAIN is fetched.</source>
            <translation>URL base de un espejo de la ISPDB; se descarga URL + DOMINIO.</translation>
        </message>
        <message>
            <source>Language of the output.</source>
            <translation>Idioma de la salida.</translation>
        </message>
        <message>
            <source>This help.</source>
            <translation>Esta ayuda.</translation>
        </message>
        <message>
            <source> (see mailfix-cli suggest --help)</source>
            <translation> (consulte mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>unexpected argument &apos;%1&apos; (see mailfix-cli suggest --help)</source>
            <translation>argumento inesperado &apos;%1&apos; (consulte mailfix-cli suggest --help)</translation>
        </message>
        <message>
            <source>--ios must be an iOS version such as 17.4, not &apos;%1&apos;</source>
            <translation>--ios debe ser una versión de iOS como 17.4, no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>suggest needs --email ADDRESS (or an account.email in --settings)</source>
            <translation>suggest necesita --email ADDRESS (o un account.email en --settings)</translation>
        </message>
        <message>
            <source>--email: &apos;%1&apos; is not an email address</source>
            <translation>--email: &apos;%1&apos; no es una dirección de correo</translation>
        </message>
        <message>
            <source>--accept-certificate needs a SHA-256 fingerprint (64 hex digits), not &apos;%1&apos;</source>
            <translation>--accept-certificate necesita una huella SHA-256 (64 dígitos hexadecimales), no &apos;%1&apos;</translation>
        </message>
        <message>
            <source>--ispdb-url must be an https:// URL, not &apos;%1&apos;</source>
            <translation>--ispdb-url debe ser una URL https://, no &apos;%1&apos;</translation>
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
Estado de salida:
  0  ningún hallazgo de error (check), ajustes encontrados (suggest), perfil escrito (profile)
  1  al menos un hallazgo de error (check; en un lote: en cualquier cuenta, o una línea rota);
     suggest: no se encontró ningún servidor entrante y saliente que funcione
  2  uso o entrada incorrectos: una línea en stderr, no se hace nada más
  3  fallo interno, o la comprobación se interrumpió
</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>sin firmar</translation>
        </message>
</context>
<context>
        <name>mailfix::AlertPage</name>
        <message>
            <source>What does the phone say?</source>
            <translation>¿Qué dice el teléfono?</translation>
        </message>
        <message>
            <source>Ask the customer to read out the alert on the phone. Picking it tells which settings to ask for first.</source>
            <translation>Pida al cliente que lea en voz alta el aviso del teléfono. Al elegirlo, se indica qué ajustes preguntar primero.</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>Idioma del teléfono del cliente</translation>
        </message>
        <message>
            <source>The language the customer&apos;s phone is set to: the alerts, labels and fix steps follow it</source>
            <translation>El idioma configurado en el teléfono del cliente: los avisos, las etiquetas y los pasos de corrección lo siguen</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>Idioma del &amp;teléfono del cliente:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <source>The language of Mailfix&apos;s own window (yours)</source>
            <translation>El idioma de la propia ventana de Mailfix (el suyo)</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>Idioma de la &amp;ventana:</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>El idioma de la ventana cambia la próxima vez que se inicie Mailfix.</translation>
        </message>
        <message>
            <source>The phone &amp;says:</source>
            <translation>El teléfono &amp;dice:</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Lo que dice el teléfono</translation>
        </message>
        <message>
            <source>Up and Down choose the alert the customer reads out; Enter picks it</source>
            <translation>Arriba y Abajo eligen el aviso que lee el cliente; Intro lo selecciona</translation>
        </message>
        <message>
            <source>I don&apos;t know / something else: go to the settings</source>
            <translation>No lo sé / otra cosa: ir a los ajustes</translation>
        </message>
</context>
<context>
        <name>mailfix::CheckContext</name>
        <message>
            <source>[transcript truncated at %1 bytes]</source>
            <translation>[transcripción truncada en %1 bytes]</translation>
        </message>
</context>
<context>
        <name>mailfix::DialogConsentProvider</name>
        <message>
            <source>Names:</source>
            <translation>Nombres:</translation>
        </message>
        <message>
            <source>Issued by:</source>
            <translation>Emitido por:</translation>
        </message>
        <message>
            <source>Valid from:</source>
            <translation>Válido desde:</translation>
        </message>
        <message>
            <source>Valid until:</source>
            <translation>Válido hasta:</translation>
        </message>
        <message>
            <source>SHA-256:</source>
            <translation>SHA-256:</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problema:</translation>
        </message>
        <message>
            <source>Accept it only if you know this certificate is the server&apos;s own (compare the fingerprint with your provider). Otherwise the password could go to someone else.</source>
            <translation>Acéptelo solo si sabe que este certificado es el del propio servidor (compare la huella digital con su proveedor). De lo contrario, la contraseña podría llegar a otra persona.</translation>
        </message>
        <message>
            <source>Cannot Verify Server Identity</source>
            <translation>No se puede verificar la identidad del servidor</translation>
        </message>
        <message>
            <source>The identity of &lt;b&gt;%1&lt;/b&gt; (port %2) cannot be verified.</source>
            <translation>No se puede verificar la identidad de &lt;b&gt;%1&lt;/b&gt; (puerto %2).</translation>
        </message>
        <message>
            <source>Trust this certificate until Mailfix closes</source>
            <translation>Confiar en este certificado hasta cerrar Mailfix</translation>
        </message>
        <message>
            <source>Do not send the password</source>
            <translation>No enviar la contraseña</translation>
        </message>
        <message>
            <source>Password Without Encryption</source>
            <translation>Contraseña sin cifrado</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; (port %2) offers no encryption. Logging in would send the password readable by anyone on the network.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; (puerto %2) no ofrece cifrado. Al iniciar sesión, la contraseña se enviaría de forma legible para cualquiera en la red.</translation>
        </message>
        <message>
            <source>The phone should use SSL for this server. Send the password unencrypted only on a network you trust, for this one test.</source>
            <translation>El teléfono debería usar SSL para este servidor. Envíe la contraseña sin cifrar solo en una red de confianza y solo para esta prueba.</translation>
        </message>
        <message>
            <source>Send it unencrypted once</source>
            <translation>Enviarla sin cifrar una vez</translation>
        </message>
</context>
<context>
        <name>mailfix::DiscoveryDialog</name>
        <message>
            <source>&amp;Apply and Check</source>
            <translation>&amp;Aplicar y comprobar</translation>
        </message>
        <message>
            <source>Find the settings that work</source>
            <translation>Buscar los ajustes que funcionan</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>SSL</source>
            <translation>SSL</translation>
        </message>
        <message>
            <source>Found by</source>
            <translation>Encontrado por</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Servers tried</source>
            <translation>Servidores probados</translation>
        </message>
        <message>
            <source>Looking up %1: provider data, DNS (SRV, MX), the domain&apos;s autoconfig, the ISPDB and the usual server names; every server found is checked live…</source>
            <translation>Buscando %1: datos del proveedor, DNS (SRV, MX), el autoconfig del dominio, la ISPDB y los nombres de servidor habituales; cada servidor encontrado se comprueba en vivo…</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Saliente</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>comprobando…</translation>
        </message>
        <message>
            <source>No working server was found (%1 ms). What was tried is listed below.</source>
            <translation>No se encontró ningún servidor que funcione (%1 ms). Abajo se indica lo que se probó.</translation>
        </message>
        <message>
            <source>The phone&apos;s settings are already right (%1 ms).</source>
            <translation>Los ajustes del teléfono ya son correctos (%1 ms).</translation>
        </message>
        <message>
            <source>Found in %1 ms. Change these fields on the phone, or apply them here and check:</source>
            <translation>Encontrado en %1 ms. Cambie estos campos en el teléfono, o aplíquelos aquí y compruebe:</translation>
        </message>
        <message>
            <source>%1: server and SSL mode found; the login was not tried (no password).</source>
            <translation>%1: se encontraron el servidor y el modo SSL; no se probó el inicio de sesión (sin contraseña).</translation>
        </message>
</context>
<context>
        <name>mailfix::FieldRow</name>
        <message>
            <source>%1 status</source>
            <translation>Estado de %1</translation>
        </message>
        <message>
            <source>%1 problem</source>
            <translation>Problema de %1</translation>
        </message>
        <message>
            <source>not checked yet</source>
            <translation>aún no comprobado</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>comprobando</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>correcto</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>not verified: the login was not tried</source>
            <translation>no verificado: no se intentó iniciar sesión</translation>
        </message>
        <message>
            <source>Ask the customer for this first</source>
            <translation>Pregunte esto primero al cliente</translation>
        </message>
</context>
<context>
        <name>mailfix::FindingCard</name>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Change &lt;b&gt;%1&lt;/b&gt; in %2</source>
            <translation>Cambiar &lt;b&gt;%1&lt;/b&gt; en %2</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>Fix steps</source>
            <translation>Pasos de corrección</translation>
        </message>
        <message>
            <source>The phone says: &lt;i&gt;%1&lt;/i&gt;</source>
            <translation>El teléfono dice: &lt;i&gt;%1&lt;/i&gt;</translation>
        </message>
        <message>
            <source>Show the evidence</source>
            <translation>Mostrar las pruebas</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Hide the evidence</source>
            <translation>Ocultar las pruebas</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Editar %1</translation>
        </message>
        <message>
            <source>selected, shown on the phone picture</source>
            <translation>seleccionado, se muestra en la imagen del teléfono</translation>
        </message>
</context>
<context>
        <name>mailfix::FormPage</name>
        <message>
            <source>Where to find this screen on the phone</source>
            <translation>Dónde encontrar esta pantalla en el teléfono</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>En el teléfono: %1</translation>
        </message>
        <message>
            <source>What to ask the customer first</source>
            <translation>Qué preguntar primero al cliente</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapProbe</name>
        <message>
            <source>Garbled response</source>
            <translation>Respuesta ilegible</translation>
        </message>
        <message>
            <source>Not asked: LOGIN after TLS needs no capability list</source>
            <translation>No solicitado: LOGIN después de TLS no necesita lista de capacidades</translation>
        </message>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>El servidor no ofrece STARTTLS en el puerto %1</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>La autenticación es Ninguna</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Nombre de usuario o contraseña vacíos</translation>
        </message>
        <message>
            <source>A control character that IMAP cannot carry</source>
            <translation>Un carácter de control que IMAP no puede transmitir</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which IMAP cannot carry: nothing was sent</source>
            <translation>El campo %1 contiene un carácter NUL, que IMAP no puede transmitir: no se envió nada</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nombre de usuario</translation>
        </message>
        <message>
            <source>password</source>
            <translation>contraseña</translation>
        </message>
        <message>
            <source>The server disables login before TLS</source>
            <translation>El servidor desactiva el inicio de sesión antes de TLS</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>El servidor ofrece %1</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 se ofrece, pero no se ha probado</translation>
        </message>
        <message>
            <source>The server offers no login that Mailfix can use</source>
            <translation>El servidor no ofrece ningún inicio de sesión que Mailfix pueda usar</translation>
        </message>
        <message>
            <source>Unexpected continuation request</source>
            <translation>Solicitud de continuación inesperada</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Sesión iniciada con %1</translation>
        </message>
        <message>
            <source>The IMAP Path Prefix holds a line break or NUL, which IMAP cannot carry: it was not tried</source>
            <translation>El Prefijo de ruta IMAP contiene un salto de línea o un NUL, que IMAP no puede transmitir: no se probó</translation>
        </message>
</context>
<context>
        <name>mailfix::ImapWatcher</name>
        <message>
            <source>not an IMAP response: %1</source>
            <translation>no es una respuesta IMAP: %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>el servidor rechazó la conexión: %1</translation>
        </message>
        <message>
            <source>the server ended the session: %1</source>
            <translation>el servidor terminó la sesión: %1</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS rechazado: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>se rechazó el inicio de sesión: %1</translation>
        </message>
        <message>
            <source>INBOX cannot be opened: %1</source>
            <translation>no se puede abrir INBOX: %1</translation>
        </message>
        <message>
            <source>the server cannot search INBOX: %1</source>
            <translation>el servidor no puede buscar en INBOX: %1</translation>
        </message>
        <message>
            <source>the test message could not be flagged for deletion: %1</source>
            <translation>no se pudo marcar el mensaje de prueba para eliminarlo: %1</translation>
        </message>
        <message>
            <source>the test message is flagged as deleted; the server has no UID EXPUNGE, so it was not expunged (that would remove other deleted messages too)</source>
            <translation>el mensaje de prueba está marcado como eliminado; el servidor no tiene UID EXPUNGE, así que no se purgó (eso eliminaría también otros mensajes eliminados)</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>se eliminó el mensaje de prueba</translation>
        </message>
        <message>
            <source>UID EXPUNGE failed: %1</source>
            <translation>UID EXPUNGE falló: %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>no se indicó ninguna contraseña de entrada</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>la contraseña no se puede enviar a este servidor (no se aceptó el certificado o el cifrado)</translation>
        </message>
        <message>
            <source>the password cannot be sent with IMAP LOGIN</source>
            <translation>la contraseña no se puede enviar con IMAP LOGIN</translation>
        </message>
</context>
<context>
        <name>mailfix::MailfixWizard</name>
        <message>
            <source>Mailfix — iPhone Mail Settings Check</source>
            <translation>Mailfix — Comprobación de ajustes de correo del iPhone</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Comprobar</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>Cerr&amp;ar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Check these settings against the servers (Ctrl+Return)</source>
            <translation>Comprobar estos ajustes con los servidores (Ctrl+Return)</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
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
            <translation>&amp;Nuevo cliente</translation>
        </message>
        <message>
            <source>Clear everything for the next caller (Ctrl+Shift+N)</source>
            <translation>Borrar todo para la siguiente llamada (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <source>&amp;Recent Checks</source>
            <translation>Comprobaciones &amp;recientes</translation>
        </message>
        <message>
            <source>Reopen the settings of an earlier caller (never with passwords)</source>
            <translation>Volver a abrir los ajustes de una llamada anterior (nunca con contraseñas)</translation>
        </message>
        <message>
            <source>No checks yet</source>
            <translation>Aún no hay comprobaciones</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <source>(no email)</source>
            <translation>(sin correo)</translation>
        </message>
        <message>
            <source>Check &amp;Again</source>
            <translation>&amp;Volver a comprobar</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activado</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>Account Type</source>
            <translation>Tipo de cuenta</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Which iOS does the phone run, and what kind of account is it?</source>
            <translation>¿Qué versión de iOS tiene el teléfono y qué tipo de cuenta es?</translation>
        </message>
        <message>
            <source>The version shown in Settings &gt; General &gt; About on the phone</source>
            <translation>La versión que aparece en Ajustes &gt; General &gt; Información en el teléfono</translation>
        </message>
        <message>
            <source>Find it on the phone in Settings &gt; General &gt; About (iOS Version, on older phones Software Version). The paths and labels below follow that version.</source>
            <translation>Búsquela en el teléfono en Ajustes &gt; General &gt; Información (Versión de iOS; en teléfonos antiguos, Versión de software). Las rutas y etiquetas de abajo siguen esa versión.</translation>
        </message>
        <message>
            <source>IMAP or POP, as chosen when the account was added</source>
            <translation>IMAP o POP, según se eligió al añadir la cuenta</translation>
        </message>
        <message>
            <source>The Account screen&apos;s heading says IMAP or POP ("IMAP ACCOUNT INFORMATION").</source>
            <translation>El encabezado de la pantalla Cuenta indica IMAP o POP ("INFORMACIÓN DE LA CUENTA IMAP").</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>The top of the account&apos;s screen on the phone.</source>
            <translation>La parte superior de la pantalla de la cuenta en el teléfono.</translation>
        </message>
        <message>
            <source>John Appleseed</source>
            <comment>iOS placeholder</comment>
            <translation>Juan Pérez</translation>
        </message>
        <message>
            <source>The name shown as sender</source>
            <translation>El nombre que aparece como remitente</translation>
        </message>
        <message>
            <source>example@example.com</source>
            <translation>example@example.com</translation>
        </message>
        <message>
            <source>The email address of the account</source>
            <translation>La dirección de correo de la cuenta</translation>
        </message>
        <message>
            <source>My Email Account</source>
            <comment>iOS placeholder</comment>
            <translation>Mi cuenta de correo</translation>
        </message>
        <message>
            <source>The account&apos;s name in the phone&apos;s list of accounts</source>
            <translation>El nombre de la cuenta en la lista de cuentas del teléfono</translation>
        </message>
        <message>
            <source>Find my settings</source>
            <translation>Buscar mis ajustes</translation>
        </message>
        <message>
            <source>Finds the servers that work from the email address (and the passwords, if typed)</source>
            <translation>Busca los servidores que funcionan a partir de la dirección de correo (y de las contraseñas, si se han escrito)</translation>
        </message>
        <message>
            <source>Incoming Mail Server</source>
            <translation>Servidor de correo entrante</translation>
        </message>
        <message>
            <source>On the Account screen, under Incoming Mail Server.</source>
            <translation>En la pantalla Cuenta, en Servidor de correo entrante.</translation>
        </message>
        <message>
            <source>mail.example.com</source>
            <translation>mail.example.com</translation>
        </message>
        <message>
            <source>Incoming mail server host name, without https:// or a port</source>
            <translation>Nombre de host del servidor de correo entrante, sin https:// ni puerto</translation>
        </message>
        <message>
            <source>Incoming mail server user name</source>
            <translation>Nombre de usuario del servidor de correo entrante</translation>
        </message>
        <message>
            <source>Incoming mail server password; used for this check only, never stored</source>
            <translation>Contraseña del servidor de correo entrante; solo se usa para esta comprobación, nunca se guarda</translation>
        </message>
        <message>
            <source>Outgoing Mail Server</source>
            <translation>Servidor de correo saliente</translation>
        </message>
        <message>
            <source>Account &gt; Outgoing Mail Server &gt; SMTP &gt; Primary Server.</source>
            <translation>Cuenta &gt; Servidor de correo saliente &gt; SMTP &gt; Servidor principal.</translation>
        </message>
        <message>
            <source>Whether the primary SMTP server is switched on</source>
            <translation>Si el servidor SMTP principal está activado</translation>
        </message>
        <message>
            <source>smtp.example.com</source>
            <translation>smtp.example.com</translation>
        </message>
        <message>
            <source>Outgoing (SMTP) server host name</source>
            <translation>Nombre de host del servidor saliente (SMTP)</translation>
        </message>
        <message>
            <source>Outgoing server user name; the phone shows it as Optional</source>
            <translation>Nombre de usuario del servidor saliente; el teléfono lo muestra como Opcional</translation>
        </message>
        <message>
            <source>Outgoing server password; the phone shows it as Optional; never stored</source>
            <translation>Contraseña del servidor saliente; el teléfono la muestra como Opcional; nunca se guarda</translation>
        </message>
        <message>
            <source>Use SSL for the outgoing server</source>
            <translation>Usar SSL para el servidor saliente</translation>
        </message>
        <message>
            <source>How the phone logs in to the outgoing server</source>
            <translation>Cómo inicia sesión el teléfono en el servidor saliente</translation>
        </message>
        <message>
            <source>Outgoing server port number</source>
            <translation>Número de puerto del servidor saliente</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avanzado</translation>
        </message>
        <message>
            <source>At the bottom of the Account screen: Advanced.</source>
            <translation>Al final de la pantalla Cuenta: Avanzado.</translation>
        </message>
        <message>
            <source>Use SSL for the incoming server; changes the default port</source>
            <translation>Usar SSL para el servidor entrante; cambia el puerto predeterminado</translation>
        </message>
        <message>
            <source>How the phone logs in to the incoming server</source>
            <translation>Cómo inicia sesión el teléfono en el servidor entrante</translation>
        </message>
        <message>
            <source>IMAP Path Prefix; usually empty. A stray value here gives an empty mailbox</source>
            <translation>Prefijo de ruta IMAP; normalmente vacío. Un valor erróneo aquí deja el buzón vacío</translation>
        </message>
        <message>
            <source>Incoming server port number</source>
            <translation>Número de puerto del servidor entrante</translation>
        </message>
        <message>
            <source>The fix steps were copied as an e-mail reply.</source>
            <translation>Los pasos de corrección se copiaron como respuesta de correo.</translation>
        </message>
        <message>
            <source>F&amp;ind working settings</source>
            <translation>&amp;Buscar ajustes que funcionen</translation>
        </message>
        <message>
            <source>Enter the iOS version as shown in Settings &gt; General &gt; About, e.g. 17.4.</source>
            <translation>Introduzca la versión de iOS que aparece en Ajustes &gt; General &gt; Información, p. ej., 17.4.</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>¿Quería decir %1?</translation>
        </message>
        <message>
            <source>Fix these first: %1</source>
            <translation>Corrija primero esto: %1</translation>
        </message>
        <message>
            <source>Quit Mailfix</source>
            <translation>Salir de Mailfix</translation>
        </message>
        <message>
            <source>Quit Mailfix? The settings typed for %1 are offered again at the next start (without passwords); the results are closed.</source>
            <translation>¿Salir de Mailfix? Los ajustes escritos para %1 se ofrecerán de nuevo en el próximo inicio (sin contraseñas); los resultados se cierran.</translation>
        </message>
        <message>
            <source>this caller</source>
            <translation>esta llamada</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller which iOS the phone runs (Settings &amp;gt; General &amp;gt; About) and whether the account is IMAP or POP. The labels and paths on every page follow that version.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pregunte a la persona que llama qué versión de iOS tiene el teléfono (Ajustes &amp;gt; General &amp;gt; Información) y si la cuenta es IMAP o POP. Las etiquetas y rutas de todas las páginas siguen esa versión.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Type the account&apos;s Email as the phone shows it. The Name and Description do not change whether mail works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Escriba el Correo de la cuenta tal como lo muestra el teléfono. El Nombre y la Descripción no influyen en que el correo funcione.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Incoming Mail Server: Host Name, User Name and Password. Leave the Host Name empty when the caller only has trouble sending: that side is then not checked.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El Servidor de correo entrante: Nombre de host, Nombre de usuario y Contraseña. Deje vacío el Nombre de host si la persona que llama solo tiene problemas para enviar: ese lado no se comprueba entonces.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The Outgoing Mail Server (SMTP &amp;gt; Primary Server). An empty User Name is allowed on the phone; the check tells whether the server needs one. Leave the Host Name empty when only receiving fails.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El Servidor de correo saliente (SMTP &amp;gt; Servidor principal). En el teléfono se permite dejar vacío el Nombre de usuario; la comprobación indica si el servidor lo necesita. Deje vacío el Nombre de host si solo falla la recepción.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Use SSL, Authentication, the IMAP Path Prefix and the Server Port of the incoming server. Switching Use SSL moves a default port to the new default, as on the phone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Usar SSL, Autenticación, el Prefijo de ruta IMAP y el Puerto del servidor del servidor entrante. Al cambiar Usar SSL, un puerto predeterminado pasa al nuevo predeterminado, como en el teléfono.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The findings are ordered by what stops mail first. Up and Down move between them; the picture shows the phone&apos;s screen of the selected one. Enter checks again; Ctrl+C copies the summary; the report fields go into the saved report&apos;s name.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Los hallazgos se ordenan según lo que antes impide el correo. Arriba y Abajo pasan de uno a otro; la imagen muestra la pantalla del teléfono del seleccionado. Intro vuelve a comprobar; Ctrl+C copia el resumen; los campos del informe forman parte del nombre del informe guardado.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;Keys&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6: go to a page. Ctrl+Return: check. Esc: stop a running check (it never closes the window). Alt+W: new customer. Alt+R: recent checks. F1: this help.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;Teclas&lt;/h4&gt;&lt;p&gt;Alt+1 … Alt+6: ir a una página. Ctrl+Return: comprobar. Esc: detener una comprobación en curso (nunca cierra la ventana). Alt+N: nuevo cliente. Alt+R: comprobaciones recientes. F1: esta ayuda.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h4&gt;About&lt;/h4&gt;&lt;p&gt;Mailfix %1 checks an iPhone&apos;s mail settings against the real servers. Passwords are used for the check only: never stored, never in a report. License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h4&gt;Acerca de&lt;/h4&gt;&lt;p&gt;Mailfix %1 comprueba los ajustes de correo de un iPhone con los servidores reales. Las contraseñas solo se usan para la comprobación: nunca se guardan ni aparecen en un informe. Licencia: GNU GPL versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Help: %1</source>
            <translation>Ayuda: %1</translation>
        </message>
        <message>
            <source>Fix the marked fields first: nothing was sent to any server.</source>
            <translation>Corrija primero los campos marcados: no se envió nada a ningún servidor.</translation>
        </message>
        <message>
            <source>Only the outgoing server was checked again; the incoming results are from the previous check.</source>
            <translation>Solo se volvió a comprobar el servidor saliente; los resultados del entrante son de la comprobación anterior.</translation>
        </message>
        <message>
            <source>Only the incoming server was checked again; the outgoing results are from the previous check.</source>
            <translation>Solo se volvió a comprobar el servidor entrante; los resultados del saliente son de la comprobación anterior.</translation>
        </message>
        <message>
            <source>The incoming server was not checked: no Host Name was given for it.</source>
            <translation>No se comprobó el servidor entrante: no se indicó su Nombre de host.</translation>
        </message>
        <message>
            <source>The outgoing server was not checked: no Host Name was given for it.</source>
            <translation>No se comprobó el servidor saliente: no se indicó su Nombre de host.</translation>
        </message>
        <message>
            <source>The summary was copied to the clipboard (without passwords).</source>
            <translation>Se copió el resumen al portapapeles (sin contraseñas).</translation>
        </message>
        <message>
            <source>There is no report yet: run the check first.</source>
            <translation>Aún no hay informe: ejecute primero la comprobación.</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>HTML files (*.html *.htm)</source>
            <translation>Archivos HTML (*.html *.htm)</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
        <message>
            <source>Save Report</source>
            <translation>Guardar informe</translation>
        </message>
        <message>
            <source>Report saved to %1 (without passwords).</source>
            <translation>Informe guardado en %1 (sin contraseñas).</translation>
        </message>
        <message>
            <source>About Mailfix</source>
            <translation>Acerca de Mailfix</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Checks an iPhone&apos;s mail account settings against the real mail servers and shows what to change on the phone, screen by screen.&lt;/p&gt;&lt;p&gt;Fill in the settings as they are on the phone, then press &lt;b&gt;Check&lt;/b&gt; (Ctrl+Return). On the results, Ctrl+C copies the report. Passwords are used for the check only: they are never stored and never appear in a report.&lt;/p&gt;&lt;p&gt;License: GNU GPL version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Mailfix %1&lt;/h3&gt;&lt;p&gt;Comprueba los ajustes de la cuenta de correo de un iPhone con los servidores de correo reales y muestra qué cambiar en el teléfono, pantalla por pantalla.&lt;/p&gt;&lt;p&gt;Rellene los ajustes tal como están en el teléfono y pulse &lt;b&gt;Comprobar&lt;/b&gt; (Ctrl+Return). En los resultados, Ctrl+C copia el informe. Las contraseñas solo se usan para la comprobación: nunca se guardan ni aparecen en un informe.&lt;/p&gt;&lt;p&gt;Licencia: GNU GPL versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the phone says page</source>
            <translation>Página Lo que dice el teléfono</translation>
        </message>
        <message>
            <source>What the phone says</source>
            <translation>Lo que dice el teléfono</translation>
        </message>
        <message>
            <source>Languages…</source>
            <translation>Idiomas…</translation>
        </message>
        <message>
            <source>The window&apos;s language and the customer&apos;s phone language (Ctrl+Shift+L)</source>
            <translation>El idioma de la ventana y el idioma del teléfono del cliente (Ctrl+Mayús+L)</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>&lt;p&gt;Ask the caller to read out the alert on the phone and pick it (Up, Down, Enter): the pages then say which settings to ask for first, and the findings about that alert come first. "I don&apos;t know" goes on to the settings. The alerts follow the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pida a la persona que llama que lea en voz alta el aviso del teléfono y elíjalo (Arriba, Abajo, Intro): las páginas indican entonces qué ajustes preguntar primero, y los hallazgos sobre ese aviso aparecen primero. "No lo sé" pasa a los ajustes. Los avisos siguen el idioma del teléfono del cliente.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Alt+0: What does the phone say? Ctrl+Shift+L: the window&apos;s and the customer&apos;s phone language.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Alt+0: ¿Qué dice el teléfono? Ctrl+Mayús+L: el idioma de la ventana y el del teléfono del cliente.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>The phone says “%1”. Ask first: %2</source>
            <translation>El teléfono dice “%1”. Pregunte primero: %2</translation>
        </message>
        <message>
            <source>Customer&apos;s phone language</source>
            <translation>Idioma del teléfono del cliente</translation>
        </message>
        <message>
            <source>Customer&apos;s &amp;phone language:</source>
            <translation>Idioma del &amp;teléfono del cliente:</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <source>Window lan&amp;guage:</source>
            <translation>Idioma de la &amp;ventana:</translation>
        </message>
        <message>
            <source>The window language changes the next time Mailfix starts.</source>
            <translation>El idioma de la ventana cambia la próxima vez que se inicie Mailfix.</translation>
        </message>
        <message>
            <source>; then </source>
            <comment>between the groups of fields to ask first</comment>
            <translation>; después, </translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneHandover</name>
        <message>
            <source>Send to &amp;Phone…</source>
            <translation>Enviar al telé&amp;fono…</translation>
        </message>
        <message>
            <source>Roun&amp;d trip: send a test message to myself</source>
            <translation>I&amp;da y vuelta: enviarme un mensaje de prueba</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone; offered once a check has verified them</source>
            <translation>Guardar estos ajustes como perfil para el iPhone; disponible cuando una comprobación los ha verificado</translation>
        </message>
        <message>
            <source>After a passing check, send one short message from this account to itself and wait until it arrives (at most a minute); Mailfix deletes it again</source>
            <translation>Tras una comprobación superada, enviar un mensaje corto desde esta cuenta a sí misma y esperar a que llegue (como máximo un minuto); Mailfix lo vuelve a eliminar</translation>
        </message>
        <message>
            <source>Round trip: the test message arrived after %1 s.</source>
            <translation>Ida y vuelta: el mensaje de prueba llegó tras %1 s.</translation>
        </message>
        <message>
            <source>Round trip failed: see the findings.</source>
            <translation>Ida y vuelta fallida: vea los hallazgos.</translation>
        </message>
        <message>
            <source>Round trip not done: %1</source>
            <translation>Ida y vuelta no realizada: %1</translation>
        </message>
        <message>
            <source>Save these settings as a profile for the iPhone</source>
            <translation>Guardar estos ajustes como perfil para el iPhone</translation>
        </message>
        <message>
            <source>Offered once a check has verified the settings: %1</source>
            <translation>Disponible cuando una comprobación ha verificado los ajustes: %1</translation>
        </message>
        <message>
            <source>Round trip: sending a test message and waiting for it…</source>
            <translation>Ida y vuelta: enviando un mensaje de prueba y esperándolo…</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneProfileDialog</name>
        <message>
            <source>Settings &gt; General &gt; VPN &amp; Device Management</source>
            <translation>Ajustes &gt; General &gt; VPN y gestión de dispositivos</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles &amp; Device Management (or just Profiles)</source>
            <translation>Ajustes &gt; General &gt; Perfiles y gestión de dispositivos (o solo Perfiles)</translation>
        </message>
        <message>
            <source>Settings &gt; General &gt; Profiles</source>
            <translation>Ajustes &gt; General &gt; Perfiles</translation>
        </message>
        <message>
            <source>Show in &amp;Folder</source>
            <translation>Mostrar en la &amp;carpeta</translation>
        </message>
        <message>
            <source>Send These Settings to the Phone</source>
            <translation>Enviar estos ajustes al teléfono</translation>
        </message>
        <message>
            <source>&lt;b&gt;This is a %1 account.&lt;/b&gt; On the iPhone it belongs under Add Account &amp;gt; %1, which signs in the way %1 requires. A profile can only set it up as a plain account with a password, which %1 no longer accepts for most accounts.</source>
            <translation>&lt;b&gt;Esta es una cuenta de %1.&lt;/b&gt; En el iPhone corresponde a Añadir cuenta &amp;gt; %1, que inicia sesión como exige %1. Un perfil solo puede configurarla como cuenta normal con contraseña, y %1 ya no la acepta en la mayoría de las cuentas.</translation>
        </message>
        <message>
            <source>&amp;Save Profile…</source>
            <translation>&amp;Guardar perfil…</translation>
        </message>
        <message>
            <source>&lt;p&gt;Mailfix writes the settings for &lt;b&gt;%1&lt;/b&gt; into a configuration profile, a file ending in &lt;i&gt;.mobileconfig&lt;/i&gt;. It holds no password: the phone asks for it while installing.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Save the profile.&lt;/li&gt;&lt;li&gt;Get it onto the iPhone: send it by &lt;b&gt;AirDrop&lt;/b&gt; from a Mac, &lt;b&gt;e-mail&lt;/b&gt; it to an address the phone already receives and tap the attachment, or put it on a web page and open that in &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;The phone says "Profile Downloaded". Within about 8 minutes, open &lt;b&gt;%2&lt;/b&gt;, tap the profile, tap Install and type the password when asked. Only one downloaded profile waits at a time; a later one replaces it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Installing it again later replaces this account&apos;s earlier profile instead of adding a second account.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Mailfix escribe los ajustes de &lt;b&gt;%1&lt;/b&gt; en un perfil de configuración, un archivo que termina en &lt;i&gt;.mobileconfig&lt;/i&gt;. No contiene ninguna contraseña: el teléfono la pide durante la instalación.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Guarde el perfil.&lt;/li&gt;&lt;li&gt;Páselo al iPhone: envíelo por &lt;b&gt;AirDrop&lt;/b&gt; desde un Mac, envíelo por &lt;b&gt;correo&lt;/b&gt; a una dirección que el teléfono ya reciba y toque el archivo adjunto, o colóquelo en una página web y ábrala en &lt;b&gt;Safari&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;El teléfono indica "Perfil descargado". En unos 8 minutos, abra &lt;b&gt;%2&lt;/b&gt;, toque el perfil, toque Instalar y escriba la contraseña cuando se la pida. Solo espera un perfil descargado a la vez; uno posterior lo sustituye.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Si lo vuelve a instalar más adelante, sustituye el perfil anterior de esta cuenta en lugar de añadir una segunda cuenta.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>The profile was not saved: %1</source>
            <translation>No se guardó el perfil: %1</translation>
        </message>
        <message>
            <source>%1 cannot be written (%2)</source>
            <translation>No se puede escribir %1 (%2)</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>Guardado como %1</translation>
        </message>
        <message>
            <source>Save Profile</source>
            <translation>Guardar perfil</translation>
        </message>
        <message>
            <source>Configuration profiles (*.mobileconfig)</source>
            <translation>Perfiles de configuración (*.mobileconfig)</translation>
        </message>
</context>
<context>
        <name>mailfix::PhoneScreenView</name>
        <message>
            <source>Picture of the phone screen to change</source>
            <translation>Imagen de la pantalla del teléfono que hay que cambiar</translation>
        </message>
        <message>
            <source>%1, change: %2</source>
            <translation>%1, cambiar: %2</translation>
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
            <translation>La lista CAPA tiene más de %1 líneas</translation>
        </message>
        <message>
            <source>Endless capability list</source>
            <translation>Lista de capacidades interminable</translation>
        </message>
        <message>
            <source>Garbled reply</source>
            <translation>Respuesta ilegible</translation>
        </message>
        <message>
            <source>Unexpected continuation</source>
            <translation>Continuación inesperada</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>El servidor seguía pidiendo más datos de inicio de sesión</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Sesión iniciada con %1</translation>
        </message>
        <message>
            <source>CAPA not supported</source>
            <translation>CAPA no admitido</translation>
        </message>
        <message>
            <source>The server offers no STLS on port %1</source>
            <translation>El servidor no ofrece STLS en el puerto %1</translation>
        </message>
        <message>
            <source>User name or password empty</source>
            <translation>Nombre de usuario o contraseña vacíos</translation>
        </message>
        <message>
            <source>The server allows login only after STLS</source>
            <translation>El servidor solo permite iniciar sesión después de STLS</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 se ofrece, pero no se ha probado</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>El servidor ofrece %1</translation>
        </message>
        <message>
            <source>A character POP3 cannot carry</source>
            <translation>Un carácter que POP3 no puede transmitir</translation>
        </message>
        <message>
            <source>The user name holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>El nombre de usuario contiene un salto de línea o un carácter de control, que POP3 no puede transmitir: no se envió nada</translation>
        </message>
        <message>
            <source>The password holds a line break or control character, which POP3 cannot carry: nothing was sent</source>
            <translation>La contraseña contiene un salto de línea o un carácter de control, que POP3 no puede transmitir: no se envió nada</translation>
        </message>
        <message>
            <source>the server answered only USER of a pipelined group: sending PASS alone</source>
            <translation>el servidor solo respondió a USER de un grupo enviado en pipeline: se envía PASS por separado</translation>
        </message>
</context>
<context>
        <name>mailfix::Pop3Watcher</name>
        <message>
            <source>the server&apos;s listing has no end</source>
            <translation>el listado del servidor no tiene fin</translation>
        </message>
        <message>
            <source>not a POP3 reply: %1</source>
            <translation>no es una respuesta POP3: %1</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>el servidor rechazó la conexión: %1</translation>
        </message>
        <message>
            <source>STLS refused: %1</source>
            <translation>STLS rechazado: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>se rechazó el inicio de sesión: %1</translation>
        </message>
        <message>
            <source>STAT failed: %1</source>
            <translation>STAT falló: %1</translation>
        </message>
        <message>
            <source>the test message was deleted</source>
            <translation>se eliminó el mensaje de prueba</translation>
        </message>
        <message>
            <source>the server did not confirm the deletion: %1</source>
            <translation>el servidor no confirmó la eliminación: %1</translation>
        </message>
        <message>
            <source>no incoming password was given</source>
            <translation>no se indicó ninguna contraseña de entrada</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>la contraseña no se puede enviar a este servidor (no se aceptó el certificado o el cifrado)</translation>
        </message>
</context>
<context>
        <name>mailfix::ProbeBase</name>
        <message>
            <source>Another service answers on port %1 (%2)</source>
            <translation>Otro servicio responde en el puerto %1 (%2)</translation>
        </message>
        <message>
            <source>Connected to %1 port %2 in %3 ms</source>
            <translation>Conectado a %1, puerto %2, en %3 ms</translation>
        </message>
        <message>
            <source>Connected to %1 port %2</source>
            <translation>Conectado a %1, puerto %2</translation>
        </message>
        <message>
            <source>No plain-text greeting: this port expects SSL from the first byte</source>
            <translation>Sin saludo en texto plano: este puerto espera SSL desde el primer byte</translation>
        </message>
        <message>
            <source>%1, certificate valid for %2</source>
            <translation>%1, certificado válido para %2</translation>
        </message>
        <message>
            <source>Plain-text data injected before TLS</source>
            <translation>Datos en texto plano inyectados antes de TLS</translation>
        </message>
        <message>
            <source>The server sent more than %1 bytes</source>
            <translation>El servidor envió más de %1 bytes</translation>
        </message>
        <message>
            <source>Too much data from the server</source>
            <translation>Demasiados datos del servidor</translation>
        </message>
        <message>
            <source>The server announced a literal of %1 bytes</source>
            <translation>El servidor anunció un literal de %1 bytes</translation>
        </message>
        <message>
            <source>Oversized literal</source>
            <translation>Literal demasiado grande</translation>
        </message>
        <message>
            <source>A line longer than %1 bytes without an end</source>
            <translation>Una línea de más de %1 bytes sin final</translation>
        </message>
        <message>
            <source>Endless line from the server</source>
            <translation>Línea interminable del servidor</translation>
        </message>
        <message>
            <source>The server closed the connection during the TLS handshake</source>
            <translation>El servidor cerró la conexión durante el handshake TLS</translation>
        </message>
        <message>
            <source>Connection closed by the server</source>
            <translation>El servidor cerró la conexión</translation>
        </message>
        <message numerus="yes">
            <source>No answer within %n second(s)</source>
            <translation>
                <numerusform>Sin respuesta en %n segundo</numerusform>
                <numerusform>Sin respuesta en %n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Not tried: the certificate was not accepted</source>
            <translation>No probado: no se aceptó el certificado</translation>
        </message>
        <message>
            <source>Not tried: the password would travel unencrypted</source>
            <translation>No probado: la contraseña viajaría sin cifrar</translation>
        </message>
        <message>
            <source>Use SSL is off</source>
            <translation>Usar SSL está desactivado</translation>
        </message>
        <message>
            <source>connecting to %1 port %2%3</source>
            <translation>conectando con %1, puerto %2%3</translation>
        </message>
        <message>
            <source> (TLS from the first byte)</source>
            <translation> (TLS desde el primer byte)</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>conectado a %1, puerto %2</translation>
        </message>
        <message>
            <source>no greeting yet: trying TLS from the first byte on a second connection</source>
            <translation>aún no hay saludo: se prueba TLS desde el primer byte en una segunda conexión</translation>
        </message>
        <message>
            <source>the port does not speak TLS from the first byte either</source>
            <translation>el puerto tampoco habla TLS desde el primer byte</translation>
        </message>
        <message>
            <source>TLS from the first byte works on port %1</source>
            <translation>TLS desde el primer byte funciona en el puerto %1</translation>
        </message>
        <message>
            <source>TLS failed: looking at what port %1 says without TLS</source>
            <translation>TLS falló: se comprueba qué dice el puerto %1 sin TLS</translation>
        </message>
        <message>
            <source>%1 %2; certificate for %3, issued by %4, valid %5 to %6</source>
            <translation>%1 %2; certificado para %3, emitido por %4, válido del %5 al %6</translation>
        </message>
        <message>
            <source>starting TLS</source>
            <translation>iniciando TLS</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>el servidor cerró la conexión</translation>
        </message>
        <message>
            <source>no goodbye from the server: closing the connection</source>
            <translation>sin despedida del servidor: se cierra la conexión</translation>
        </message>
        <message>
            <source>certificate %1 accepted by the user</source>
            <translation>certificado %1 aceptado por el usuario</translation>
        </message>
        <message>
            <source>sending the login without encryption: allowed by the user</source>
            <translation>envío del inicio de sesión sin cifrar: permitido por el usuario</translation>
        </message>
</context>
<context>
        <name>mailfix::ReadAloudView</name>
        <message>
            <source>&amp;Previous Step</source>
            <translation>Paso &amp;anterior</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>&amp;Hecho</translation>
        </message>
        <message>
            <source>E&amp;xit Read-Aloud (Esc)</source>
            <translation>&amp;Salir de la lectura (Esc)</translation>
        </message>
        <message>
            <source>Read-aloud mode</source>
            <translation>Modo de lectura en voz alta</translation>
        </message>
        <message>
            <source>Re-check</source>
            <translation>Volver a comprobar</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Volver al paso anterior</translation>
        </message>
        <message>
            <source>Back to the previous step (Backspace)</source>
            <translation>Volver al paso anterior (Retroceso)</translation>
        </message>
        <message>
            <source>This step is done: on to the next (Enter or Space)</source>
            <translation>Este paso está hecho: al siguiente (Intro o Espacio)</translation>
        </message>
        <message>
            <source>Field: %1 — %2</source>
            <translation>Campo: %1 — %2</translation>
        </message>
        <message>
            <source>The check was stopped. The steps for %1 follow again.</source>
            <translation>Se detuvo la comprobación. Vuelven los pasos de %1.</translation>
        </message>
        <message>
            <source>%1 was checked again: something is still wrong. Its steps follow.</source>
            <translation>Se volvió a comprobar %1: algo sigue mal. Siguen sus pasos.</translation>
        </message>
        <message>
            <source>%1 was checked again: nothing left to change there.</source>
            <translation>Se volvió a comprobar %1: ahí ya no queda nada que cambiar.</translation>
        </message>
        <message>
            <source>Checking the settings again…</source>
            <translation>Volviendo a comprobar los ajustes…</translation>
        </message>
        <message>
            <source>Checking %1 again…</source>
            <translation>Volviendo a comprobar %1…</translation>
        </message>
        <message>
            <source>One moment: the check runs with the settings in the form.</source>
            <translation>Un momento: la comprobación se ejecuta con los ajustes del formulario.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>No hay nada que cambiar en el teléfono.</translation>
        </message>
        <message>
            <source>All steps are done.</source>
            <translation>Todos los pasos están hechos.</translation>
        </message>
        <message>
            <source>Leave read-aloud mode with Esc.</source>
            <translation>Salga del modo de lectura en voz alta con Esc.</translation>
        </message>
        <message>
            <source>%1 · problem %2 of %3</source>
            <translation>%1 · problema %2 de %3</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Paso %1 de %2</translation>
        </message>
</context>
<context>
        <name>mailfix::ResultsPage</name>
        <message>
            <source>Cancel Check</source>
            <translation>Cancelar comprobación</translation>
        </message>
        <message>
            <source>C&amp;opy Report</source>
            <translation>C&amp;opiar informe</translation>
        </message>
        <message>
            <source>Copy Fix Steps as &amp;E-mail Reply</source>
            <translation>Copiar pasos como r&amp;espuesta de correo</translation>
        </message>
        <message>
            <source>&amp;Save Report</source>
            <translation>&amp;Guardar informe</translation>
        </message>
        <message>
            <source>Check &amp; Results</source>
            <translation>Comprobación y resultados</translation>
        </message>
        <message>
            <source>Check status</source>
            <translation>Estado de la comprobación</translation>
        </message>
        <message>
            <source>Press Check (Ctrl+Return) to test the settings against the servers.</source>
            <translation>Pulse Comprobar (Ctrl+Return) para probar los ajustes con los servidores.</translation>
        </message>
        <message>
            <source>Check progress</source>
            <translation>Progreso de la comprobación</translation>
        </message>
        <message>
            <source>Stop the check now (Esc)</source>
            <translation>Detener la comprobación ahora (Esc)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <source>Check steps</source>
            <translation>Pasos de la comprobación</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Paso</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation>&amp;Hallazgos</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>&amp;Pasos</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>C&amp;liente:</translation>
        </message>
        <message>
            <source>Tic&amp;ket:</source>
            <translation>&amp;Incidencia:</translation>
        </message>
        <message>
            <source>A&amp;gent:</source>
            <translation>Agen&amp;te:</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <source>Goes into the report and its file name; optional</source>
            <translation>Se incluye en el informe y en su nombre de archivo; opcional</translation>
        </message>
        <message>
            <source>Copy the summary and the fix steps to the clipboard, without passwords (Ctrl+C)</source>
            <translation>Copiar el resumen y los pasos de corrección al portapapeles, sin contraseñas (Ctrl+C)</translation>
        </message>
        <message>
            <source>Copy the fix steps as a reply to the customer&apos;s e-mail</source>
            <translation>Copiar los pasos de corrección como respuesta al correo del cliente</translation>
        </message>
        <message>
            <source>As &amp;Text…</source>
            <translation>Como &amp;texto…</translation>
        </message>
        <message>
            <source>As &amp;HTML…</source>
            <translation>Como &amp;HTML…</translation>
        </message>
        <message>
            <source>As &amp;PDF…</source>
            <translation>Como &amp;PDF…</translation>
        </message>
        <message>
            <source>Round trip: test message sent and received</source>
            <translation>Ida y vuelta: mensaje de prueba enviado y recibido</translation>
        </message>
        <message>
            <source>Incoming</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Outgoing</source>
            <translation>Saliente</translation>
        </message>
        <message>
            <source>host name</source>
            <translation>nombre de host</translation>
        </message>
        <message>
            <source>connection</source>
            <translation>conexión</translation>
        </message>
        <message>
            <source>SSL</source>
            <translation>SSL</translation>
        </message>
        <message>
            <source>greeting</source>
            <translation>saludo</translation>
        </message>
        <message>
            <source>capabilities</source>
            <translation>capacidades</translation>
        </message>
        <message>
            <source>login</source>
            <translation>inicio de sesión</translation>
        </message>
        <message>
            <source>sender</source>
            <translation>remitente</translation>
        </message>
        <message>
            <source>relay</source>
            <translation>relay</translation>
        </message>
        <message>
            <source>Checking the settings against the servers…</source>
            <translation>Comprobando los ajustes con los servidores…</translation>
        </message>
        <message>
            <source>Round Trip (send and receive)</source>
            <translation>Ida y vuelta (enviar y recibir)</translation>
        </message>
        <message>
            <source>Incoming Mail Server (%1)</source>
            <translation>Servidor de correo entrante (%1)</translation>
        </message>
        <message>
            <source>Outgoing Mail Server (SMTP)</source>
            <translation>Servidor de correo saliente (SMTP)</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>en espera</translation>
        </message>
        <message>
            <source>checking</source>
            <translation>comprobando</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>correcto</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>%1 (skipped)</source>
            <translation>%1 (omitido)</translation>
        </message>
        <message>
            <source>Check finished in %1 s.</source>
            <translation>Comprobación terminada en %1 s.</translation>
        </message>
        <message>
            <source>Nothing to change on the phone.</source>
            <translation>No hay nada que cambiar en el teléfono.</translation>
        </message>
        <message>
            <source>On the phone: %1</source>
            <translation>En el teléfono: %1</translation>
        </message>
        <message>
            <source>Read Fi&amp;x Steps Aloud</source>
            <translation>Leer los pasos en &amp;voz alta</translation>
        </message>
        <message>
            <source>The fix steps one at a time in large type, to read out to the customer</source>
            <translation>Los pasos de corrección uno a uno en letra grande, para leérselos al cliente</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTrip</name>
        <message>
            <source>the check was cancelled</source>
            <translation>se canceló la comprobación</translation>
        </message>
        <message>
            <source>the check found errors: mail cannot make the trip until they are fixed</source>
            <translation>la comprobación encontró errores: el correo no puede hacer el recorrido hasta que se corrijan</translation>
        </message>
        <message>
            <source>the round trip needs both the incoming and the outgoing server</source>
            <translation>la ida y vuelta necesita tanto el servidor entrante como el saliente</translation>
        </message>
        <message>
            <source>the login to the incoming server was not verified (no password, or not tried)</source>
            <translation>no se verificó el inicio de sesión en el servidor entrante (sin contraseña o no probado)</translation>
        </message>
        <message>
            <source>the login to the outgoing server was not verified (no password, or not tried)</source>
            <translation>no se verificó el inicio de sesión en el servidor saliente (sin contraseña o no probado)</translation>
        </message>
        <message>
            <source>The message arrived, but: %1</source>
            <translation>El mensaje llegó, pero: %1</translation>
        </message>
        <message>
            <source>The incoming server could not be watched: %1</source>
            <translation>No se pudo vigilar el servidor entrante: %1</translation>
        </message>
        <message>
            <source>The test message could not be sent: %1</source>
            <translation>No se pudo enviar el mensaje de prueba: %1</translation>
        </message>
        <message>
            <source>The outgoing server refused the test message</source>
            <translation>El servidor saliente rechazó el mensaje de prueba</translation>
        </message>
        <message>
            <source>The server accepted the login but refused the message itself. Its reply says why: ask the mail provider about it, quoting the reply.</source>
            <translation>El servidor aceptó el inicio de sesión, pero rechazó el propio mensaje. Su respuesta indica el motivo: consúltelo con el proveedor de correo citando la respuesta.</translation>
        </message>
        <message>
            <source>Until then, messages from the phone will be refused the same way.</source>
            <translation>Hasta entonces, los mensajes del teléfono se rechazarán de la misma forma.</translation>
        </message>
        <message>
            <source>Refused: %1</source>
            <translation>Rechazado: %1</translation>
        </message>
        <message>
            <source>Arrived %1 s after the server took it</source>
            <translation>Llegó %1 s después de que el servidor lo aceptara</translation>
        </message>
        <message>
            <source>Mail to this account arrives slowly</source>
            <translation>El correo a esta cuenta llega con lentitud</translation>
        </message>
        <message>
            <source>The test message took %1 seconds from the outgoing server to the mailbox. Mail works, but a delay this long is worth asking the provider about.</source>
            <translation>El mensaje de prueba tardó %1 segundos desde el servidor saliente hasta el buzón. El correo funciona, pero conviene consultar al proveedor por un retraso tan largo.</translation>
        </message>
        <message>
            <source>Delivered in %1 s; %2</source>
            <translation>Entregado en %1 s; %2</translation>
        </message>
        <message>
            <source>Delivered in %1 s; deleting it got no answer in time</source>
            <translation>Entregado en %1 s; la eliminación no recibió respuesta a tiempo</translation>
        </message>
        <message>
            <source>Sent "%1"; the outgoing server said "%2"; not in the mailbox after %3 s</source>
            <translation>Enviado "%1"; el servidor saliente dijo "%2"; no estaba en el buzón tras %3 s</translation>
        </message>
        <message>
            <source>The test message was sent but never arrived</source>
            <translation>El mensaje de prueba se envió, pero nunca llegó</translation>
        </message>
        <message>
            <source>The outgoing server took the message, but it did not reach this account&apos;s mailbox within %1 seconds.</source>
            <translation>El servidor saliente aceptó el mensaje, pero no llegó al buzón de esta cuenta en %1 segundos.</translation>
        </message>
        <message>
            <source>Look for it in the Junk folder; if it is not there, ask the mail provider, quoting the server&apos;s reply.</source>
            <translation>Búsquelo en la carpeta de correo no deseado; si no está, consulte al proveedor de correo citando la respuesta del servidor.</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
</context>
<context>
        <name>mailfix::RoundTripSession</name>
        <message>
            <source>no greeting in plain text: TLS from the first byte</source>
            <translation>sin saludo en texto plano: TLS desde el primer byte</translation>
        </message>
        <message>
            <source>no answer from %1:%2 within %3 s</source>
            <translation>sin respuesta de %1:%2 en %3 s</translation>
        </message>
        <message>
            <source>%1 could not be resolved: %2</source>
            <translation>no se pudo resolver %1: %2</translation>
        </message>
        <message>
            <source>connected to %1 port %2</source>
            <translation>conectado a %1, puerto %2</translation>
        </message>
        <message>
            <source>the server closed the connection</source>
            <translation>el servidor cerró la conexión</translation>
        </message>
        <message>
            <source>%1 %2; certificate %3</source>
            <translation>%1 %2; certificado %3</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>de confianza</translation>
        </message>
        <message>
            <source>the server sent a line longer than %1 bytes</source>
            <translation>el servidor envió una línea de más de %1 bytes</translation>
        </message>
        <message>
            <source>no TLS from the first byte (%1): trying STARTTLS</source>
            <translation>sin TLS desde el primer byte (%1): probando STARTTLS</translation>
        </message>
</context>
<context>
        <name>mailfix::SessionStore</name>
        <message>
            <source>last session</source>
            <translation>última sesión</translation>
        </message>
        <message>
            <source>an unnamed account</source>
            <translation>una cuenta sin nombre</translation>
        </message>
        <message>
            <source>earlier</source>
            <translation>antes</translation>
        </message>
        <message>
            <source>Choose No for a new caller. Passwords are never kept.</source>
            <translation>Elija No para una llamada nueva. Las contraseñas nunca se guardan.</translation>
        </message>
        <message>
            <source>recent checks</source>
            <translation>comprobaciones recientes</translation>
        </message>
        <message>
            <source>Continue with the settings of %1, typed %2?</source>
            <translation>¿Continuar con los ajustes de %1, introducidos: %2?</translation>
        </message>
</context>
<context>
        <name>mailfix::SettingsFinder</name>
        <message>
            <source>the search&apos;s deadline passed</source>
            <translation>venció el plazo de la búsqueda</translation>
        </message>
        <message>
            <source>"%1" is not an email address</source>
            <translation>"%1" no es una dirección de correo</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>no entry for %1</source>
            <translation>no hay entrada para %1</translation>
        </message>
        <message>
            <source>%1 not offered</source>
            <translation>%1 no se ofrece</translation>
        </message>
        <message>
            <source>run by %1</source>
            <translation>gestionado por %1</translation>
        </message>
        <message>
            <source>no MX records for %1</source>
            <translation>no hay registros MX para %1</translation>
        </message>
        <message>
            <source>not asked (--no-ispdb)</source>
            <translation>no consultado (--no-ispdb)</translation>
        </message>
        <message>
            <source>cut short: %1</source>
            <translation>interrumpido: %1</translation>
        </message>
        <message>
            <source>not needed: %1</source>
            <translation>no necesario: %1</translation>
        </message>
        <message>
            <source>a working server was found</source>
            <translation>se encontró un servidor que funciona</translation>
        </message>
        <message>
            <source>nothing left to try</source>
            <translation>no queda nada por probar</translation>
        </message>
        <message>
            <source>the search ended</source>
            <translation>la búsqueda terminó</translation>
        </message>
        <message numerus="yes">
            <source>%n lookups had not answered when the search ended</source>
            <translation>
                <numerusform>%n consulta no había respondido al terminar la búsqueda</numerusform>
                <numerusform>%n consultas no habían respondido al terminar la búsqueda</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2, the best of %3 tried)</source>
            <translation>%1 (%2, el mejor de %3 probados)</translation>
        </message>
        <message>
            <source>no %1 server found for %2: no provider entry, SRV record, autoconfig or usual host name</source>
            <translation>no se encontró ningún servidor %1 para %2: no hay entrada de proveedor, registro SRV, autoconfig ni nombre de host habitual</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>entrante</translation>
        </message>
        <message>
            <source>outgoing</source>
            <translation>saliente</translation>
        </message>
        <message>
            <source>%1 names %2; what works: %3</source>
            <translation>%1 indica %2; lo que funciona: %3</translation>
        </message>
        <message>
            <source>A published source names settings that do not work (%1)</source>
            <translation>Una fuente publicada indica ajustes que no funcionan (%1)</translation>
        </message>
        <message>
            <source>Use the suggested settings; tell the domain&apos;s administrator that its %1 is out of date.</source>
            <translation>Use los ajustes sugeridos; comunique al administrador del dominio que su %1 está desactualizado.</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpProbe</name>
        <message>
            <source>The server offers no STARTTLS on port %1</source>
            <translation>El servidor no ofrece STARTTLS en el puerto %1</translation>
        </message>
        <message>
            <source>Authentication is None</source>
            <translation>La autenticación es Ninguna</translation>
        </message>
        <message>
            <source>No user name: the phone does not log in</source>
            <translation>Sin nombre de usuario: el teléfono no inicia sesión</translation>
        </message>
        <message>
            <source>The server allows login only after STARTTLS</source>
            <translation>El servidor solo permite iniciar sesión después de STARTTLS</translation>
        </message>
        <message>
            <source>The server offers no login on port %1</source>
            <translation>El servidor no ofrece inicio de sesión en el puerto %1</translation>
        </message>
        <message>
            <source>The server offers %1</source>
            <translation>El servidor ofrece %1</translation>
        </message>
        <message>
            <source>%1 is offered but not tested</source>
            <translation>%1 se ofrece, pero no se ha probado</translation>
        </message>
        <message>
            <source>No password entered</source>
            <translation>No se introdujo ninguna contraseña</translation>
        </message>
        <message>
            <source>A NUL character cannot be sent in a login</source>
            <translation>Un carácter NUL no se puede enviar en un inicio de sesión</translation>
        </message>
        <message>
            <source>The %1 holds a NUL character, which an SMTP login cannot carry: nothing was sent</source>
            <translation>El campo %1 contiene un carácter NUL, que un inicio de sesión SMTP no puede transmitir: no se envió nada</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>nombre de usuario</translation>
        </message>
        <message>
            <source>password</source>
            <translation>contraseña</translation>
        </message>
        <message>
            <source>The server kept asking for more login data</source>
            <translation>El servidor seguía pidiendo más datos de inicio de sesión</translation>
        </message>
        <message>
            <source>Logged in with %1</source>
            <translation>Sesión iniciada con %1</translation>
        </message>
        <message>
            <source>Not tried: the Email is not a valid address</source>
            <translation>No probado: el Correo no es una dirección válida</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>No alcanzado</translation>
        </message>
        <message>
            <source>the server answered only the first commands of a pipelined group: sending the rest one at a time</source>
            <translation>el servidor solo respondió a los primeros comandos de un grupo enviado en pipeline: se envía el resto de uno en uno</translation>
        </message>
</context>
<context>
        <name>mailfix::SmtpSender</name>
        <message>
            <source>not an SMTP reply: %1 (%2)</source>
            <translation>no es una respuesta SMTP: %1 (%2)</translation>
        </message>
        <message>
            <source>the server refused the connection: %1</source>
            <translation>el servidor rechazó la conexión: %1</translation>
        </message>
        <message>
            <source>EHLO refused: %1</source>
            <translation>EHLO rechazado: %1</translation>
        </message>
        <message>
            <source>the server offers no STARTTLS</source>
            <translation>el servidor no ofrece STARTTLS</translation>
        </message>
        <message>
            <source>STARTTLS refused: %1</source>
            <translation>STARTTLS rechazado: %1</translation>
        </message>
        <message>
            <source>the login was refused: %1</source>
            <translation>se rechazó el inicio de sesión: %1</translation>
        </message>
        <message>
            <source>(the test message, %1 bytes)</source>
            <translation>(el mensaje de prueba, %1 bytes)</translation>
        </message>
        <message>
            <source>no outgoing password was given</source>
            <translation>no se indicó ninguna contraseña de salida</translation>
        </message>
        <message>
            <source>no login the round trip can use is offered (%1)</source>
            <translation>no se ofrece ningún inicio de sesión que la ida y vuelta pueda usar (%1)</translation>
        </message>
        <message>
            <source>the password may not be sent to this server (certificate or encryption not accepted)</source>
            <translation>la contraseña no se puede enviar a este servidor (no se aceptó el certificado o el cifrado)</translation>
        </message>
</context>
</TS>
