<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="es_PE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de PagoDesk</source>
        <translation>About PagoDesk</translation>
    </message>
    <message>
        <source>Reuniendo el diagnóstico…</source>
        <translation>Gathering the diagnostics…</translation>
    </message>
    <message>
        <source>Copiar diagnóstico</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>PagoDesk {version}</source>
        <translation>PagoDesk {version}</translation>
    </message>
    <message>
        <source>Cobros en efectivo con PagoEfectivo</source>
        <translation>Cash payments with PagoEfectivo</translation>
    </message>
    <message>
        <source>Carpeta de datos:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Abrir carpeta</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>No se pudo reunir el diagnóstico: {error}</source>
        <translation>Could not gather the diagnostics: {error}</translation>
    </message>
    <message>
        <source>Copiado</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Acciones:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Volver a consultar</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Preguntar ahora a PagoEfectivo por este voucher (F5)</source>
        <translation>Ask PagoEfectivo about this voucher now (F5)</translation>
    </message>
    <message>
        <source>Extender vencimiento…</source>
        <translation>Extend expiry…</translation>
    </message>
    <message>
        <source>Dar más plazo para pagar</source>
        <translation>Give more time to pay</translation>
    </message>
    <message>
        <source>Anular…</source>
        <translation>Annul…</translation>
    </message>
    <message>
        <source>Eliminar el código en PagoEfectivo</source>
        <translation>Delete the code in PagoEfectivo</translation>
    </message>
    <message>
        <source>Marcar pagado…</source>
        <translation>Mark as paid…</translation>
    </message>
    <message>
        <source>Registrar un pago con su número de operación o constancia</source>
        <translation>Record a payment with its operation number or payment slip</translation>
    </message>
    <message>
        <source>Marcar expirado…</source>
        <translation>Mark as expired…</translation>
    </message>
    <message>
        <source>Registrar que este voucher no se pagará</source>
        <translation>Record that this voucher will not be paid</translation>
    </message>
    <message>
        <source>Aprobar pago…</source>
        <translation>Approve payment…</translation>
    </message>
    <message>
        <source>Aprobar el pago manual solicitado</source>
        <translation>Approve the requested manual payment</translation>
    </message>
    <message>
        <source>Ver constancia</source>
        <translation>View payment slip</translation>
    </message>
    <message>
        <source>Abrir la constancia de pago</source>
        <translation>Open the payment slip</translation>
    </message>
    <message>
        <source>Se podrá marcar expirado desde el {when}, cuando venza: hasta entonces PagoEfectivo acepta el pago. Para que no se pueda pagar desde ahora, use «Anular…».</source>
        <translation>Can be marked as expired from {when}, when it is due: until then PagoEfectivo accepts the payment. To stop payment right now, use “Annul…”.</translation>
    </message>
    <message>
        <source>Espere: se está consultando a PagoEfectivo.</source>
        <translation>Please wait: checking with PagoEfectivo.</translation>
    </message>
    <message>
        <source>Este voucher no tiene CIP: no hay nada que hacer en PagoEfectivo.</source>
        <translation>This voucher has no CIP: there is nothing to do in PagoEfectivo.</translation>
    </message>
    <message>
        <source>Ya hay un pago manual esperando la aprobación de otra persona.</source>
        <translation>A manual payment is already awaiting another person’s approval.</translation>
    </message>
    <message>
        <source>No disponible para un voucher «{status}».</source>
        <translation>Not available for a “{status}” voucher.</translation>
    </message>
    <message>
        <source>Pago manual pendiente de aprobación (solicitado por {who} el {when}). Otra persona debe aprobarlo con «Aprobar pago…».</source>
        <translation>Manual payment awaiting approval (requested by {who} on {when}). Another person must approve it with “Approve payment…”.</translation>
    </message>
    <message>
        <source>Consultando a PagoEfectivo…</source>
        <translation>Checking with PagoEfectivo…</translation>
    </message>
    <message>
        <source>Vencimiento extendido: ahora vence el {when}.</source>
        <translation>Expiry extended: it now expires on {when}.</translation>
    </message>
    <message>
        <source>Anulado en PagoEfectivo: el cliente ya no puede pagar este código.</source>
        <translation>Annulled in PagoEfectivo: the customer can no longer pay this code.</translation>
    </message>
    <message>
        <source>Solicitud registrada: un supervisor debe aprobar el pago.</source>
        <translation>Request recorded: a supervisor must approve the payment.</translation>
    </message>
    <message>
        <source>Marcado como pagado fuera de plazo por {who}.</source>
        <translation>Marked as paid after expiry by {who}.</translation>
    </message>
    <message>
        <source>Marcado como pagado por {who}.</source>
        <translation>Marked as paid by {who}.</translation>
    </message>
    <message>
        <source>Marcado como expirado.</source>
        <translation>Marked as expired.</translation>
    </message>
    <message>
        <source>Solicitud rechazada: el voucher no cambió.</source>
        <translation>Request rejected: the voucher did not change.</translation>
    </message>
    <message>
        <source>Aprobado: el voucher quedó como expirado.</source>
        <translation>Approved: the voucher is now expired.</translation>
    </message>
    <message>
        <source>Pago aprobado: el voucher quedó como pagado.</source>
        <translation>Payment approved: the voucher is now paid.</translation>
    </message>
    <message>
        <source>Abriendo la constancia…</source>
        <translation>Opening the payment slip…</translation>
    </message>
    <message>
        <source>Esta constancia se guardó solo en la PC donde se registró, antes de que las constancias se guardaran en la base de datos: ábrala en esa PC.</source>
        <translation>This payment slip was saved only on the PC where it was recorded, before slips were saved in the database: open it on that PC.</translation>
    </message>
    <message>
        <source>La constancia guardada no coincide con la registrada: fue alterada. Avise al responsable.</source>
        <translation>The saved payment slip does not match the one recorded: it was altered. Tell the person in charge.</translation>
    </message>
    <message>
        <source>La constancia guardada no es una imagen ni un PDF que se pueda leer.</source>
        <translation>The saved payment slip is not an image or a PDF that can be read.</translation>
    </message>
    <message>
        <source>No se pudo abrir la constancia: {error}</source>
        <translation>Could not open the payment slip: {error}</translation>
    </message>
    <message>
        <source>No se pudo abrir la constancia. Intente de nuevo o avise al responsable.</source>
        <translation>Could not open the payment slip. Try again or tell the person in charge.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Enviando a PagoEfectivo…</source>
        <translation>Sending to PagoEfectivo…</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>Could not complete: {error}</translation>
    </message>
</context>
<context>
    <name>AnnulDialog</name>
    <message>
        <source>Anular — CIP {cip}</source>
        <translation>Annul — CIP {cip}</translation>
    </message>
    <message>
        <source>PagoEfectivo eliminará el código de pago {cip}. Esto no se puede deshacer.</source>
        <translation>PagoEfectivo will delete the payment code {cip}. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anular el código</source>
        <translation>Annul the code</translation>
    </message>
    <message>
        <source>El cliente ya no podrá pagar este código.</source>
        <translation>The customer will no longer be able to pay this code.</translation>
    </message>
    <message>
        <source>p. ej. el cliente canceló el pedido</source>
        <translation>e.g. the customer canceled the order</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Los pagos de prueba se verán en la próxima sincronización, no al instante.</source>
        <translation>Test payments will show at the next sync, not at once.</translation>
    </message>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
    <message>
        <source>Sin registro de actividad: {reason}</source>
        <translation>No activity log: {reason}</translation>
    </message>
    <message>
        <source>El perfil «{name}» no tiene credenciales guardadas. Abra PagoDesk con el perfil demo y guárdelas en Ajustes.</source>
        <translation>The profile “{name}” has no saved credentials. Open PagoDesk with the demo profile and save them in Settings.</translation>
    </message>
    <message>
        <source>Esta PC no tiene la clave de auditoría del perfil «{name}», que otra estación ya usa. En esa estación ejecute «pagodesk audit key show» y aquí «pagodesk audit key import CÓDIGO».</source>
        <translation>This PC does not have the audit key of profile “{name}”, which another station already uses. On that station run “pagodesk audit key show”, and here “pagodesk audit key import CODE”.</translation>
    </message>
    <message>
        <source>La base de datos del perfil «{name}» ({where}) es otra base de datos.</source>
        <translation>The database of profile “{name}” ({where}) is a different database.</translation>
    </message>
    <message>
        <source>La base de datos del perfil «{name}» ({where}) está vacía.</source>
        <translation>The database of profile “{name}” ({where}) is empty.</translation>
    </message>
    <message>
        <source>No se abre como si fuera nueva: restaure la copia de seguridad o revise la ruta.</source>
        <translation>It is not opened as if it were new: restore the backup or check the path.</translation>
    </message>
    <message>
        <source>Los ajustes de PagoDesk no se pueden leer: {detail}</source>
        <translation>PagoDesk&apos;s settings cannot be read: {detail}</translation>
    </message>
    <message>
        <source>No se pudo abrir la base de datos del perfil «{name}»: {detail}</source>
        <translation>The database of profile “{name}” could not be opened: {detail}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Solicitado por {who} el {when}.</source>
        <translation>Requested by {who} on {when}.</translation>
    </message>
    <message>
        <source>Motivo: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Aprobar vencimiento manual</source>
        <translation>Approve manual expiry</translation>
    </message>
    <message>
        <source>Aprobar vencimiento</source>
        <translation>Approve expiry</translation>
    </message>
    <message>
        <source>Al aprobar, el voucher quedará como expirado.</source>
        <translation>Once approved, the voucher will be expired.</translation>
    </message>
    <message>
        <source>Aprobar pago manual</source>
        <translation>Approve manual payment</translation>
    </message>
    <message>
        <source>Aprobar pago</source>
        <translation>Approve payment</translation>
    </message>
    <message>
        <source>Revise la constancia antes de aprobar: el voucher quedará como pagado.</source>
        <translation>Check the payment slip before approving: the voucher will be marked as paid.</translation>
    </message>
    <message>
        <source>nombre del supervisor</source>
        <translation>supervisor&apos;s name</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>su PIN</source>
        <translation>their PIN</translation>
    </message>
    <message>
        <source>PIN del supervisor</source>
        <translation>Supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>solo para rechazarla</source>
        <translation>only to reject it</translation>
    </message>
    <message>
        <source>Motivo del rechazo</source>
        <translation>Reason for rejecting</translation>
    </message>
    <message>
        <source>Rechazar solicitud</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <source>Número de operación: {number}</source>
        <translation>Operation number: {number}</translation>
    </message>
    <message>
        <source>Constancia: {name}</source>
        <translation>Payment slip: {name}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>No se restauró «{name}»: {error}</source>
        <translation>«{name}» was not restored: {error}</translation>
    </message>
    <message>
        <source>Copia «{name}» restaurada (sello {head}). Los datos que reemplazó quedaron en {safety}.</source>
        <translation>Backup «{name}» restored (seal {head}). The data it replaced was kept in {safety}.</translation>
    </message>
    <message>
        <source>la carpeta {detail} no está: conecte la memoria USB o elija otra</source>
        <translation>the folder {detail} is not there: plug in the USB drive or choose another</translation>
    </message>
    <message>
        <source>no se pudo escribir la copia ({detail})</source>
        <translation>the backup could not be written ({detail})</translation>
    </message>
    <message>
        <source>esta PC no tiene la clave de la cadena de auditoría del perfil</source>
        <translation>this PC does not have the profile&apos;s audit chain key</translation>
    </message>
    <message>
        <source>el perfil aún no tiene base de datos</source>
        <translation>the profile has no database yet</translation>
    </message>
    <message>
        <source>«{detail}» no es una copia de PagoDesk que se pueda leer</source>
        <translation>«{detail}» is not a readable PagoDesk backup</translation>
    </message>
    <message>
        <source>la copia está dañada ({detail}); use otra</source>
        <translation>the backup is damaged ({detail}); use another one</translation>
    </message>
    <message>
        <source>la copia no pasa la auditoría: {detail}; use otra</source>
        <translation>the backup fails the audit: {detail}; use another one</translation>
    </message>
    <message>
        <source>«{detail}» es una copia de otro perfil</source>
        <translation>«{detail}» is another profile&apos;s backup</translation>
    </message>
    <message>
        <source>Cierre PagoDesk y el receptor antes de restaurar</source>
        <translation>Close PagoDesk and the receiver before restoring</translation>
    </message>
    <message>
        <source>el perfil «{detail}» ya existe en esta PC: para reemplazarlo, cierre PagoDesk y use «pagodesk move-in ARCHIVO --replace»</source>
        <translation>the profile «{detail}» already exists on this PC: to replace it, close PagoDesk and use «pagodesk move-in FILE --replace»</translation>
    </message>
    <message>
        <source>«{detail}» no es un archivo de mudanza de PagoDesk que se pueda leer</source>
        <translation>«{detail}» is not a readable PagoDesk move file</translation>
    </message>
    <message>
        <source>«{detail}» es demasiado grande para un archivo de mudanza</source>
        <translation>«{detail}» is too big for a move file</translation>
    </message>
    <message>
        <source>falló ({code}: {detail})</source>
        <translation>failed ({code}: {detail})</translation>
    </message>
    <message>
        <source>Copias de seguridad de este perfil</source>
        <translation>This profile&apos;s backups</translation>
    </message>
    <message>
        <source>Leyendo las copias…</source>
        <translation>Reading the backups…</translation>
    </message>
    <message>
        <source>Este perfil usa PostgreSQL: la app no copia su base. La copia la hace la tarea nocturna del servidor («pagodesk backup», un pg_dump); vea la guía.</source>
        <translation>This profile uses PostgreSQL: the app does not back up its database. The server&apos;s nightly job does («pagodesk backup», a pg_dump); see the guide.</translation>
    </message>
    <message>
        <source>PagoDesk copia la base cada día al abrirse y al cerrarse, y comprueba cada copia. Elija una memoria USB o una carpeta sincronizada: si la PC se pierde, la copia no.</source>
        <translation>PagoDesk backs up the database every day when it opens and when it closes, and checks each backup. Choose a USB drive or a synced folder: if the PC is lost, the backup is not.</translation>
    </message>
    <message>
        <source>vacío: {folder}</source>
        <translation>empty: {folder}</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Carpeta</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Días que guarda</source>
        <translation>Days kept</translation>
    </message>
    <message>
        <source>Semanas que guarda</source>
        <translation>Weeks kept</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hacer copia ahora</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurar…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Mover a otra PC…</source>
        <translation>Move to another PC…</translation>
    </message>
    <message>
        <source>Traer de otra PC…</source>
        <translation>Bring from another PC…</translation>
    </message>
    <message>
        <source>Copias automáticas: no en este perfil (PostgreSQL).</source>
        <translation>Automatic backups: not for this profile (PostgreSQL).</translation>
    </message>
    <message>
        <source>Las copias van a {folder}</source>
        <translation>Backups go to {folder}</translation>
    </message>
    <message>
        <source>Aún no hay ninguna copia de este perfil.</source>
        <translation>This profile has no backup yet.</translation>
    </message>
    <message>
        <source>Última copia buena: {when}</source>
        <translation>Last good backup: {when}</translation>
    </message>
    <message numerus="yes">
        <source>Última copia: {when}, OK (%n cobro(s); sello {head}).</source>
        <translation>
            <numerusform>Last backup: {when}, OK (%n charge; seal {head}).</numerusform>
            <numerusform>Last backup: {when}, OK (%n charges; seal {head}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Última copia: {when}, falló: {error}.</source>
        <translation>Last backup: {when}, failed: {error}.</translation>
    </message>
    <message>
        <source>Carpeta de las copias de seguridad</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Guardado: las próximas copias usan esta carpeta.</source>
        <translation>Saved: the next backups use this folder.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Check the marked fields: nothing was saved.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <source>Copiando y comprobando la base…</source>
        <translation>Copying and checking the database…</translation>
    </message>
    <message>
        <source>Copia comprobada en {file}</source>
        <translation>Checked backup in {file}</translation>
    </message>
    <message>
        <source>Restaurar una copia</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Copias de PagoDesk (*.sqlite3)</source>
        <translation>PagoDesk backups (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restaurar</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Los datos de este perfil se reemplazan por los de «{name}». PagoDesk guarda antes una copia de los actuales, cierra el perfil, restaura y lo vuelve a abrir. Cierre el receptor si lo tiene abierto. ¿Continuar?</source>
        <translation>This profile&apos;s data is replaced by that of «{name}». PagoDesk first keeps a copy of the current data, closes the profile, restores and opens it again. Close the receiver if it is running. Continue?</translation>
    </message>
    <message>
        <source>Comprobando la copia…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Mover a otra PC</source>
        <translation>Move to another PC</translation>
    </message>
    <message>
        <source>Archivo de mudanza (*.zip)</source>
        <translation>Move file (*.zip)</translation>
    </message>
    <message>
        <source>Preparando el archivo…</source>
        <translation>Preparing the file…</translation>
    </message>
    <message>
        <source>Listo: {file}. Llévelo a la otra PC y use «Traer de otra PC…». No lleva claves: allá ingrese de nuevo las de PagoEfectivo y el código de la cadena de auditoría.</source>
        <translation>Done: {file}. Take it to the other PC and use «Bring from another PC…». It carries no keys: there, enter PagoEfectivo&apos;s keys and the audit chain code again.</translation>
    </message>
    <message>
        <source>Traer de otra PC</source>
        <translation>Bring from another PC</translation>
    </message>
    <message numerus="yes">
        <source>Perfil «{name}» traído (%n cobro(s)). Elíjalo en Perfiles y conexión e ingrese sus claves: no viajan en el archivo.</source>
        <translation>
            <numerusform>Profile «{name}» brought in (%n charge). Choose it in Profiles and connection and enter its keys: they do not travel in the file.</numerusform>
            <numerusform>Profile «{name}» brought in (%n charges). Choose it in Profiles and connection and enter its keys: they do not travel in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>⚠ Sin copia de seguridad</source>
        <translation>⚠ No backup</translation>
    </message>
    <message>
        <source>Este perfil aún no tiene ninguna copia de seguridad buena.</source>
        <translation>This profile has no good backup yet.</translation>
    </message>
    <message>
        <source>⚠ Copia de seguridad vieja</source>
        <translation>⚠ Old backup</translation>
    </message>
    <message>
        <source>La última copia buena es del {when}.</source>
        <translation>The last good backup is from {when}.</translation>
    </message>
    <message>
        <source>Conecte la memoria USB (o la carpeta elegida) y pulse «Hacer copia ahora» en Ajustes → Copias de seguridad. Clic: abrir ese panel.</source>
        <translation>Plug in the USB drive (or the chosen folder) and press «Back up now» in Settings → Backups. Click: open that panel.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Cierre del día</source>
        <translation>End-of-day report</translation>
    </message>
    <message>
        <source>Resumen del día por cajero: emitidos, pagados, vencidos, anulados y conciliados a mano, con totales por moneda.</source>
        <translation>Summary of the day by cashier: issued, paid, expired, annulled and reconciled by hand, with totals per currency.</translation>
    </message>
    <message>
        <source>todos</source>
        <translation>all</translation>
    </message>
    <message>
        <source>&amp;Día:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Cajero (opcional):</source>
        <translation>&amp;Cashier (optional):</translation>
    </message>
    <message>
        <source>Guardar…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>En la impresora térmica de esta caja: {uri}</source>
        <translation>On this register&apos;s thermal printer: {uri}</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Guardar cierre del día</source>
        <translation>Save end-of-day report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preparando el cierre…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <source>Imprimiendo el cierre…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Cierre del día impreso en {uri}</source>
        <translation>End-of-day report printed on {uri}</translation>
    </message>
    <message>
        <source>Reintentar impresión</source>
        <translation>Retry printing</translation>
    </message>
    <message>
        <source>Cierre del día guardado en {path}</source>
        <translation>End-of-day report saved to {path}</translation>
    </message>
    <message>
        <source>No se pudo guardar el cierre: {error}</source>
        <translation>Could not save the report: {error}</translation>
    </message>
</context>
<context>
    <name>CommunicationPanel</name>
    <message>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Exportar para reclamo…</source>
        <translation>Export for a claim…</translation>
    </message>
    <message>
        <source>Un ZIP con el voucher, su historial, lo hablado con PagoEfectivo, las constancias y un manifiesto para probar que nada cambió</source>
        <translation>A ZIP with the voucher, its history, what was exchanged with PagoEfectivo, the payment slips and a manifest proving nothing changed</translation>
    </message>
    <message>
        <source>{requests} · {notifications}</source>
        <translation>{requests} · {notifications}</translation>
    </message>
    <message numerus="yes">
        <source>%n pedido(s) a PagoEfectivo</source>
        <translation>
            <numerusform>%n request to PagoEfectivo</numerusform>
            <numerusform>%n requests to PagoEfectivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notificación(es)</source>
        <translation>
            <numerusform>%n notification</numerusform>
            <numerusform>%n notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer la comunicación: {error}</source>
        <translation>Could not read the communication: {error}</translation>
    </message>
    <message>
        <source>sin respuesta</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Pedido {call} → {answer} ({ms} ms)</source>
        <translation>Request {call} → {answer} ({ms} ms)</translation>
    </message>
    <message>
        <source>Enviado</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>firma válida</source>
        <translation>valid signature</translation>
    </message>
    <message>
        <source>firma NO válida</source>
        <translation>signature NOT valid</translation>
    </message>
    <message>
        <source>Notificación {event} ({signed}) → {outcome}</source>
        <translation>Notification {event} ({signed}) → {outcome}</translation>
    </message>
    <message>
        <source>Exportar para reclamo</source>
        <translation>Export for a claim</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Paquete para reclamo guardado: {name}</source>
        <translation>Claim package saved: {name}</translation>
    </message>
    <message>
        <source>No se pudo guardar el paquete: {reason}</source>
        <translation>Could not save the package: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionResult</name>
    <message>
        <source>Probando la conexión con PagoEfectivo…</source>
        <translation>Testing the connection to PagoEfectivo…</translation>
    </message>
    <message>
        <source>Conexión correcta con {url}: código de servicio {code}.</source>
        <translation>Connected to {url}: service code {code}.</translation>
    </message>
    <message>
        <source>No se pudo medir la diferencia de reloj.</source>
        <translation>Could not measure the clock difference.</translation>
    </message>
    <message>
        <source>Diferencia de reloj con PagoEfectivo: {skew}.</source>
        <translation>Clock difference with PagoEfectivo: {skew}.</translation>
    </message>
</context>
<context>
    <name>DatabaseIndicator</name>
    <message>
        <source>Sin conexión con la base de datos; reintentando</source>
        <translation>No connection to the database; retrying</translation>
    </message>
    <message>
        <source>Sin conexión desde las {time}.</source>
        <translation>No connection since {time}.</translation>
    </message>
    <message>
        <source>Intentando conectar…</source>
        <translation>Trying to connect…</translation>
    </message>
    <message>
        <source>Próximo intento a las {time}.</source>
        <translation>Next attempt at {time}.</translation>
    </message>
    <message>
        <source>Lo que ve en pantalla sigue a la vista; no se puede emitir hasta que vuelva.</source>
        <translation>What is on screen stays readable; no charge can be issued until it is back.</translation>
    </message>
    <message>
        <source>Clic: reintentar ahora.</source>
        <translation>Click: retry now.</translation>
    </message>
    <message>
        <source>Conexión con la base de datos restablecida.</source>
        <translation>Connection to the database restored.</translation>
    </message>
</context>
<context>
    <name>DateBasisCombo</name>
    <message>
        <source>Fechas de emisión</source>
        <translation>Issue dates</translation>
    </message>
    <message>
        <source>Fechas de pago</source>
        <translation>Payment dates</translation>
    </message>
    <message>
        <source>A qué fecha se aplican «Desde» y «Hasta»</source>
        <translation>Which date «From» and «To» apply to</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Explique el motivo.</source>
        <translation>Explain the reason.</translation>
    </message>
    <message>
        <source>El motivo admite como máximo {detail} caracteres.</source>
        <translation>The reason can have at most {detail} characters.</translation>
    </message>
    <message>
        <source>Indique el número de operación o adjunte la constancia de pago.</source>
        <translation>Enter the operation number or attach the payment slip.</translation>
    </message>
    <message>
        <source>Número de operación no válido: hasta 14 letras, dígitos o guiones.</source>
        <translation>Invalid operation number: up to 14 letters, digits or hyphens.</translation>
    </message>
    <message>
        <source>No se encuentra el archivo.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Adjunte una foto (JPG o PNG) o un PDF de la constancia.</source>
        <translation>Attach a photo (JPG or PNG) or a PDF of the payment slip.</translation>
    </message>
    <message>
        <source>El archivo está vacío.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>El archivo pesa más de {detail} MB.</source>
        <translation>The file is larger than {detail} MB.</translation>
    </message>
    <message>
        <source>La fecha del pago no puede estar en el futuro.</source>
        <translation>The payment date cannot be in the future.</translation>
    </message>
    <message>
        <source>Escriba su nombre.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>La aprobación debe hacerla otra persona, no quien la solicitó.</source>
        <translation>The approval must be made by another person, not the one who requested it.</translation>
    </message>
    <message>
        <source>La solicitud ya no está vigente: el voucher cambió después.</source>
        <translation>The request is no longer valid: the voucher changed afterwards.</translation>
    </message>
    <message>
        <source>No es una solicitud de aprobación.</source>
        <translation>This is not an approval request.</translation>
    </message>
    <message>
        <source>El voucher es de otro perfil.</source>
        <translation>The voucher belongs to another profile.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>It has control or invisible characters: type it again.</translation>
    </message>
    <message>
        <source>No se puede extender: el voucher está «{status}».</source>
        <translation>Cannot extend: the voucher is “{status}”.</translation>
    </message>
    <message>
        <source>No se puede anular: el voucher está «{status}».</source>
        <translation>Cannot annul: the voucher is “{status}”.</translation>
    </message>
    <message>
        <source>El motivo tiene caracteres de control o invisibles.</source>
        <translation>The reason has control or invisible characters.</translation>
    </message>
    <message>
        <source>No se puede: el voucher está «{status}». Vuelva a abrirlo.</source>
        <translation>Not possible: the voucher is “{status}”. Open it again.</translation>
    </message>
    <message>
        <source>Todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el {when}. Para que no se pueda pagar desde ahora, anúlelo.</source>
        <translation>It cannot be marked as expired yet: PagoEfectivo accepts the payment until {when}. To stop payment right now, annul it.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</source>
        <translation>PagoEfectivo rejected the profile’s credentials (or this PC’s clock is off). Check them in Settings.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo. Revise la conexión a internet e intente de nuevo.</source>
        <translation>Could not connect to PagoEfectivo. Check the internet connection and try again.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo. Intente de nuevo.</source>
        <translation>PagoEfectivo did not respond in time. Try again.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error interno. Intente en unos minutos.</source>
        <translation>PagoEfectivo had an internal error. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud ({code}: {message}).</source>
        <translation>PagoEfectivo rejected the request ({code}: {message}).</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>Could not complete: {error}</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó el cambio ({code}: {message}); no se cambió nada.</source>
        <translation>PagoEfectivo rejected the change ({code}: {message}); nothing was changed.</translation>
    </message>
    <message>
        <source>PagoEfectivo no confirmó el cambio: aquí no se cambió nada. Use «Volver a consultar» (F5) en unos minutos para ver si se aplicó.</source>
        <translation>PagoEfectivo did not confirm the change: nothing was changed here. Use “Check again” (F5) in a few minutes to see whether it was applied.</translation>
    </message>
    <message>
        <source>Este voucher no tiene CIP: no hay nada que consultar.</source>
        <translation>This voucher has no CIP: there is nothing to check.</translation>
    </message>
    <message>
        <source>PagoEfectivo no encontró este CIP. Revise la pestaña Eventos.</source>
        <translation>PagoEfectivo did not find this CIP. Check the Events tab.</translation>
    </message>
    <message>
        <source>Consultado: ahora está «{status}».</source>
        <translation>Checked: it is now “{status}”.</translation>
    </message>
    <message>
        <source>Consultado: PagoEfectivo informa algo distinto; quedó registrado en Eventos.</source>
        <translation>Checked: PagoEfectivo reports something different; it was recorded in Events.</translation>
    </message>
    <message>
        <source>Consultado: sin cambios en PagoEfectivo.</source>
        <translation>Checked: no changes in PagoEfectivo.</translation>
    </message>
    <message>
        <source>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</source>
        <translation>The voucher changed in the meantime: nothing was applied and it was recorded as a discrepancy.</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <source>Detalle del voucher #{id}</source>
        <translation>Voucher #{id} details</translation>
    </message>
    <message>
        <source>Datos</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Eventos</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Comunicación</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cerrar (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Detalle del voucher {ref}</source>
        <translation>Voucher {ref} details</translation>
    </message>
    <message>
        <source>Eventos ({n})</source>
        <translation>Events ({n})</translation>
    </message>
    <message>
        <source>Sin comprobante: este voucher no tiene un CIP confirmado.</source>
        <translation>Nothing to print: this voucher has no confirmed CIP.</translation>
    </message>
    <message>
        <source>No se encontró el voucher #{id}.</source>
        <translation>Voucher #{id} was not found.</translation>
    </message>
    <message>
        <source>No se pudo leer el voucher: {error}</source>
        <translation>Could not read the voucher: {error}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Código de pago (CIP)</source>
        <translation>Payment code (CIP)</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Copiar CIP</source>
        <translation>Copy CIP</translation>
    </message>
    <message>
        <source>Copiar enlace</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Copiar texto para compartir</source>
        <translation>Copy text to share</translation>
    </message>
    <message>
        <source>Mensaje para WhatsApp o correo</source>
        <translation>Message for WhatsApp or email</translation>
    </message>
    <message>
        <source>Sin CIP</source>
        <translation>No CIP</translation>
    </message>
    <message>
        <source>CIP copiado al portapapeles.</source>
        <translation>CIP copied to the clipboard.</translation>
    </message>
    <message>
        <source>Enlace de pago copiado al portapapeles.</source>
        <translation>Payment link copied to the clipboard.</translation>
    </message>
    <message>
        <source>Texto para compartir copiado: péguelo en WhatsApp o en un correo.</source>
        <translation>Text to share copied: paste it into WhatsApp or an email.</translation>
    </message>
</context>
<context>
    <name>EmptyPanel</name>
    <message>
        <source>Complete los datos del cobro y presione Enter.

Aquí aparecerá el código de pago (CIP) para imprimirlo, guardarlo en PDF o enviarlo por WhatsApp.</source>
        <translation>Fill in the charge details and press Enter.

The payment code (CIP) will appear here so you can print it, save it as PDF or send it via WhatsApp.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Ocurrió un error</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Copiar detalle</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Algo salió mal. Sus datos están a salvo; puede seguir trabajando. Si se repite, copie el detalle y envíelo a soporte.</source>
        <translation>Something went wrong. Your data is safe; you can keep working. If it happens again, copy the details and send them to support.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Fecha y hora</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ExpiryPicker</name>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>Otra fecha</source>
        <translation>Other date</translation>
    </message>
    <message>
        <source>Fecha y hora de vencimiento (hora de Lima)</source>
        <translation>Expiry date and time (Lima time)</translation>
    </message>
    <message>
        <source>hora de Lima</source>
        <translation>Lima time</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Venció el {when}. Con un nuevo vencimiento el cliente puede volver a pagar con el mismo CIP.</source>
        <translation>Expired on {when}. With a new expiry the customer can pay again with the same CIP.</translation>
    </message>
    <message>
        <source>Vence el {when}. Elija el nuevo vencimiento (hora de Lima).</source>
        <translation>Expires on {when}. Choose the new expiry (Lima time).</translation>
    </message>
    <message>
        <source>Extender vencimiento — CIP {cip}</source>
        <translation>Extend expiry — CIP {cip}</translation>
    </message>
    <message>
        <source>Extender</source>
        <translation>Extend</translation>
    </message>
    <message>
        <source>+{n} h</source>
        <translation>+{n} h</translation>
    </message>
    <message>
        <source>Nuevo vencimiento</source>
        <translation>New expiry</translation>
    </message>
    <message>
        <source>Su rol permite extender hasta 72 horas; para más, pida a un supervisor.</source>
        <translation>Your role may extend by up to 72 hours; for more, ask a supervisor.</translation>
    </message>
    <message>
        <source>Elija una fecha y hora válidas.</source>
        <translation>Choose a valid date and time.</translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>Cree el administrador</source>
        <translation>Create the administrator</translation>
    </message>
    <message>
        <source>Este perfil aún no tiene usuarios. Quien lo administra elige su nombre y un PIN de 4 a 8 dígitos (o una contraseña de 8 o más caracteres); luego podrá agregar a los cajeros en Ajustes → Usuarios.</source>
        <translation>This profile has no users yet. Whoever runs it chooses their name and a PIN of 4 to 8 digits (or a password of 8 or more characters); the cashiers can then be added in Settings → Users.</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>otra vez</source>
        <translation>again</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repita el PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>Crear administrador y entrar</source>
        <translation>Create administrator and sign in</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Sin confirmar</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>No emitido</source>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>Pendiente de pago</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Expirado</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Annulled</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>vence en {span}</source>
        <translation>expires in {span}</translation>
    </message>
    <message>
        <source>venció hace {span}</source>
        <translation>expired {span} ago</translation>
    </message>
    <message>
        <source>marcado expirado antes de vencer</source>
        <translation>marked as expired before it was due</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <source>hace {span}</source>
        <translation>{span} ago</translation>
    </message>
    <message>
        <source>hace un momento</source>
        <translation>just now</translation>
    </message>
</context>
<context>
    <name>GeneralPanel</name>
    <message>
        <source>Datos del comercio (aparecen en el voucher)</source>
        <translation>Business details (shown on the voucher)</translation>
    </message>
    <message>
        <source>p. ej. Bodega Doña Rosa</source>
        <translation>e.g. Bodega Doña Rosa</translation>
    </message>
    <message>
        <source>11 dígitos</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nombre comercial</source>
        <translation>Trade name</translation>
    </message>
    <message>
        <source>RUC</source>
        <translation>RUC</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Logo (PNG o JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <source>Preferencias</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Ticket 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>58 mm receipt</translation>
    </message>
    <message>
        <source>se aplica al reiniciar PagoDesk</source>
        <translation>applies when PagoDesk restarts</translation>
    </message>
    <message>
        <source>Vencimiento por defecto</source>
        <translation>Default expiry</translation>
    </message>
    <message>
        <source>Formato del comprobante</source>
        <translation>Voucher format</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Guardar ajustes</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Sincronización y conciliación</source>
        <translation>Sync and reconciliation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Solo a mano</source>
        <translation>Manual only</translation>
    </message>
    <message>
        <source>0 = solo con «Sincronizar ahora»</source>
        <translation>0 = only with “Sync now”</translation>
    </message>
    <message>
        <source>Un pago marcado a mano necesita la aprobación de otra persona</source>
        <translation>A payment marked by hand needs another person’s approval</translation>
    </message>
    <message>
        <source>Si está activo, «Marcar pagado» queda como solicitud hasta que otra persona la apruebe en el detalle del voucher.</source>
        <translation>If on, “Mark as paid” stays a request until another person approves it in the voucher details.</translation>
    </message>
    <message>
        <source>Consultar a PagoEfectivo cada</source>
        <translation>Check PagoEfectivo every</translation>
    </message>
    <message>
        <source>Doble aprobación</source>
        <translation>Dual approval</translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Sin uso del teclado ni del mouse durante este tiempo, la pantalla se bloquea y pide el PIN (0 = nunca).</source>
        <translation>With no keyboard or mouse use for this long, the screen locks and asks for the PIN (0 = never).</translation>
    </message>
    <message>
        <source>Bloquear la pantalla tras</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tasa de éxito de la última hora bajo la que la luz de PagoEfectivo, en la barra de estado, se pone en ámbar o en rojo.</source>
        <translation>Last hour&apos;s success rate under which the PagoEfectivo light in the status bar turns amber or red.</translation>
    </message>
    <message>
        <source>Horas sin notificaciones de pago, habiendo pagos vistos al consultar, tras las que la luz se pone en ámbar.</source>
        <translation>Hours without payment notifications, while polling saw payments, after which the light turns amber.</translation>
    </message>
    <message>
        <source>Luz ámbar bajo</source>
        <translation>Amber light under</translation>
    </message>
    <message>
        <source>Luz roja bajo</source>
        <translation>Red light under</translation>
    </message>
    <message>
        <source>Sin notificaciones por</source>
        <translation>No notifications for</translation>
    </message>
    <message>
        <source>Sin logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>No se puede mostrar</source>
        <translation>Cannot be displayed</translation>
    </message>
    <message>
        <source>Elegir el logo del comercio</source>
        <translation>Choose the business logo</translation>
    </message>
    <message>
        <source>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Ajustes guardados. Los próximos vouchers usan los datos del comercio.</source>
        <translation>Settings saved. New vouchers will use the business details.</translation>
    </message>
    <message>
        <source>El idioma cambiará al reiniciar PagoDesk.</source>
        <translation>The language will change when PagoDesk restarts.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Check the highlighted fields: nothing was saved.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
</context>
<context>
    <name>GoLive</name>
    <message>
        <source>La URL de notificaciones responde desde PagoEfectivo</source>
        <translation>The notification URL answers from PagoEfectivo</translation>
    </message>
    <message>
        <source>Emitir, pagar y recibir la notificación</source>
        <translation>Issue, pay and receive the notification</translation>
    </message>
    <message>
        <source>Emitir y dejar vencer sin pagar</source>
        <translation>Issue and let it expire unpaid</translation>
    </message>
    <message>
        <source>Emitir y anular</source>
        <translation>Issue and annul</translation>
    </message>
    <message>
        <source>Extender el vencimiento</source>
        <translation>Extend the expiry</translation>
    </message>
    <message>
        <source>Notificación duplicada: un solo cambio</source>
        <translation>Duplicated notification: one change only</translation>
    </message>
    <message>
        <source>Notificación con firma inválida: rechazada</source>
        <translation>Notification with a bad signature: refused</translation>
    </message>
    <message>
        <source>Notificación perdida: la consulta recupera el pago</source>
        <translation>Lost notification: the sync recovers the payment</translation>
    </message>
    <message>
        <source>Respuesta tardía tras crear el CIP: sin confirmar y resuelto</source>
        <translation>Late answer after the CIP was created: unconfirmed, then resolved</translation>
    </message>
    <message>
        <source>Conexión cortada durante una anulación</source>
        <translation>Connection cut while annulling</translation>
    </message>
    <message>
        <source>Reloj de la PC desfasado</source>
        <translation>PC clock off</translation>
    </message>
    <message>
        <source>Deje PagoDesk o «pagodesk webhook» en marcha y registre su URL de notificaciones; revise el cortafuegos o el proxy entre PagoEfectivo y esta PC.</source>
        <translation>Keep PagoDesk or “pagodesk webhook” running and register its notification URL; check the firewall or proxy between PagoEfectivo and this PC.</translation>
    </message>
    <message>
        <source>Las notificaciones deben llegar al receptor de este perfil: revise que esté en marcha, que la URL registrada sea la suya y que el simulador no esté descartando notificaciones (DELETE /_sandbox/webhook/drop).</source>
        <translation>Notifications must reach this profile’s receiver: check that it is running, that the registered URL is its own and that the simulator is not dropping notifications (DELETE /_sandbox/webhook/drop).</translation>
    </message>
    <message>
        <source>La sincronización debe poder consultar a PagoEfectivo: revise la conexión y las credenciales del perfil.</source>
        <translation>The sync must be able to ask PagoEfectivo: check the connection and the profile’s credentials.</translation>
    </message>
    <message>
        <source>PagoEfectivo debe aceptar la anulación: revise la conexión y las credenciales del perfil.</source>
        <translation>PagoEfectivo must accept the annulment: check the connection and the profile’s credentials.</translation>
    </message>
    <message>
        <source>PagoEfectivo debe aceptar el nuevo vencimiento: revise la conexión y el vencimiento máximo en Ajustes.</source>
        <translation>PagoEfectivo must accept the new expiry: check the connection and the maximum expiry in Settings.</translation>
    </message>
    <message>
        <source>El receptor y la app deben usar la misma base de datos del perfil para reconocer una notificación repetida.</source>
        <translation>The receiver and the app must use the profile’s same database to recognise a repeated notification.</translation>
    </message>
    <message>
        <source>El receptor debe verificar PE-Signature con la clave secreta de este perfil: revise que corra con este perfil.</source>
        <translation>The receiver must check PE-Signature with this profile’s secret key: check that it runs with this profile.</translation>
    </message>
    <message>
        <source>Deje activa la sincronización automática (Ajustes, cada cuántos minutos) para recuperar los pagos cuya notificación no llega.</source>
        <translation>Keep the automatic sync on (Settings, every how many minutes) to recover payments whose notification does not arrive.</translation>
    </message>
    <message>
        <source>Un cobro sin respuesta debe quedar sin confirmar y reintentarse: revise la conexión; nunca entregue un CIP que PagoDesk no mostró.</source>
        <translation>A charge without an answer must stay unconfirmed and be retried: check the connection; never hand out a CIP PagoDesk did not show.</translation>
    </message>
    <message>
        <source>Revise la conexión a internet: la sincronización confirma después lo que quedó a medias.</source>
        <translation>Check the internet connection: the sync confirms later what was left half done.</translation>
    </message>
    <message>
        <source>Ponga la fecha y hora de esta PC en automático (sincronizada por internet) y vuelva a probar.</source>
        <translation>Set this PC’s date and time to automatic (synchronised over the internet) and test again.</translation>
    </message>
    <message>
        <source>Quite el descarte de notificaciones del simulador (DELETE /_sandbox/webhook/drop) y vuelva a probar.</source>
        <translation>Stop the simulator from dropping notifications (DELETE /_sandbox/webhook/drop) and test again.</translation>
    </message>
    <message>
        <source>Registre la URL de notificaciones de este perfil: deje PagoDesk abierto en el perfil o corra «pagodesk webhook».</source>
        <translation>Register this profile’s notification URL: keep PagoDesk open on the profile or run “pagodesk webhook”.</translation>
    </message>
    <message>
        <source>El simulador notifica a {url}.</source>
        <translation>The simulator notifies {url}.</translation>
    </message>
    <message>
        <source>El simulador notifica a {found}, no al receptor de PagoDesk ({url}).</source>
        <translation>The simulator notifies {found}, not PagoDesk’s receiver ({url}).</translation>
    </message>
    <message>
        <source>El simulador llegó a {url}: HTTP {status} en {ms} ms.</source>
        <translation>The simulator reached {url}: HTTP {status} in {ms} ms.</translation>
    </message>
    <message>
        <source>El simulador no llegó a {url}: {error}.</source>
        <translation>The simulator did not reach {url}: {error}.</translation>
    </message>
    <message>
        <source>Emitido el CIP {cip} por {amount}.</source>
        <translation>CIP {cip} issued for {amount}.</translation>
    </message>
    <message>
        <source>No se emitió: {error}.</source>
        <translation>Not issued: {error}.</translation>
    </message>
    <message>
        <source>PagoDesk lo muestra «{shown}»; se esperaba «{wanted}».</source>
        <translation>PagoDesk shows it as “{shown}”; “{wanted}” was expected.</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo; la notificación llegó a {url} (HTTP {status}).</source>
        <translation>Paid at PagoEfectivo; the notification reached {url} (HTTP {status}).</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo, pero no hay una URL de notificaciones registrada.</source>
        <translation>Paid at PagoEfectivo, but no notification URL is registered.</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo, pero el simulador está descartando las notificaciones a propósito: no envió nada a {url}.</source>
        <translation>Paid at PagoEfectivo, but the simulator is dropping notifications on purpose: it sent nothing to {url}.</translation>
    </message>
    <message>
        <source>La notificación no llegó a {url}: {error}.</source>
        <translation>The notification did not reach {url}: {error}.</translation>
    </message>
    <message>
        <source>La notificación lo marcó Pagado (operación {operation}).</source>
        <translation>The notification marked it Paid (operation {operation}).</translation>
    </message>
    <message>
        <source>El pago no lo registró la notificación.</source>
        <translation>The payment was not recorded by the notification.</translation>
    </message>
    <message>
        <source>PagoEfectivo repitió la misma notificación: PagoDesk respondió HTTP {status} y la reconoció como repetida.</source>
        <translation>PagoEfectivo repeated the same notification: PagoDesk answered HTTP {status} and recognised it as a repeat.</translation>
    </message>
    <message>
        <source>La notificación repetida no se reconoció como tal (resultado: {outcome}).</source>
        <translation>The repeated notification was not recognised as one (outcome: {outcome}).</translation>
    </message>
    <message>
        <source>El historial tiene un solo paso a Pagado.</source>
        <translation>The history has a single move to Paid.</translation>
    </message>
    <message>
        <source>El historial tiene {count} pasos a Pagado.</source>
        <translation>The history has {count} moves to Paid.</translation>
    </message>
    <message>
        <source>Una notificación firmada con otra clave se rechazó con HTTP {status} y quedó registrada.</source>
        <translation>A notification signed with another key was refused with HTTP {status} and recorded.</translation>
    </message>
    <message>
        <source>Una notificación con firma inválida recibió HTTP {status}.</source>
        <translation>A notification with a bad signature got HTTP {status}.</translation>
    </message>
    <message>
        <source>El rechazo de la notificación no quedó registrado.</source>
        <translation>The refused notification was not recorded.</translation>
    </message>
    <message>
        <source>El receptor no respondió en {url}: {error}.</source>
        <translation>The receiver did not answer at {url}: {error}.</translation>
    </message>
    <message>
        <source>El voucher sigue Pendiente de pago.</source>
        <translation>The voucher is still Pending payment.</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo; la notificación se perdió a propósito.</source>
        <translation>Paid at PagoEfectivo; the notification was lost on purpose.</translation>
    </message>
    <message>
        <source>La notificación llegó aunque debía perderse.</source>
        <translation>The notification arrived although it was to be lost.</translation>
    </message>
    <message>
        <source>Sin la notificación, PagoDesk aún lo muestra Pendiente de pago.</source>
        <translation>Without the notification, PagoDesk still shows it as Pending payment.</translation>
    </message>
    <message>
        <source>La sincronización no pudo consultar a PagoEfectivo: {error}.</source>
        <translation>The sync could not ask PagoEfectivo: {error}.</translation>
    </message>
    <message>
        <source>La sincronización lo encontró Pagado.</source>
        <translation>The sync found it Paid.</translation>
    </message>
    <message>
        <source>El cambio no lo registró la sincronización.</source>
        <translation>The change was not recorded by the sync.</translation>
    </message>
    <message>
        <source>El CIP {cip} venció sin pagarse en PagoEfectivo.</source>
        <translation>CIP {cip} expired unpaid at PagoEfectivo.</translation>
    </message>
    <message>
        <source>La sincronización lo marcó Expirado.</source>
        <translation>The sync marked it Expired.</translation>
    </message>
    <message>
        <source>Anulado: PagoEfectivo aceptó eliminar el CIP.</source>
        <translation>Annulled: PagoEfectivo accepted deleting the CIP.</translation>
    </message>
    <message>
        <source>PagoEfectivo lo tiene Eliminado.</source>
        <translation>PagoEfectivo has it Deleted.</translation>
    </message>
    <message>
        <source>PagoEfectivo lo tiene en estado {remote}; se esperaba {expected}.</source>
        <translation>PagoEfectivo has it in status {remote}; {expected} was expected.</translation>
    </message>
    <message>
        <source>Vencimiento extendido al {deadline}.</source>
        <translation>Expiry extended to {deadline}.</translation>
    </message>
    <message>
        <source>PagoEfectivo tiene el mismo vencimiento.</source>
        <translation>PagoEfectivo has the same expiry.</translation>
    </message>
    <message>
        <source>PagoEfectivo tiene otro vencimiento: {deadline}.</source>
        <translation>PagoEfectivo has another expiry: {deadline}.</translation>
    </message>
    <message>
        <source>PagoEfectivo creó el CIP pero no respondió en {seconds} s: el cobro quedó Sin confirmar y no muestra ningún CIP.</source>
        <translation>PagoEfectivo created the CIP but did not answer within {seconds} s: the charge stayed Unconfirmed and shows no CIP.</translation>
    </message>
    <message>
        <source>Sin respuesta a tiempo, el cobro quedó «{outcome}» en vez de sin confirmar.</source>
        <translation>Without an answer in time, the charge became “{outcome}” instead of unconfirmed.</translation>
    </message>
    <message>
        <source>Reintento: nuevo CIP {cip}, Pendiente de pago; el intento anterior quedó No emitido.</source>
        <translation>Retry: new CIP {cip}, Pending payment; the earlier attempt became Not issued.</translation>
    </message>
    <message>
        <source>La conexión se cortó durante la anulación: PagoDesk no la dio por hecha.</source>
        <translation>The connection was cut during the annulment: PagoDesk did not take it as done.</translation>
    </message>
    <message>
        <source>La anulación se dio por hecha aunque la respuesta se cortó.</source>
        <translation>The annulment was taken as done although the answer was cut off.</translation>
    </message>
    <message>
        <source>La sincronización confirmó la anulación.</source>
        <translation>The sync confirmed the annulment.</translation>
    </message>
    <message>
        <source>Diferencia con el reloj de PagoEfectivo: {skew}.</source>
        <translation>Difference with PagoEfectivo’s clock: {skew}.</translation>
    </message>
    <message>
        <source>El reloj de esta PC difiere {skew} del de PagoEfectivo (se tolera {limit}).</source>
        <translation>This PC’s clock differs {skew} from PagoEfectivo’s ({limit} is tolerated).</translation>
    </message>
    <message>
        <source>Con el reloj de PagoEfectivo movido {offset}, PagoDesk midió {skew} y avisa que el reloj está desfasado.</source>
        <translation>With PagoEfectivo’s clock moved {offset}, PagoDesk measured {skew} and warns that the clock is off.</translation>
    </message>
    <message>
        <source>Con el reloj movido {offset}, PagoDesk midió {skew}: no detectó el desfase.</source>
        <translation>With the clock moved {offset}, PagoDesk measured {skew}: it did not notice.</translation>
    </message>
    <message>
        <source>Reloj restablecido: la conexión vuelve a ser correcta.</source>
        <translation>Clock restored: the connection is fine again.</translation>
    </message>
    <message>
        <source>Falla inesperada: {error}.</source>
        <translation>Unexpected failure: {error}.</translation>
    </message>
    <message>
        <source>Limpieza: {count} cobros de prueba que seguían pendientes quedaron anulados.</source>
        <translation>Clean-up: {count} test charges that were still pending were annulled.</translation>
    </message>
    <message>
        <source>No aplicable contra la pre-producción de PagoEfectivo: no permite pagar, vencer ni provocar fallas a voluntad. Se prueba con el simulador incluido (perfil demo).</source>
        <translation>Does not apply against PagoEfectivo’s pre-production: it cannot pay, expire or fail on demand. It is tested with the included simulator (demo profile).</translation>
    </message>
    <message>
        <source>superado</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>falló</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>no aplicable</source>
        <translation>does not apply</translation>
    </message>
    <message>
        <source>Indique la URL pública del receptor en Ajustes → Perfiles («Cambiar la URL de notificación») o con «pagodesk profile notify-url --set URL».</source>
        <translation>Enter the receiver’s public URL in Settings → Profiles (“Change the notification URL”) or with “pagodesk profile notify-url --set URL”.</translation>
    </message>
    <message>
        <source>Registre esa URL en el portal de PagoEfectivo y márquela como registrada (Ajustes → Perfiles, o «pagodesk profile notify-url --registered»).</source>
        <translation>Register that URL in PagoEfectivo’s portal and mark it as registered (Settings → Profiles, or “pagodesk profile notify-url --registered”).</translation>
    </message>
    <message>
        <source>El perfil no tiene la URL pública de su receptor.</source>
        <translation>The profile has no public URL for its receiver.</translation>
    </message>
    <message>
        <source>Desde esta PC, {url} respondió como el receptor de este perfil: HTTP {status} en {ms} ms.</source>
        <translation>From this PC, {url} answered as this profile’s receiver: HTTP {status} in {ms} ms.</translation>
    </message>
    <message>
        <source>Desde esta PC, {url} no respondió como el receptor de PagoDesk: {error}.</source>
        <translation>From this PC, {url} did not answer as PagoDesk’s receiver: {error}.</translation>
    </message>
    <message>
        <source>{url} es el receptor de PagoDesk del perfil «{profile}», no de este.</source>
        <translation>{url} is PagoDesk’s receiver of profile “{profile}”, not of this one.</translation>
    </message>
    <message>
        <source>{url} es la URL registrada en el portal de PagoEfectivo (el {on}).</source>
        <translation>{url} is the URL registered in PagoEfectivo’s portal (on {on}).</translation>
    </message>
    <message>
        <source>{url} no es la URL registrada en el portal de PagoEfectivo ({registered}).</source>
        <translation>{url} is not the URL registered in PagoEfectivo’s portal ({registered}).</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Prueba de salida a producción</source>
        <translation>Go-live check</translation>
    </message>
    <message>
        <source>Corre flujos completos con el perfil «{profile}», como en la caja: emitir, pagar, vencer, anular y extender; notificaciones repetidas, perdidas o con firma falsa; una respuesta tardía, una conexión cortada y el reloj. Con el simulador incluido corren todos; contra la pre-producción de PagoEfectivo no aplican los que necesitan pagar o provocar fallas. Al final queda un informe firmado (PDF y JSON) como constancia.</source>
        <translation>Runs complete flows with the profile “{profile}”, as at the counter: issue, pay, expire, annul and extend; repeated, lost or forged notifications; a late answer, a cut connection and the clock. With the included simulator every flow runs; against PagoEfectivo’s pre-production the ones that need paying or faults do not apply. A signed report (PDF and JSON) is kept as evidence.</translation>
    </message>
    <message>
        <source>Flujo</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tiempo</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Elija un flujo para ver sus pasos.</source>
        <translation>Choose a flow to see its steps.</translation>
    </message>
    <message>
        <source>Iniciar prueba</source>
        <translation>Start the check</translation>
    </message>
    <message>
        <source>Guardar informe…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Abrir informe</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Probando… no cierre PagoDesk hasta que termine.</source>
        <translation>Testing… do not close PagoDesk until it ends.</translation>
    </message>
    <message>
        <source>En curso…</source>
        <translation>Running…</translation>
    </message>
    <message numerus="yes">
        <source>Aprobada: %n flujos superados, todos los que aplican.</source>
        <translation>
            <numerusform>Passed: %n flow passed, the only one that applies.</numerusform>
            <numerusform>Passed: %n flows passed, all that apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No aprobada: %n flujos fallaron.</source>
        <translation>
            <numerusform>Not passed: %n flow failed.</numerusform>
            <numerusform>Not passed: %n flows failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flujos no aplican contra PagoEfectivo.</source>
        <translation>
            <numerusform>%n flow does not apply against PagoEfectivo.</numerusform>
            <numerusform>%n flows do not apply against PagoEfectivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Informe firmado guardado: {name}.</source>
        <translation>Signed report kept: {name}.</translation>
    </message>
    <message>
        <source>La prueba no pudo correr: {error}</source>
        <translation>The check could not run: {error}</translation>
    </message>
    <message>
        <source>Guardar informe</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Informe PDF (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
    <message>
        <source>Informe guardado en {pdf} (y su JSON firmado, {json}).</source>
        <translation>Report saved to {pdf} (and its signed JSON, {json}).</translation>
    </message>
    <message>
        <source>Qué corregir: {fix}</source>
        <translation>What to fix: {fix}</translation>
    </message>
    <message>
        <source>Probar otra vez</source>
        <translation>Test again</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>PagoEfectivo responde bien</source>
        <translation>PagoEfectivo answers well</translation>
    </message>
    <message>
        <source>PagoEfectivo: atención</source>
        <translation>PagoEfectivo: attention</translation>
    </message>
    <message>
        <source>PagoEfectivo: mal</source>
        <translation>PagoEfectivo: failing</translation>
    </message>
    <message>
        <source>La tasa de éxito de la última hora está bajo el umbral.</source>
        <translation>The last hour&apos;s success rate is below the threshold.</translation>
    </message>
    <message>
        <source>No llegan notificaciones de pago: hubo pagos que solo se vieron al consultar. Revise el receptor y la URL registrada en PagoEfectivo.</source>
        <translation>Payment notifications are not arriving: some payments were only seen by asking. Check the receiver and the URL registered with PagoEfectivo.</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Salud de la conexión con PagoEfectivo</source>
        <translation>Health of the connection with PagoEfectivo</translation>
    </message>
    <message>
        <source>Leyendo…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Ventana</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Pedidos</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Éxito</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Fallas</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>Rechazos</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Últimos problemas</source>
        <translation>Latest problems</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pedido</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Mensaje</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Notificaciones en 24 h: {received} recibidas, {handled} tomadas; rechazadas: {refused}. La última: {last}.</source>
        <translation>Notifications in 24 h: {received} received, {handled} taken; refused: {refused}. The last one: {last}.</translation>
    </message>
    <message>
        <source>No se pudo leer el registro: {error}</source>
        <translation>Could not read the log: {error}</translation>
    </message>
    <message>
        <source>Pedidos por hora, últimas 24 h (hora de Lima)</source>
        <translation>Requests per hour, last 24 h (Lima time)</translation>
    </message>
    <message>
        <source>bien</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>rechazados</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>fallas</source>
        <translation>failures</translation>
    </message>
</context>
<context>
    <name>HealthIndicator</name>
    <message>
        <source>● PagoEfectivo</source>
        <translation>● PagoEfectivo</translation>
    </message>
    <message>
        <source>Salud de la conexión con PagoEfectivo: leyendo…</source>
        <translation>Health of the connection with PagoEfectivo: reading…</translation>
    </message>
    <message>
        <source>Clic: ver el detalle</source>
        <translation>Click: see the details</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>CIP</source>
        <translation>CIP</translation>
    </message>
    <message>
        <source>Código de transacción</source>
        <translation>Transaction code</translation>
    </message>
    <message>
        <source>Fecha (Lima)</source>
        <translation>Date (Lima)</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vence (Lima)</source>
        <translation>Expires (Lima)</translation>
    </message>
    <message>
        <source>Pagado (Lima)</source>
        <translation>Paid (Lima)</translation>
    </message>
    <message>
        <source>N.º de operación</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <source>Última consulta (Lima)</source>
        <translation>Last checked (Lima)</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exportando cobros…</source>
        <translation>Exporting vouchers…</translation>
    </message>
    <message>
        <source>Exportar historial</source>
        <translation>Export history</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Exportar a Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportar a CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>Archivo CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Exportando cobros… {done} de {total}</source>
        <translation>Exporting vouchers… {done} of {total}</translation>
    </message>
    <message numerus="yes">
        <source>Se exportó %Ln cobro(s) a {name}.</source>
        <translation>
            <numerusform>Exported %Ln voucher to {name}.</numerusform>
            <numerusform>Exported %Ln vouchers to {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Canceling…</translation>
    </message>
    <message>
        <source>Exportación cancelada: no se guardó ningún archivo.</source>
        <translation>Export canceled: no file was saved.</translation>
    </message>
    <message>
        <source>No se pudo exportar el historial: {error}</source>
        <translation>Could not export the history: {error}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>CIP</source>
        <translation>CIP</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Última consulta</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Esta columna no se ordena: para ver un estado, use el filtro «Estado».</source>
        <translation>This column does not sort: to see one status, use the Status filter.</translation>
    </message>
    <message>
        <source>Vence el {when}</source>
        <translation>Due {when}</translation>
    </message>
    <message>
        <source>Código de transacción: {code}</source>
        <translation>Transaction code: {code}</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exportar lo que se muestra a CSV o Excel</source>
        <translation>Export what is shown to CSV or Excel</translation>
    </message>
    <message>
        <source>CSV (.csv)…</source>
        <translation>CSV (.csv)…</translation>
    </message>
    <message>
        <source>Excel (.xlsx)…</source>
        <translation>Excel (.xlsx)…</translation>
    </message>
    <message>
        <source>Buscar CIP, cliente, documento, correo o concepto</source>
        <translation>Search CIP, customer, document, email or description</translation>
    </message>
    <message>
        <source>Escriba para buscar (Ctrl+F). Escanee el código de barras de un voucher para abrirlo.</source>
        <translation>Type to search (Ctrl+F). Scan a voucher’s barcode to open it.</translation>
    </message>
    <message>
        <source>cualquiera</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Desde</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;Hasta</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Limpiar filtros</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>No hay ningún voucher con el CIP {cip} en este perfil.</source>
        <translation>There is no voucher with CIP {cip} in this profile.</translation>
    </message>
    <message>
        <source>Ningún cobro coincide con la búsqueda o los filtros.
Pruebe con otras palabras o pulse «Limpiar filtros».</source>
        <translation>No voucher matches the search or the filters.
Try other words or press “Clear filters”.</translation>
    </message>
    <message>
        <source>Todavía no hay cobros en este perfil.
Emita el primero en «Nuevo cobro» (Ctrl+N).</source>
        <translation>There are no vouchers in this profile yet.
Issue the first one in “New charge” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Calculando totales…</source>
        <translation>Adding up the totals…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cobro(s)</source>
        <translation>
            <numerusform>%Ln voucher</numerusform>
            <numerusform>%Ln vouchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cobrado: suma de %Ln cobro(s) pagado(s).</source>
        <translation>
            <numerusform>Collected: sum of %Ln paid voucher.</numerusform>
            <numerusform>Collected: sum of %Ln paid vouchers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pendiente: suma de %Ln cobro(s) que aún se puede(n) pagar.</source>
        <translation>
            <numerusform>Pending: sum of %Ln voucher that can still be paid.</numerusform>
            <numerusform>Pending: sum of %Ln vouchers that can still be paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el historial: {error}</source>
        <translation>Could not read the history: {error}</translation>
    </message>
    <message>
        <source>Cobrado {amounts}</source>
        <translation>Collected {amounts}</translation>
    </message>
    <message>
        <source>Pendiente {amounts}</source>
        <translation>Pending {amounts}</translation>
    </message>
    <message>
        <source>No se suman los anulados, los expirados, los sin confirmar ni los no emitidos.</source>
        <translation>Annulled, expired, unconfirmed and not issued vouchers are not added.</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Importe el archivo de liquidación (CSV o Excel) para marcar como pagados los cobros que figuran en él. Antes de aplicar nada verá qué coincide, qué monto difiere, qué CIP no es de este perfil y qué cobros abiertos faltan.</source>
        <translation>Import the settlement file (CSV or Excel) to mark the vouchers it lists as paid. Before anything is applied you will see what matches, which amount differs, which CIP is not from this profile and which open vouchers are missing.</translation>
    </message>
    <message>
        <source>Importar liquidación…</source>
        <translation>Import settlement file…</translation>
    </message>
    <message>
        <source>Importar otro archivo…</source>
        <translation>Import another file…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Archivo de liquidación</source>
        <translation>Settlement file</translation>
    </message>
    <message>
        <source>Liquidación (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)</source>
        <translation>Settlement file (*.csv *.txt *.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>Leyendo {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Comparando con los cobros…</source>
        <translation>Comparing with the vouchers…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cobro(s) pagado(s)</source>
        <translation>
            <numerusform>%Ln voucher paid</numerusform>
            <numerusform>%Ln vouchers paid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancia(s) registrada(s)</source>
        <translation>
            <numerusform>%Ln discrepancy recorded</numerusform>
            <numerusform>%Ln discrepancies recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) sin cambios</source>
        <translation>
            <numerusform>%Ln line unchanged</numerusform>
            <numerusform>%Ln lines unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) cambiaron desde la vista previa (otra estación se adelantó).</source>
        <translation>
            <numerusform>%Ln line changed since the preview (another station got there first).</numerusform>
            <numerusform>%Ln lines changed since the preview (another station got there first).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aplicar liquidación</source>
        <translation>Apply settlement file</translation>
    </message>
    <message>
        <source>¿Aplicar ahora?</source>
        <translation>Apply now?</translation>
    </message>
    <message>
        <source>Aplicando la liquidación…</source>
        <translation>Applying the settlement file…</translation>
    </message>
    <message>
        <source>{paid} ({late} fuera de plazo)</source>
        <translation>{paid} ({late} late)</translation>
    </message>
    <message>
        <source>Liquidación aplicada: {paid}, {problems}, {unchanged}.</source>
        <translation>Settlement applied: {paid}, {problems}, {unchanged}.</translation>
    </message>
    <message>
        <source>Vista previa cancelada.</source>
        <translation>Preview canceled.</translation>
    </message>
    <message>
        <source>Importación cancelada: no se cambió nada.</source>
        <translation>Import canceled: nothing was changed.</translation>
    </message>
    <message>
        <source>No se pudo importar: {error}. No se cambió nada.</source>
        <translation>Could not import: {error}. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>IssueDocuments</name>
    <message>
        <source>Guardar voucher en PDF</source>
        <translation>Save voucher as PDF</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Voucher enviado a la impresora</source>
        <translation>Voucher sent to the printer</translation>
    </message>
    <message>
        <source>Voucher guardado en {path}</source>
        <translation>Voucher saved to {path}</translation>
    </message>
    <message>
        <source>No se pudo preparar el voucher: {error}</source>
        <translation>Could not prepare the voucher: {error}</translation>
    </message>
    <message>
        <source>No se pudo imprimir ni guardar el voucher: {error}</source>
        <translation>Could not print or save the voucher: {error}</translation>
    </message>
    <message>
        <source>Este cobro no tiene un CIP confirmado: no hay voucher que entregar.</source>
        <translation>This charge has no confirmed CIP: there is no voucher to hand over.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
</context>
<context>
    <name>IssueForm</name>
    <message>
        <source>S/  Soles</source>
        <translation>S/  Soles</translation>
    </message>
    <message>
        <source>US$  Dólares</source>
        <translation>US$  Dollars</translation>
    </message>
    <message>
        <source>Sin documento</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Carné de extranjería (CE)</source>
        <translation>Foreigner ID card (CE)</translation>
    </message>
    <message>
        <source>RUC</source>
        <translation>RUC</translation>
    </message>
    <message>
        <source>Pasaporte (PAS)</source>
        <translation>Passport (PAS)</translation>
    </message>
    <message>
        <source>Partida de nacimiento (PAR)</source>
        <translation>Birth certificate (PAR)</translation>
    </message>
    <message>
        <source>Libreta militar (LMI)</source>
        <translation>Military ID (LMI)</translation>
    </message>
    <message>
        <source>Otro documento (NAN)</source>
        <translation>Other document (NAN)</translation>
    </message>
    <message>
        <source>Cobro</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Monto *</source>
        <translation>Amount *</translation>
    </message>
    <message>
        <source>Ej.: Torta de chocolate, pedido 123</source>
        <translation>E.g.: Chocolate cake, order 123</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Nombres</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Apellidos</source>
        <translation>Last names</translation>
    </message>
    <message>
        <source>cliente@correo.pe</source>
        <translation>customer@email.pe</translation>
    </message>
    <message>
        <source>Correo *</source>
        <translation>Email *</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>987 654 321</source>
        <translation>987 654 321</translation>
    </message>
    <message>
        <source>Celular</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>* obligatorio · Enter emite el cobro</source>
        <translation>* required · Enter issues the charge</translation>
    </message>
    <message>
        <source>Emitir cobro</source>
        <translation>Issue charge</translation>
    </message>
    <message>
        <source>Emitiendo…</source>
        <translation>Issuing…</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Ingrese el monto.</source>
        <translation>Enter the amount.</translation>
    </message>
    <message>
        <source>Escriba el monto en números, por ejemplo 25.50.</source>
        <translation>Enter the amount in numbers, for example 25.50.</translation>
    </message>
    <message>
        <source>Ingrese el correo del cliente.</source>
        <translation>Enter the customer’s email.</translation>
    </message>
    <message>
        <source>Revise el correo (ejemplo: cliente@correo.pe).</source>
        <translation>Check the email (example: customer@email.pe).</translation>
    </message>
    <message>
        <source>Elija el tipo de documento.</source>
        <translation>Choose the document type.</translation>
    </message>
    <message>
        <source>Tipo de documento no válido.</source>
        <translation>Invalid document type.</translation>
    </message>
    <message>
        <source>Ingrese el número de documento.</source>
        <translation>Enter the document number.</translation>
    </message>
    <message>
        <source>Solo letras y números, sin espacios ni guiones.</source>
        <translation>Letters and numbers only, no spaces or hyphens.</translation>
    </message>
    <message>
        <source>El DNI debe tener 8 dígitos.</source>
        <translation>The DNI must have 8 digits.</translation>
    </message>
    <message>
        <source>El RUC debe tener 11 dígitos.</source>
        <translation>The RUC must have 11 digits.</translation>
    </message>
    <message>
        <source>Solo números, por ejemplo 987 654 321.</source>
        <translation>Numbers only, for example 987 654 321.</translation>
    </message>
    <message>
        <source>Elija soles o dólares.</source>
        <translation>Choose soles or dollars.</translation>
    </message>
    <message>
        <source>Elija una fecha y hora válidas.</source>
        <translation>Choose a valid date and time.</translation>
    </message>
    <message>
        <source>Este dato es obligatorio.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Este dato no es válido.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>Admite como máximo {limit} caracteres.</source>
        <translation>At most {limit} characters.</translation>
    </message>
    <message>
        <source>El monto debe ser mayor que cero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>Use como máximo dos decimales.</source>
        <translation>Use at most two decimal places.</translation>
    </message>
    <message>
        <source>Supera el máximo permitido al comercio ({limit}).</source>
        <translation>Exceeds the maximum allowed for the merchant ({limit}).</translation>
    </message>
    <message>
        <source>Debe tener {limit} dígitos.</source>
        <translation>Must have {limit} digits.</translation>
    </message>
    <message>
        <source>Esa fecha y hora ya pasaron: elija una fecha futura.</source>
        <translation>That date and time have already passed: choose a future date.</translation>
    </message>
    <message>
        <source>Debe vencer al menos 1 hora después de ahora.</source>
        <translation>Must expire at least 1 hour from now.</translation>
    </message>
    <message>
        <source>No puede vencer en más de {limit} días.</source>
        <translation>Cannot expire more than {limit} days from now.</translation>
    </message>
    <message>
        <source>Elija un plazo o una fecha, no ambos.</source>
        <translation>Choose a period or a date, not both.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles (quizá pegados de otro programa): escríbalo de nuevo.</source>
        <translation>It has control or invisible characters (perhaps pasted from another program): type it again.</translation>
    </message>
    <message>
        <source>«{limit}» no se puede imprimir en el voucher: escríbalo con letras latinas.</source>
        <translation>“{limit}” cannot be printed on the voucher: write it in Latin letters.</translation>
    </message>
    <message>
        <source>PagoEfectivo pide este dato.</source>
        <translation>PagoEfectivo requires this field.</translation>
    </message>
    <message>
        <source>PagoEfectivo no acepta este valor.</source>
        <translation>PagoEfectivo does not accept this value.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó algunos datos. Corrija los campos marcados y vuelva a emitir.</source>
        <translation>PagoEfectivo rejected some details. Correct the highlighted fields and issue again.</translation>
    </message>
    <message>
        <source>El monto supera el máximo que PagoEfectivo permite a este comercio.</source>
        <translation>The amount exceeds the maximum PagoEfectivo allows for this merchant.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo; no se generó ningún código. Revise la conexión a internet y vuelva a emitir.</source>
        <translation>Could not connect to PagoEfectivo; no code was generated. Check the internet connection and issue again.</translation>
    </message>
    <message>
        <source>PagoEfectivo no aceptó las credenciales de este perfil, o el reloj de esta PC no está en hora. Revíselo en Ajustes.</source>
        <translation>PagoEfectivo did not accept this profile’s credentials, or this PC’s clock is wrong. Check it in Settings.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un problema interno y no emitió el código. Intente de nuevo en unos minutos.</source>
        <translation>PagoEfectivo had an internal problem and did not issue the code. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Supera el máximo que PagoEfectivo permite.</source>
        <translation>Exceeds the maximum PagoEfectivo allows.</translation>
    </message>
    <message>
        <source>PagoEfectivo no emitió el código ({code}: {message}).</source>
        <translation>PagoEfectivo did not issue the code ({code}: {message}).</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>Nuevo cobro</source>
        <translation>New charge</translation>
    </message>
    <message>
        <source>Genere un código de pago (CIP) para que el cliente pague en agentes o banca.</source>
        <translation>Generate a payment code (CIP) for the customer to pay at agents or via banking.</translation>
    </message>
    <message>
        <source>Elija «Reintentar» o «Descartar» para este cobro sin confirmar.</source>
        <translation>Choose “Retry” or “Discard” for this unconfirmed charge.</translation>
    </message>
    <message>
        <source>Cobro repetido</source>
        <translation>Duplicate charge</translation>
    </message>
    <message>
        <source>Este cliente ya tiene el CIP {cip} pendiente por el mismo monto. ¿Emitir otro?</source>
        <translation>This customer already has CIP {cip} awaiting payment for the same amount. Issue another one?</translation>
    </message>
    <message>
        <source>CIP {cip} emitido por {amount}</source>
        <translation>CIP {cip} issued for {amount}</translation>
    </message>
    <message>
        <source>Cobro sin confirmar: no entregue ningún código al cliente.</source>
        <translation>Unconfirmed charge: do not give any code to the customer.</translation>
    </message>
    <message>
        <source>PagoEfectivo no emitió el código.</source>
        <translation>PagoEfectivo did not issue the code.</translation>
    </message>
    <message>
        <source>Cobro descartado; no se entregó ningún código.</source>
        <translation>Charge discarded; no code was given out.</translation>
    </message>
    <message>
        <source>Sin conexión con la base de datos: no se puede emitir ahora. No se envió nada a PagoEfectivo. PagoDesk reintenta solo; cobre cuando la barra de estado ya no lo diga.</source>
        <translation>No connection to the database: no charge can be issued now. Nothing was sent to PagoEfectivo. PagoDesk retries by itself; charge once the status bar no longer says so.</translation>
    </message>
    <message>
        <source>Este cobro ya fue reintentado o descartado (quizá en otra caja). Revíselo en el Historial.</source>
        <translation>This charge was already retried or discarded (perhaps at another register). Check it in History.</translation>
    </message>
    <message>
        <source>No se pudo completar el cobro: {error}. Revise el Historial antes de volver a intentarlo.</source>
        <translation>Could not complete the charge: {error}. Check History before trying again.</translation>
    </message>
</context>
<context>
    <name>KeyFileDialog</name>
    <message>
        <source>Guardar las claves en un archivo cifrado</source>
        <translation>Keep the keys in an encrypted file</translation>
    </message>
    <message>
        <source>Este equipo no tiene un llavero del sistema. PagoDesk puede guardar las claves de PagoEfectivo en un archivo cifrado de este equipo, protegido por una contraseña que no se guarda en ningún lado.

Es menos seguro que el llavero: quien copie el archivo puede intentar adivinar la contraseña sin límite. Use una frase larga y no la anote en el equipo. PagoDesk la pedirá cada vez que se abra; si la olvida, deberá escribir las claves de nuevo.</source>
        <translation>This computer has no system keyring. PagoDesk can keep the PagoEfectivo keys in an encrypted file on this computer, protected by a password that is stored nowhere.

It is less safe than the keyring: whoever copies the file can try to guess the password without limit. Use a long phrase and do not write it down on the computer. PagoDesk asks for it every time it opens; if you forget it, you will have to type the keys again.</translation>
    </message>
    <message>
        <source>Entiendo que es menos seguro que el llavero del sistema</source>
        <translation>I understand it is less safe than the system keyring</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repítala</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <source>Usar archivo cifrado</source>
        <translation>Use encrypted file</translation>
    </message>
    <message>
        <source>Al menos {n} caracteres.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>La contraseña es demasiado larga.</source>
        <translation>The password is too long.</translation>
    </message>
    <message>
        <source>Este equipo ya guarda las claves en un archivo cifrado.</source>
        <translation>This computer already keeps the keys in an encrypted file.</translation>
    </message>
    <message>
        <source>No se pudo crear el archivo de claves.</source>
        <translation>The key file could not be created.</translation>
    </message>
</context>
<context>
    <name>KeyFilePrompt</name>
    <message>
        <source>PagoDesk: archivo de claves</source>
        <translation>PagoDesk: key file</translation>
    </message>
    <message>
        <source>Las claves de PagoEfectivo de este equipo están en un archivo cifrado.
Escriba su contraseña:</source>
        <translation>This computer&apos;s PagoEfectivo keys are in an encrypted file.
Type its password:</translation>
    </message>
    <message>
        <source>La contraseña no es correcta. Inténtelo de nuevo:</source>
        <translation>The password is not right. Try again:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
    <message>
        <source>Perfil activo: {name}</source>
        <translation>Active profile: {name}</translation>
    </message>
    <message>
        <source>Acerca de</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Versión, carpeta de datos y diagnóstico para soporte (F1)</source>
        <translation>Version, data folder and diagnostics for support (F1)</translation>
    </message>
    <message>
        <source>Trabajando… ({n})</source>
        <translation>Working… ({n})</translation>
    </message>
    <message>
        <source>Última consulta: {when}</source>
        <translation>Last checked: {when}</translation>
    </message>
    <message>
        <source>(sin conexión: se reintentará)</source>
        <translation>(offline: will retry)</translation>
    </message>
    <message>
        <source>Sincronizando… {done} de {total}</source>
        <translation>Syncing… {done} of {total}</translation>
    </message>
    <message>
        <source>Detener</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Detener la sincronización en curso</source>
        <translation>Stop the sync in progress</translation>
    </message>
    <message>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Consultar ahora a PagoEfectivo el estado de los cobros pendientes</source>
        <translation>Ask PagoEfectivo now for the status of the pending vouchers</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Nuevo cobro</source>
        <translation>New charge</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Conciliación</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Ajustes</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Indique qué columna del archivo tiene cada dato. Los marcados con * son obligatorios; sin moneda se asume PEN. La elección se recuerda para este perfil.</source>
        <translation>Indicate which column of the file holds each field. Those marked with * are required; without a currency, PEN is assumed. The choice is remembered for this profile.</translation>
    </message>
    <message>
        <source>Primeras líneas del archivo:</source>
        <translation>First lines of the file:</translation>
    </message>
    <message>
        <source>Elegir otro archivo…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Ver vista previa</source>
        <translation>Show preview</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln línea(s) de datos</source>
        <translation>
            <numerusform>{name}: %Ln data line</numerusform>
            <numerusform>{name}: %Ln data lines</numerusform>
        </translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Elija la columna.</source>
        <translation>Choose the column.</translation>
    </message>
    <message>
        <source>Otro dato ya usa esta columna.</source>
        <translation>Another field already uses this column.</translation>
    </message>
</context>
<context>
    <name>MarkExpiredDialog</name>
    <message>
        <source>Marcar expirado — CIP {cip}</source>
        <translation>Mark as expired — CIP {cip}</translation>
    </message>
    <message>
        <source>Venció el {when} sin pago informado. Se registra aquí que este voucher ya no se pagará, sin esperar a que PagoEfectivo lo informe.</source>
        <translation>It was due on {when} and no payment was reported. This records here that the voucher will not be paid, without waiting for PagoEfectivo to report it.</translation>
    </message>
    <message>
        <source>Marcar expirado</source>
        <translation>Mark as expired</translation>
    </message>
    <message>
        <source>p. ej. el cliente desistió de la compra</source>
        <translation>e.g. the customer decided not to buy</translation>
    </message>
    <message>
        <source>Un supervisor deberá aprobarlo antes de que se aplique.</source>
        <translation>A supervisor must approve it before it applies.</translation>
    </message>
    <message>
        <source>Registrado por</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <source>Marcar pagado — CIP {cip}</source>
        <translation>Mark as paid — CIP {cip}</translation>
    </message>
    <message>
        <source>Registre un pago que PagoEfectivo todavía no informó, con el número de operación o la constancia que muestra el cliente.</source>
        <translation>Record a payment PagoEfectivo has not reported yet, with the operation number or the payment slip the customer shows.</translation>
    </message>
    <message>
        <source>Marcar pagado</source>
        <translation>Mark as paid</translation>
    </message>
    <message>
        <source>El voucher está expirado: si se pagó después del vencimiento, quedará como pago fuera de plazo.</source>
        <translation>The voucher is expired: if it was paid after the deadline, it will be recorded as paid after expiry.</translation>
    </message>
    <message>
        <source>Un supervisor deberá aprobar este pago antes de que se aplique.</source>
        <translation>A supervisor must approve this payment before it applies.</translation>
    </message>
    <message>
        <source>p. ej. 004512</source>
        <translation>e.g. 004512</translation>
    </message>
    <message>
        <source>Número de operación</source>
        <translation>Operation number</translation>
    </message>
    <message>
        <source>sin constancia adjunta</source>
        <translation>no payment slip attached</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Constancia (foto o PDF)</source>
        <translation>Payment slip (photo or PDF)</translation>
    </message>
    <message>
        <source>p. ej. el cliente mostró el voucher pagado</source>
        <translation>e.g. the customer showed the paid voucher</translation>
    </message>
    <message>
        <source>Indicar cuándo se pagó</source>
        <translation>Specify when it was paid</translation>
    </message>
    <message>
        <source>Fecha del pago</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Registrado por</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Elegir la constancia de pago</source>
        <translation>Choose the payment slip</translation>
    </message>
    <message>
        <source>Foto o PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photo or PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>NotifyUrl</name>
    <message>
        <source>El perfil demo usa su receptor incluido en esta PC; nada que registrar.</source>
        <translation>The demo profile uses its built-in receiver on this PC; nothing to register.</translation>
    </message>
    <message>
        <source>La URL registrada en el portal es la del receptor.</source>
        <translation>The URL registered in the portal is the receiver’s.</translation>
    </message>
    <message>
        <source>Ninguna URL de notificación está marcada como registrada en el portal de PagoEfectivo: los pagos pueden no notificarse.</source>
        <translation>No notification URL is marked as registered in PagoEfectivo’s portal: payments may not be notified.</translation>
    </message>
    <message>
        <source>Falta la URL pública del receptor de este perfil.</source>
        <translation>This profile’s receiver public URL is missing.</translation>
    </message>
    <message>
        <source>La URL registrada en el portal de PagoEfectivo no es la del receptor: se pierden notificaciones hasta registrarla.</source>
        <translation>The URL registered in PagoEfectivo’s portal is not the receiver’s: notifications are lost until it is registered.</translation>
    </message>
    <message>
        <source>1. Escriba la URL pública del receptor y compruebe que responde.
2. Regístrela en el portal de PagoEfectivo (Configuración → URL de notificación).
3. Márquela aquí como «registrada en el portal», con la fecha.
4. Mantenga el receptor anterior en marcha hasta que llegue la primera notificación a la nueva URL.</source>
        <translation>1. Type the receiver’s public URL and check that it answers.
2. Register it in PagoEfectivo’s portal (Settings → Notification URL).
3. Mark it here as “registered in the portal”, with the date.
4. Keep the old receiver running until the first notification arrives at the new URL.</translation>
    </message>
    <message>
        <source>Escriba la URL del receptor.</source>
        <translation>Type the receiver’s URL.</translation>
    </message>
    <message>
        <source>La URL admite hasta {n} caracteres.</source>
        <translation>The URL takes up to {n} characters.</translation>
    </message>
    <message>
        <source>La URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros ni espacios).</source>
        <translation>The URL must look like https://cobros.mitienda.pe (no user, parameters or spaces).</translation>
    </message>
    <message>
        <source>Un perfil de producción necesita una URL https.</source>
        <translation>A production profile needs an https URL.</translation>
    </message>
    <message>
        <source>PagoEfectivo no puede llegar a una dirección de esta PC: use la URL pública del receptor.</source>
        <translation>PagoEfectivo cannot reach an address of this PC: use the receiver’s public URL.</translation>
    </message>
    <message>
        <source>El perfil demo usa su receptor incluido; no se cambia.</source>
        <translation>The demo profile uses its built-in receiver; it is not changed.</translation>
    </message>
    <message>
        <source>La fecha de registro no puede ser futura ni anterior a 2015.</source>
        <translation>The registration date cannot be in the future or before 2015.</translation>
    </message>
    <message>
        <source>Primero guarde la URL del receptor (paso 1).</source>
        <translation>First save the receiver’s URL (step 1).</translation>
    </message>
    <message>
        <source>La URL no respondió como el receptor de este perfil: no se cambió.</source>
        <translation>The URL did not answer as this profile’s receiver: nothing was changed.</translation>
    </message>
    <message>
        <source>✓ {url} responde: es el receptor de PagoDesk de este perfil ({ms} ms).</source>
        <translation>✓ {url} answers: it is PagoDesk’s receiver of this profile ({ms} ms).</translation>
    </message>
    <message>
        <source>✗ {url} no responde ({error}).</source>
        <translation>✗ {url} does not answer ({error}).</translation>
    </message>
    <message>
        <source>✗ {url} responde ({error}), pero no es el receptor de PagoDesk.</source>
        <translation>✗ {url} answers ({error}), but it is not PagoDesk’s receiver.</translation>
    </message>
    <message>
        <source>✗ {url} es el receptor de PagoDesk del perfil «{profile}», no de este.</source>
        <translation>✗ {url} is PagoDesk’s receiver of profile “{profile}”, not of this one.</translation>
    </message>
    <message>
        <source>✗ {url} es el receptor de este perfil, pero su base de datos falla.</source>
        <translation>✗ {url} is this profile’s receiver, but its database fails.</translation>
    </message>
    <message>
        <source>Aún no recibió ninguna notificación.</source>
        <translation>It has not received any notification yet.</translation>
    </message>
    <message>
        <source>Última notificación recibida: {time}.</source>
        <translation>Last notification received: {time}.</translation>
    </message>
</context>
<context>
    <name>NotifyUrlDialog</name>
    <message>
        <source>Cambiar la URL de notificación</source>
        <translation>Change the notification URL</translation>
    </message>
    <message>
        <source>1. Nueva URL pública del receptor</source>
        <translation>1. New public URL of the receiver</translation>
    </message>
    <message>
        <source>Comprobar</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Guardar como URL del receptor</source>
        <translation>Save as the receiver’s URL</translation>
    </message>
    <message>
        <source>2. Regístrela en el portal de PagoEfectivo</source>
        <translation>2. Register it in PagoEfectivo’s portal</translation>
    </message>
    <message>
        <source>Entre al portal de comercios de PagoEfectivo y ponga esa URL como URL de notificación. Sin este paso PagoEfectivo sigue notificando a la anterior.</source>
        <translation>Sign in to PagoEfectivo’s merchant portal and set that URL as the notification URL. Without this step PagoEfectivo keeps notifying the old one.</translation>
    </message>
    <message>
        <source>3. Márquela como registrada en el portal</source>
        <translation>3. Mark it as registered in the portal</translation>
    </message>
    <message>
        <source>Registrada el</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Marcar «registrado en el portal»</source>
        <translation>Mark “registered in the portal”</translation>
    </message>
    <message>
        <source>4. Mantenga el receptor anterior en marcha</source>
        <translation>4. Keep the old receiver running</translation>
    </message>
    <message>
        <source>No apague el receptor anterior hasta que llegue la primera notificación a la nueva URL: PagoEfectivo puede seguir enviando a la anterior un tiempo.</source>
        <translation>Do not turn off the old receiver until the first notification arrives at the new URL: PagoEfectivo may keep sending to the old one for a while.</translation>
    </message>
    <message>
        <source>Ver la última notificación de cada URL</source>
        <translation>See the last notification of each URL</translation>
    </message>
    <message>
        <source>Perfil «{name}».</source>
        <translation>Profile “{name}”.</translation>
    </message>
    <message>
        <source>Registrada en el portal: {url}</source>
        <translation>Registered in the portal: {url}</translation>
    </message>
    <message>
        <source>URL del receptor: {url}</source>
        <translation>Receiver URL: {url}</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Aún no hay ninguna URL que comprobar.</source>
        <translation>There is no URL to check yet.</translation>
    </message>
</context>
<context>
    <name>NotifyUrlNotice</name>
    <message>
        <source>Cambiar la URL de notificación…</source>
        <translation>Change the notification URL…</translation>
    </message>
    <message>
        <source>Registrada en el portal: {url}</source>
        <translation>Registered in the portal: {url}</translation>
    </message>
    <message>
        <source>URL del receptor: {url}</source>
        <translation>Receiver URL: {url}</translation>
    </message>
    <message>
        <source>Abra este perfil para cambiarla aquí, o use «pagodesk profile notify-url».</source>
        <translation>Open this profile to change it here, or use “pagodesk profile notify-url”.</translation>
    </message>
</context>
<context>
    <name>NotifyUrlWarning</name>
    <message>
        <source>⚠ URL de notificación</source>
        <translation>⚠ Notification URL</translation>
    </message>
    <message>
        <source>Clic: cambiar la URL de notificación</source>
        <translation>Click: change the notification URL</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <source>Abrir carpeta</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Mostrar «{name}» en su carpeta</source>
        <translation>Show “{name}” in its folder</translation>
    </message>
</context>
<context>
    <name>PaidChart</name>
    <message>
        <source>Días del {first} al {last}</source>
        <translation>Days from {first} to {last}</translation>
    </message>
    <message>
        <source>dd/MM</source>
        <translation>MM/dd</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>MM/dd/yyyy</translation>
    </message>
    <message>
        <source>Sin cobros en estos 30 días</source>
        <translation>No payments in these 30 days</translation>
    </message>
    <message>
        <source>Soles (S/)</source>
        <translation>Soles (S/)</translation>
    </message>
    <message>
        <source>Dólares (US$)</source>
        <translation>Dollars (US$)</translation>
    </message>
    <message>
        <source>dddd dd/MM</source>
        <translation>dddd MM/dd</translation>
    </message>
    <message numerus="yes">
        <source>%n pago(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>Clic: los pagos de ese día en Historial</source>
        <translation>Click: that day&apos;s payments in History</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>Pagado: {what}</source>
        <translation>Paid: {what}</translation>
    </message>
    <message>
        <source>Pago recibido</source>
        <translation>Payment received</translation>
    </message>
    <message numerus="yes">
        <source>%n pagos recibidos</source>
        <translation>
            <numerusform>%n payment received</numerusform>
            <numerusform>%n payments received</numerusform>
        </translation>
    </message>
    <message>
        <source>… y {n} más</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Clic para ver el voucher</source>
        <translation>Click to open the voucher</translation>
    </message>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>¿Quién atiende?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>Perfil de demostración (solo para práctica): {people}</source>
        <translation>Demo profile (training only): {people}</translation>
    </message>
    <message>
        <source>Borrar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Elija su nombre.</source>
        <translation>Choose your name.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Vista previa</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Ticket 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>58 mm receipt</translation>
    </message>
    <message>
        <source>Formato del comprobante</source>
        <translation>Voucher format</translation>
    </message>
    <message>
        <source>Imprimir…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Imprimir en el formato elegido (Ctrl+P)</source>
        <translation>Print in the chosen format (Ctrl+P)</translation>
    </message>
    <message>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora y formato)</source>
        <translation>Print the receipt on {uri} (Ctrl+P: choose printer and format)</translation>
    </message>
    <message>
        <source>Preparando la vista previa…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>No se pudo preparar la vista previa: {error}</source>
        <translation>Could not prepare the preview: {error}</translation>
    </message>
    <message>
        <source>Preparando la impresión…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Voucher sent to the printer.</translation>
    </message>
    <message>
        <source>Guardar comprobante en PDF</source>
        <translation>Save voucher as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF guardado en {path}</source>
        <translation>PDF saved to {path}</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>Could not complete: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>Cada línea del archivo y lo que pasará con ella al aplicar.</source>
        <translation>Each line of the file and what will happen to it when applied.</translation>
    </message>
    <message>
        <source>Vouchers abiertos que el archivo no menciona (creados hasta el día de su último pago). Solo se informan: aplicar no los cambia.</source>
        <translation>Open vouchers the file does not mention (created up to the day of its last payment). For information only: applying does not change them.</translation>
    </message>
    <message>
        <source>Ninguna línea de este tipo</source>
        <translation>No lines of this kind</translation>
    </message>
    <message>
        <source>El archivo menciona todos los cobros abiertos</source>
        <translation>The file mentions every open voucher</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln línea(s). Revise antes de aplicar.</source>
        <translation>
            <numerusform>{name}: %Ln line. Check it before applying.</numerusform>
            <numerusform>{name}: %Ln lines. Check them before applying.</numerusform>
        </translation>
    </message>
    <message>
        <source>{paid} {problems} {unknown} y {invalid} no cambian nada.</source>
        <translation>{paid} {problems} {unknown} and {invalid} change nothing.</translation>
    </message>
    <message numerus="yes">
        <source>Se marcará(n) %Ln cobro(s) como pagado(s).</source>
        <translation>
            <numerusform>%Ln voucher will be marked paid.</numerusform>
            <numerusform>%Ln vouchers will be marked paid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se registrará(n) hasta %Ln discrepancia(s) para revisar.</source>
        <translation>
            <numerusform>Up to %Ln discrepancy will be recorded for review.</numerusform>
            <numerusform>Up to %Ln discrepancies will be recorded for review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) con CIP desconocido</source>
        <translation>
            <numerusform>%Ln line with an unknown CIP</numerusform>
            <numerusform>%Ln lines with an unknown CIP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no válida(s)</source>
        <translation>
            <numerusform>%Ln invalid one</numerusform>
            <numerusform>%Ln invalid ones</numerusform>
        </translation>
    </message>
    <message>
        <source>Volver a las columnas</source>
        <translation>Back to the columns</translation>
    </message>
    <message>
        <source>Aplicar</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Todas ({n})</source>
        <translation>All ({n})</translation>
    </message>
    <message>
        <source>Faltan en el archivo ({n})</source>
        <translation>Missing from the file ({n})</translation>
    </message>
    <message>
        <source>Nada que aplicar</source>
        <translation>Nothing to apply</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <source>Reintentar impresión</source>
        <translation>Retry printing</translation>
    </message>
    <message>
        <source>Imprimiendo en {uri}…</source>
        <translation>Printing on {uri}…</translation>
    </message>
    <message>
        <source>Ticket impreso en {uri}.</source>
        <translation>Receipt printed on {uri}.</translation>
    </message>
    <message>
        <source>El papel se está acabando: tenga un rollo a la mano.</source>
        <translation>The paper is running out: keep a roll at hand.</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <source>Ninguna: usar el diálogo de impresión</source>
        <translation>None: use the print dialog</translation>
    </message>
    <message>
        <source>Red (TCP/IP, puerto 9100)</source>
        <translation>Network (TCP/IP, port 9100)</translation>
    </message>
    <message>
        <source>IP o nombre, p. ej. 192.168.1.50 o 192.168.1.50:9100</source>
        <translation>IP or name, e.g. 192.168.1.50 or 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>USB directo</source>
        <translation>Direct USB</translation>
    </message>
    <message>
        <source>fabricante:producto en hex, p. ej. 04b8:0202</source>
        <translation>vendor:product in hex, e.g. 04b8:0202</translation>
    </message>
    <message>
        <source>Puerto serie</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>COM3 o /dev/ttyUSB0 (?baudrate=19200 si no es 9600)</source>
        <translation>COM3 or /dev/ttyUSB0 (?baudrate=19200 if not 9600)</translation>
    </message>
    <message>
        <source>Impresora de Windows (RAW)</source>
        <translation>Windows printer (RAW)</translation>
    </message>
    <message>
        <source>el nombre de la impresora en Windows</source>
        <translation>the printer&apos;s name in Windows</translation>
    </message>
    <message>
        <source>Cola de CUPS (RAW)</source>
        <translation>CUPS queue (RAW)</translation>
    </message>
    <message>
        <source>el nombre de la cola, p. ej. ticketera</source>
        <translation>the queue&apos;s name, e.g. receipts</translation>
    </message>
    <message>
        <source>Archivo (pruebas, o /dev/usb/lp0)</source>
        <translation>File (tests, or /dev/usb/lp0)</translation>
    </message>
    <message>
        <source>ruta completa, p. ej. /home/caja/ticket.bin</source>
        <translation>full path, e.g. /home/till/ticket.bin</translation>
    </message>
    <message>
        <source>Impresora térmica de esta caja</source>
        <translation>This register&apos;s thermal printer</translation>
    </message>
    <message>
        <source>Con una impresora de tickets (ESC/POS: Epson, Bixolon y las genéricas de 58 u 80 mm), «Imprimir ticket» la usa directamente; Ctrl+P sigue abriendo el diálogo de impresión. Cada PC guarda su propia impresora.</source>
        <translation>With a receipt printer (ESC/POS: Epson, Bixolon and the generic 58 or 80 mm ones), “Print receipt” uses it directly; Ctrl+P still opens the print dialog. Each PC keeps its own printer.</translation>
    </message>
    <message>
        <source>576 en 80 mm y 384 en 58 mm (cabezal de 203 dpi)</source>
        <translation>576 on 80 mm and 384 on 58 mm (203 dpi head)</translation>
    </message>
    <message>
        <source>CP858 (PC858, con €; la habitual)</source>
        <translation>CP858 (PC858, with €; the usual one)</translation>
    </message>
    <message>
        <source>Imprimir el ticket al emitir cada cobro</source>
        <translation>Print the receipt when each charge is issued</translation>
    </message>
    <message>
        <source>Conexión</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Papel</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Puntos por línea</source>
        <translation>Dots per line</translation>
    </message>
    <message>
        <source>Página de códigos</source>
        <translation>Code page</translation>
    </message>
    <message>
        <source>Al emitir</source>
        <translation>On issue</translation>
    </message>
    <message>
        <source>Imprimir prueba</source>
        <translation>Print test</translation>
    </message>
    <message>
        <source>Imprime una página de prueba con lo que dice el formulario, aún sin guardar</source>
        <translation>Prints a test page with what the form says, even before saving</translation>
    </message>
    <message>
        <source>Guardar impresora</source>
        <translation>Save printer</translation>
    </message>
    <message>
        <source>Se guardará como {uri}</source>
        <translation>Will be saved as {uri}</translation>
    </message>
    <message>
        <source>Revise los campos marcados.</source>
        <translation>Check the marked fields.</translation>
    </message>
    <message>
        <source>Imprimiendo la página de prueba…</source>
        <translation>Printing the test page…</translation>
    </message>
    <message>
        <source>Página de prueba impresa en {uri}: revise las tildes, la ñ y la regla.</source>
        <translation>Test page printed on {uri}: check the accents, the ñ and the ruler.</translation>
    </message>
    <message>
        <source>Impresora guardada: «Imprimir» usa {uri}.</source>
        <translation>Printer saved: “Print” uses {uri}.</translation>
    </message>
    <message>
        <source>Sin impresora térmica: «Imprimir» abre el diálogo de impresión.</source>
        <translation>No thermal printer: “Print” opens the print dialog.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Check the marked fields: nothing was saved.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
</context>
<context>
    <name>ProductionWarning</name>
    <message>
        <source>Salir a producción</source>
        <translation>Going live</translation>
    </message>
    <message>
        <source>«{profile}» cobra de verdad, y no hay una prueba de salida a producción aprobada en los últimos 30 días.</source>
        <translation>“{profile}” takes real money, and no go-live check passed in the last 30 days.</translation>
    </message>
    <message>
        <source>PagoEfectivo pide probar flujos completos en su entorno de pruebas antes de cobrar: un pago notificado, uno vencido, una notificación repetida y una perdida, una conexión cortada… Pruébelos ahora, o continúe bajo la responsabilidad de un supervisor: quedará registrado quién y cuándo.</source>
        <translation>PagoEfectivo asks for complete flows to be tested in its test environment before taking payments: a notified payment, an expired one, a repeated and a lost notification, a cut connection… Test them now, or go on under a supervisor’s responsibility: who and when will be recorded.</translation>
    </message>
    <message>
        <source>Probar antes de salir a producción</source>
        <translation>Test before going live</translation>
    </message>
    <message>
        <source>Continuar: lo autorizo como supervisor</source>
        <translation>Go on: I authorise it as supervisor</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileFormBox</name>
    <message>
        <source>p. ej. tienda-lince</source>
        <translation>e.g. tienda-lince</translation>
    </message>
    <message>
        <source>Producción (cobros reales)</source>
        <translation>Production (real charges)</translation>
    </message>
    <message>
        <source>El perfil demo usa el simulador de PagoEfectivo incluido en PagoDesk: datos de prueba, sin credenciales ni dinero real.</source>
        <translation>The demo profile uses the PagoEfectivo simulator built into PagoDesk: test data, no credentials and no real money.</translation>
    </message>
    <message>
        <source>Pruebas de PagoEfectivo (sandbox)</source>
        <translation>PagoEfectivo testing (sandbox)</translation>
    </message>
    <message>
        <source>Demo (simulador incluido)</source>
        <translation>Demo (built-in simulator)</translation>
    </message>
    <message>
        <source>el número que le dio PagoEfectivo</source>
        <translation>the number PagoEfectivo gave you</translation>
    </message>
    <message>
        <source>opcional: postgresql+psycopg://servidor/base</source>
        <translation>optional: postgresql+psycopg://server/database</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entorno</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>URL base</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>ID de servicio</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <source>Base de datos compartida</source>
        <translation>Shared database</translation>
    </message>
    <message>
        <source>Clave de acceso</source>
        <translation>Access key</translation>
    </message>
    <message>
        <source>Clave secreta</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <source>Usar archivo cifrado…</source>
        <translation>Use encrypted file…</translation>
    </message>
    <message>
        <source>Guardar las claves en un archivo cifrado con contraseña (menos seguro)</source>
        <translation>Keep the keys in a password-protected encrypted file (less safe)</translation>
    </message>
    <message>
        <source>Perfil «{name}»</source>
        <translation>Profile “{name}”</translation>
    </message>
    <message>
        <source>Consultando el llavero del sistema…</source>
        <translation>Checking the system keyring…</translation>
    </message>
    <message>
        <source>Nuevo perfil</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Las claves se guardan en el llavero del sistema, nunca en un archivo.</source>
        <translation>Keys are stored in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>Claves guardadas en el llavero del sistema. Escriba una nueva solo para reemplazarla.</source>
        <translation>Keys saved in the system keyring. Type a new one only to replace it.</translation>
    </message>
    <message>
        <source>Este perfil no tiene claves guardadas: escríbalas y guarde.</source>
        <translation>This profile has no saved keys: enter them and save.</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>Could not complete: {error}</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Nuevo perfil</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Usar este perfil</source>
        <translation>Use this profile</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Probar conexión</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Comprueba las credenciales y el reloj de esta PC con PagoEfectivo</source>
        <translation>Checks the credentials and this PC’s clock against PagoEfectivo</translation>
    </message>
    <message>
        <source>Guardar perfil</source>
        <translation>Save profile</translation>
    </message>
    <message>
        <source>Probar antes de salir a producción</source>
        <translation>Test before going live</translation>
    </message>
    <message>
        <source>Flujos completos contra este perfil de pruebas, con un informe firmado</source>
        <translation>Complete flows against this test profile, with a signed report</translation>
    </message>
    <message>
        <source>Abierto ahora: «{name}».</source>
        <translation>Open now: “{name}”.</translation>
    </message>
    <message>
        <source>Al reiniciar PagoDesk se abrirá «{name}».</source>
        <translation>“{name}” will open when PagoDesk restarts.</translation>
    </message>
    <message>
        <source>Un cambio de perfil se aplica al reiniciar PagoDesk.</source>
        <translation>A profile change applies when PagoDesk restarts.</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>producción</source>
        <translation>production</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>● {text} — activo</source>
        <translation>● {text} — active</translation>
    </message>
    <message>
        <source>Es el perfil abierto ahora</source>
        <translation>This is the profile open now</translation>
    </message>
    <message>
        <source>Perfil «{name}» guardado; sus claves están en el archivo cifrado de este equipo.</source>
        <translation>Profile “{name}” saved; its keys are in this computer&apos;s encrypted file.</translation>
    </message>
    <message>
        <source>Perfil «{name}» guardado; sus claves están en el llavero del sistema.</source>
        <translation>Profile “{name}” saved; its keys are in the system keyring.</translation>
    </message>
    <message>
        <source>«{name}» es el perfil en uso.</source>
        <translation>“{name}” is the profile in use.</translation>
    </message>
    <message>
        <source>«{name}» se abrirá al reiniciar PagoDesk.</source>
        <translation>“{name}” will open when PagoDesk restarts.</translation>
    </message>
    <message>
        <source>Eliminar perfil</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>¿Eliminar el perfil «{name}» y sus claves del llavero? Sus cobros guardados en esta PC se conservan.</source>
        <translation>Delete the profile “{name}” and its keys from the keyring? Its vouchers saved on this PC are kept.</translation>
    </message>
    <message>
        <source>Perfil «{name}» eliminado.</source>
        <translation>Profile “{name}” deleted.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>{label}: ahora vence el {when}.</source>
        <translation>{label}: now expires on {when}.</translation>
    </message>
    <message>
        <source>{label} marcado como revisado.</source>
        <translation>{label} marked as reviewed.</translation>
    </message>
    <message>
        <source>Marcar revisado</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>Escriba qué revisó o qué decidió (por ejemplo, «coincide con el extracto del banco»). Queda en el historial del voucher con su nombre y sale de esta lista.</source>
        <translation>Write what you checked or decided (for example, “matches the bank statement”). It stays in the voucher’s history with your name and leaves this list.</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Nuevo código emitido: CIP {cip}. Entréguelo al cliente.</source>
        <translation>New code issued: CIP {cip}. Give it to the customer.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó el nuevo intento: quedó como no emitido.</source>
        <translation>PagoEfectivo rejected the new attempt: it was recorded as not issued.</translation>
    </message>
    <message>
        <source>PagoEfectivo tampoco respondió esta vez: sigue sin confirmar.</source>
        <translation>PagoEfectivo did not respond this time either: it is still unconfirmed.</translation>
    </message>
    <message>
        <source>Descartar cobro sin confirmar</source>
        <translation>Discard unconfirmed charge</translation>
    </message>
    <message>
        <source>¿Descartar el cobro {code} por {amount}? Quedará como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</source>
        <translation>Discard the charge {code} for {amount}? It will be marked as not issued; if the code was generated, nobody knows it and it will expire unpaid.</translation>
    </message>
    <message>
        <source>Cobro {code} descartado.</source>
        <translation>Charge {code} discarded.</translation>
    </message>
    <message>
        <source>Solicitud de {who} rechazada: {label} no cambió.</source>
        <translation>{who}&apos;s request rejected: {label} did not change.</translation>
    </message>
    <message>
        <source>Aprobado: {label} quedó como «{status}».</source>
        <translation>Approved: {label} is now “{status}”.</translation>
    </message>
    <message>
        <source>(fuera de plazo)</source>
        <translation>(after expiry)</translation>
    </message>
    <message>
        <source>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</source>
        <translation>The voucher changed in the meantime: nothing was applied and it was recorded as a discrepancy.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Nada pendiente</source>
        <translation>Nothing pending</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>El monto no coincide con el registrado</source>
        <translation>The amount does not match the recorded one</translation>
    </message>
    <message>
        <source>La moneda no coincide con la registrada</source>
        <translation>The currency does not match the recorded one</translation>
    </message>
    <message>
        <source>Se informó un pago de un voucher sin pago posible</source>
        <translation>A payment was reported for a voucher that cannot be paid</translation>
    </message>
    <message>
        <source>PagoEfectivo dio un estado desconocido</source>
        <translation>PagoEfectivo gave an unknown status</translation>
    </message>
    <message>
        <source>Se notificó otro número de operación que el registrado</source>
        <translation>A different operation number was notified than the one recorded</translation>
    </message>
    <message>
        <source>El código de pedido notificado no coincide</source>
        <translation>The notified order code does not match</translation>
    </message>
    <message>
        <source>Se notificó un pago de un anulado</source>
        <translation>A payment was notified for an annulled voucher</translation>
    </message>
    <message>
        <source>Pago a mano por aprobar</source>
        <translation>Manual payment awaiting approval</translation>
    </message>
    <message>
        <source>Pagado después del vencimiento</source>
        <translation>Paid after expiry</translation>
    </message>
    <message>
        <source>Sin respuesta de PagoEfectivo</source>
        <translation>No response from PagoEfectivo</translation>
    </message>
    <message>
        <source>Error de PagoEfectivo, sin confirmar</source>
        <translation>PagoEfectivo error, unconfirmed</translation>
    </message>
    <message>
        <source>PagoEfectivo dice «{reported}»</source>
        <translation>PagoEfectivo says “{reported}”</translation>
    </message>
    <message>
        <source>Se informó «{reported}»; no se aplicó</source>
        <translation>“{reported}” was reported; not applied</translation>
    </message>
    <message>
        <source>Escriba su nombre.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Escriba como máximo {detail} caracteres.</source>
        <translation>Enter at most {detail} characters.</translation>
    </message>
    <message>
        <source>Debe aprobar otra persona, no quien lo solicitó.</source>
        <translation>Another person must approve, not the one who requested it.</translation>
    </message>
    <message>
        <source>La solicitud ya no vale: el voucher cambió después.</source>
        <translation>The request is no longer valid: the voucher changed afterwards.</translation>
    </message>
    <message>
        <source>Esa solicitud ya no existe.</source>
        <translation>That request no longer exists.</translation>
    </message>
    <message>
        <source>El voucher es de otro perfil.</source>
        <translation>The voucher belongs to another profile.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>It has control or invisible characters: type it again.</translation>
    </message>
    <message>
        <source>No se puede: el voucher está «{status}».</source>
        <translation>Not possible: the voucher is “{status}”.</translation>
    </message>
    <message>
        <source>PagoEfectivo no aceptó el cambio ({code}: {message}); no cambió nada.</source>
        <translation>PagoEfectivo did not accept the change ({code}: {message}); nothing changed.</translation>
    </message>
    <message>
        <source>PagoEfectivo no confirmó el cambio; aquí no cambió nada. La próxima sincronización mostrará si se aplicó.</source>
        <translation>PagoEfectivo did not confirm the change; nothing changed here. The next sync will show whether it was applied.</translation>
    </message>
    <message>
        <source>Otra persona cambió este voucher al mismo tiempo. Intente de nuevo.</source>
        <translation>Someone else changed this voucher at the same time. Try again.</translation>
    </message>
    <message>
        <source>Ese voucher ya no existe.</source>
        <translation>That voucher no longer exists.</translation>
    </message>
    <message>
        <source>No se pudo hablar con PagoEfectivo ({error}). Revise la conexión e intente de nuevo.</source>
        <translation>Could not reach PagoEfectivo ({error}). Check the connection and try again.</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>Could not complete: {error}</translation>
    </message>
    <message>
        <source>No se puede extender 24 h: pasaría el vencimiento máximo permitido ({limit}). Elija otra fecha desde el detalle del voucher.</source>
        <translation>Cannot extend by 24 h: it would go past the maximum allowed expiry ({limit}). Choose another date from the voucher details.</translation>
    </message>
    <message>
        <source>La nueva fecha de vencimiento no es válida. Extiéndalo desde el detalle.</source>
        <translation>The new expiry date is not valid. Extend it from the voucher details.</translation>
    </message>
    <message>
        <source>No se pudo sincronizar con PagoEfectivo.</source>
        <translation>Could not sync with PagoEfectivo.</translation>
    </message>
    <message>
        <source>Sincronización cancelada: {checked} de {total} consultados.</source>
        <translation>Sync canceled: {checked} of {total} checked.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió ({checked} de {total} consultados). Se volverá a intentar más tarde.</source>
        <translation>PagoEfectivo did not respond ({checked} of {total} checked). It will be retried later.</translation>
    </message>
</context>
<context>
    <name>ReconcileColumns</name>
    <message>
        <source>CIP</source>
        <translation>CIP</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Origen</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Falta</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Pedido</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Emitido</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Vencía</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Registrado</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Solicitado por</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Operación</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>Discrepancias ({n})</source>
        <translation>Discrepancies ({n})</translation>
    </message>
    <message>
        <source>Por vencer ({n})</source>
        <translation>Expiring soon ({n})</translation>
    </message>
    <message>
        <source>Sin confirmar ({n})</source>
        <translation>Unconfirmed ({n})</translation>
    </message>
    <message>
        <source>Pagos tardíos ({n})</source>
        <translation>Late payments ({n})</translation>
    </message>
    <message>
        <source>Aprobaciones ({n})</source>
        <translation>Approvals ({n})</translation>
    </message>
    <message>
        <source>CIP ajenos ({n})</source>
        <translation>Foreign CIPs ({n})</translation>
    </message>
    <message>
        <source>PagoEfectivo y este registro no coinciden. Abra el voucher para ver sus eventos, resuelva el caso y márquelo como revisado.</source>
        <translation>PagoEfectivo and this record do not match. Open the voucher to see its events, resolve the case and mark it as reviewed.</translation>
    </message>
    <message>
        <source>Pendientes de pago que vencen en las próximas 24 horas. «Extender 24 h» le da un día más al cliente con el mismo código.</source>
        <translation>Vouchers awaiting payment that expire in the next 24 hours. “Extend 24 h” gives the customer one more day with the same code.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió y no se sabe si el código se generó: no entregue ningún código. «Reintentar» pide uno nuevo; «Descartar» deja el intento como no emitido.</source>
        <translation>PagoEfectivo did not respond and it is unknown whether the code was generated: do not give out any code. “Retry” requests a new one; “Discard” marks the attempt as not issued.</translation>
    </message>
    <message>
        <source>Pagos confirmados después del vencimiento (últimos 30 días). Verifique que el pedido se atendió y márquelos como revisados.</source>
        <translation>Payments confirmed after expiry (last 30 days). Check that the order was fulfilled and mark them as reviewed.</translation>
    </message>
    <message>
        <source>Pagos marcados a mano que esperan la aprobación de otra persona.</source>
        <translation>Payments marked by hand that are awaiting another person’s approval.</translation>
    </message>
    <message>
        <source>PagoEfectivo avisó pagos de códigos que no son de este perfil (últimos 30 días). Si no los reconoce, consúltelo con PagoEfectivo.</source>
        <translation>PagoEfectivo reported payments for codes that are not from this profile (last 30 days). If you do not recognize them, check with PagoEfectivo.</translation>
    </message>
    <message>
        <source>Conciliación</source>
        <translation>Reconciliation</translation>
    </message>
    <message>
        <source>Cierre del día…</source>
        <translation>End-of-day report…</translation>
    </message>
    <message>
        <source>Resumen del día por cajero, en PDF o CSV</source>
        <translation>Summary of the day by cashier, as PDF or CSV</translation>
    </message>
    <message>
        <source>Importar liquidación</source>
        <translation>Import settlement file</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Marcar revisado…</source>
        <translation>Mark as reviewed…</translation>
    </message>
    <message>
        <source>Extender 24 h</source>
        <translation>Extend 24 h</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Reintentar</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Marcar revisado</source>
        <translation>Mark as reviewed</translation>
    </message>
    <message>
        <source>Aprobar…</source>
        <translation>Approve…</translation>
    </message>
    <message numerus="yes">
        <source>Sincronizado: %n consultados</source>
        <translation>
            <numerusform>Synced: %n voucher checked</numerusform>
            <numerusform>Synced: %n vouchers checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cambios de estado</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancias por revisar</source>
        <translation>
            <numerusform>%n discrepancy to review</numerusform>
            <numerusform>%n discrepancies to review</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudieron leer las listas: {error}</source>
        <translation>Could not read the lists: {error}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Ticket 80 mm</source>
        <translation>80 mm receipt</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>58 mm receipt</translation>
    </message>
    <message>
        <source>DEMO — sin valor: código de prueba del simulador, no se puede pagar en agentes ni bancos</source>
        <translation>DEMO — no value: a simulator test code, it cannot be paid at agents or banks</translation>
    </message>
    <message>
        <source>SANDBOX — sin valor: código del entorno de pruebas de PagoEfectivo, no es un cobro real</source>
        <translation>SANDBOX — no value: a code of PagoEfectivo&apos;s test environment, not a real charge</translation>
    </message>
    <message>
        <source>✓ Cobro emitido</source>
        <translation>✓ Charge issued</translation>
    </message>
    <message>
        <source>Código de pago (CIP)</source>
        <translation>Payment code (CIP)</translation>
    </message>
    <message>
        <source>Nuevo cobro</source>
        <translation>New charge</translation>
    </message>
    <message>
        <source>Limpiar el formulario para el siguiente cliente (Esc)</source>
        <translation>Clear the form for the next customer (Esc)</translation>
    </message>
    <message>
        <source>Formato del voucher para imprimir o guardar</source>
        <translation>Voucher format for printing or saving</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Imprimir el voucher (Ctrl+P)</source>
        <translation>Print the voucher (Ctrl+P)</translation>
    </message>
    <message>
        <source>Guardar PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Copiar CIP</source>
        <translation>Copy CIP</translation>
    </message>
    <message>
        <source>Copiar enlace de pago</source>
        <translation>Copy payment link</translation>
    </message>
    <message>
        <source>Compartir por WhatsApp</source>
        <translation>Share via WhatsApp</translation>
    </message>
    <message>
        <source>Copiar texto</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Abrir WhatsApp</source>
        <translation>Open WhatsApp</translation>
    </message>
    <message>
        <source>Págalo antes del {deadline} (hora de Lima)</source>
        <translation>Pay before {deadline} (Lima time)</translation>
    </message>
    <message>
        <source>Se abrirá el chat con +{number}</source>
        <translation>Opens the chat with +{number}</translation>
    </message>
    <message>
        <source>WhatsApp le pedirá elegir el contacto</source>
        <translation>WhatsApp will ask you to choose the contact</translation>
    </message>
    <message>
        <source>✓ Cobro pagado</source>
        <translation>✓ Charge paid</translation>
    </message>
    <message>
        <source>✓ Pagado</source>
        <translation>✓ Paid</translation>
    </message>
    <message>
        <source>✓ Pagado el {when}</source>
        <translation>✓ Paid on {when}</translation>
    </message>
    <message>
        <source>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora)</source>
        <translation>Print the receipt on {uri} (Ctrl+P: choose printer)</translation>
    </message>
    <message>
        <source>Formato para Guardar PDF y para Ctrl+P (el ticket sale al ancho de la ticketera)</source>
        <translation>Format for Save PDF and for Ctrl+P (the receipt comes out at the receipt printer&apos;s width)</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Preparando…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Imprimiendo…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>CIP {cip} copiado</source>
        <translation>CIP {cip} copied</translation>
    </message>
    <message>
        <source>Enlace de pago copiado</source>
        <translation>Payment link copied</translation>
    </message>
    <message>
        <source>Mensaje copiado; péguelo en el chat del cliente</source>
        <translation>Message copied; paste it into the customer’s chat</translation>
    </message>
    <message>
        <source>No se pudo abrir WhatsApp; use «Copiar texto» y péguelo en el chat</source>
        <translation>Could not open WhatsApp; use “Copy text” and paste it into the chat</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>Use de 1 a 40 letras minúsculas, números, «-» o «_» (sin espacios ni tildes).</source>
        <translation>Use 1 to 40 lowercase letters, numbers, “-” or “_” (no spaces or accents).</translation>
    </message>
    <message>
        <source>Ya existe un perfil con ese nombre.</source>
        <translation>A profile with that name already exists.</translation>
    </message>
    <message>
        <source>El perfil demo viene incluido y no se puede cambiar.</source>
        <translation>The demo profile is built in and cannot be changed.</translation>
    </message>
    <message>
        <source>Ese perfil ya no existe.</source>
        <translation>That profile no longer exists.</translation>
    </message>
    <message>
        <source>Un perfil no se puede renombrar: cree uno nuevo.</source>
        <translation>A profile cannot be renamed: create a new one.</translation>
    </message>
    <message>
        <source>Elija el entorno.</source>
        <translation>Choose the environment.</translation>
    </message>
    <message>
        <source>El entorno de un perfil no cambia (sus datos no se mezclan): cree otro perfil.</source>
        <translation>A profile’s environment cannot change (its data is kept separate): create another profile.</translation>
    </message>
    <message>
        <source>Escriba una dirección como https://servidor[:puerto][/ruta].</source>
        <translation>Enter an address like https://server[:port][/path].</translation>
    </message>
    <message>
        <source>Use https: http solo se permite hacia esta misma PC (sandbox local).</source>
        <translation>Use https: http is only allowed to this same PC (local sandbox).</translation>
    </message>
    <message>
        <source>Un perfil de producción no puede usar el servidor de pruebas o local {detail}.</source>
        <translation>A production profile cannot use the test or local server {detail}.</translation>
    </message>
    <message>
        <source>Un perfil sandbox no puede usar el servidor de producción {detail}.</source>
        <translation>A sandbox profile cannot use the production server {detail}.</translation>
    </message>
    <message>
        <source>El ID de servicio es un número entero mayor que cero.</source>
        <translation>The service ID is a whole number greater than zero.</translation>
    </message>
    <message>
        <source>Use una dirección como postgresql+psycopg://servidor/base, sin contraseña (use un archivo .pgpass), y no la comparta entre entornos distintos.</source>
        <translation>Use an address like postgresql+psycopg://server/database, without a password (use a .pgpass file), and do not share it between different environments.</translation>
    </message>
    <message>
        <source>Escriba la access key.</source>
        <translation>Enter the access key.</translation>
    </message>
    <message>
        <source>Escriba la secret key.</source>
        <translation>Enter the secret key.</translation>
    </message>
    <message>
        <source>El perfil demo se prueba mientras está en uso (su simulador no está abierto).</source>
        <translation>The demo profile is tested while it is in use (its simulator is not open).</translation>
    </message>
    <message>
        <source>Admite como máximo {detail} caracteres.</source>
        <translation>At most {detail} characters.</translation>
    </message>
    <message>
        <source>El RUC tiene 11 dígitos.</source>
        <translation>The RUC has 11 digits.</translation>
    </message>
    <message>
        <source>RUC no válido: revise los dígitos (el último es un dígito verificador).</source>
        <translation>Invalid RUC: check the digits (the last one is a check digit).</translation>
    </message>
    <message>
        <source>No se puede leer el archivo del logo.</source>
        <translation>Cannot read the logo file.</translation>
    </message>
    <message>
        <source>El logo debe ser PNG o JPEG.</source>
        <translation>The logo must be PNG or JPEG.</translation>
    </message>
    <message>
        <source>El logo pesa más de 2 MB.</source>
        <translation>The logo is larger than 2 MB.</translation>
    </message>
    <message>
        <source>Elija entre 1 y {detail} horas.</source>
        <translation>Choose between 1 and {detail} hours.</translation>
    </message>
    <message>
        <source>Valor no válido.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <source>Elija de 0 (solo a mano) a {detail} minutos.</source>
        <translation>Choose from 0 (manual only) to {detail} minutes.</translation>
    </message>
    <message>
        <source>Elija de 0 (nunca) a {detail} minutos.</source>
        <translation>Choose from 0 (never) to {detail} minutes.</translation>
    </message>
    <message>
        <source>Elija un porcentaje entre 50 y {detail}.</source>
        <translation>Choose a percentage between 50 and {detail}.</translation>
    </message>
    <message>
        <source>Debe ser menor o igual que el de «atención» ({detail} %).</source>
        <translation>It must be at most the amber one ({detail} %).</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>It has control or invisible characters: type it again.</translation>
    </message>
    <message>
        <source>Escriba dónde está la impresora (o elija «Ninguna»).</source>
        <translation>Enter where the printer is (or choose “None”).</translation>
    </message>
    <message>
        <source>Elija cómo está conectada.</source>
        <translation>Choose how it is connected.</translation>
    </message>
    <message>
        <source>Revise la dirección: como en el ejemplo gris del campo.</source>
        <translation>Check the address: like the grey example in the field.</translation>
    </message>
    <message>
        <source>El puerto es un número de 1 a 65535 (casi siempre 9100).</source>
        <translation>The port is a number from 1 to 65535 (almost always 9100).</translation>
    </message>
    <message>
        <source>Escriba el fabricante y el producto en hexadecimal, p. ej. 04b8:0202 (lsusb o el Administrador de dispositivos los muestran).</source>
        <translation>Enter the vendor and product in hexadecimal, e.g. 04b8:0202 (lsusb or Device Manager show them).</translation>
    </message>
    <message>
        <source>Opción no válida después del «?»: use baudrate=9600 (serie) u out_ep=0x01 (USB).</source>
        <translation>Invalid option after the “?”: use baudrate=9600 (serial) or out_ep=0x01 (USB).</translation>
    </message>
    <message>
        <source>Elija un número hasta {detail}.</source>
        <translation>Choose a number up to {detail}.</translation>
    </message>
    <message>
        <source>Esa carpeta no existe: conecte la memoria USB o elija otra con «Elegir…».</source>
        <translation>That folder does not exist: plug in the USB drive or choose another with «Choose…».</translation>
    </message>
    <message>
        <source>Entre 256 y {detail} puntos por línea.</source>
        <translation>Between 256 and {detail} dots per line.</translation>
    </message>
    <message>
        <source>«{detail}» no se puede imprimir en el voucher: escríbalo con letras latinas.</source>
        <translation>“{detail}” cannot be printed on the voucher: write it in Latin letters.</translation>
    </message>
    <message>
        <source>Valor no válido ({code}).</source>
        <translation>Invalid value ({code}).</translation>
    </message>
    <message>
        <source>¡Atención! El reloj de esta PC difiere {skew} del de PagoEfectivo (más de 5 minutos). Corrija la fecha y la hora de la PC: si no, PagoEfectivo rechazará las autorizaciones.</source>
        <translation>Warning! This PC’s clock differs from PagoEfectivo’s by {skew} (more than 5 minutes). Correct the PC’s date and time: otherwise, PagoEfectivo will reject authorizations.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales: revise el ID de servicio, la access key y la secret key.</source>
        <translation>PagoEfectivo rejected the credentials: check the service ID, the access key and the secret key.</translation>
    </message>
    <message>
        <source>No se pudo conectar con {url}. Revise la conexión a internet y la URL base.</source>
        <translation>Could not connect to {url}. Check the internet connection and the base URL.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo. Intente de nuevo.</source>
        <translation>PagoEfectivo did not respond in time. Try again.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error (HTTP {status}). Intente más tarde.</source>
        <translation>PagoEfectivo had an error (HTTP {status}). Try again later.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud ({code}): {message}</source>
        <translation>PagoEfectivo rejected the request ({code}): {message}</translation>
    </message>
    <message>
        <source>La prueba falló: {error}</source>
        <translation>The test failed: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Ajustes</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Perfiles y conexión</source>
        <translation>Profiles and connection</translation>
    </message>
    <message>
        <source>Comercio y preferencias</source>
        <translation>Business and preferences</translation>
    </message>
    <message>
        <source>Impresoras</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Copias de seguridad</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Usuarios</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Ajustes guardados.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>SettlementImport</name>
    <message>
        <source>CIP</source>
        <translation>CIP</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Fecha de pago</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Nro. de operación</source>
        <translation>Operation no.</translation>
    </message>
    <message>
        <source>Coinciden</source>
        <translation>Matching</translation>
    </message>
    <message>
        <source>Monto distinto</source>
        <translation>Different amount</translation>
    </message>
    <message>
        <source>CIP desconocido</source>
        <translation>Unknown CIP</translation>
    </message>
    <message>
        <source>Ya pagados</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>No admiten pago</source>
        <translation>Not payable</translation>
    </message>
    <message>
        <source>No válidas</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>No se encuentra el archivo.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo ({detail}). ¿Está abierto en otro programa o dañado?</source>
        <translation>Could not read the file ({detail}). Is it open in another program or damaged?</translation>
    </message>
    <message>
        <source>El archivo no es un CSV ni un Excel (.xlsx). Guárdelo en uno de esos.</source>
        <translation>The file is neither a CSV nor an Excel file (.xlsx). Save it in one of those formats.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande ({detail}). Divídalo en partes.</source>
        <translation>The file is too large ({detail}). Split it into parts.</translation>
    </message>
    <message>
        <source>El archivo no parece una tabla: hacen falta encabezados y al menos dos columnas.</source>
        <translation>The file does not look like a table: it needs headers and at least two columns.</translation>
    </message>
    <message>
        <source>El archivo no tiene líneas de datos.</source>
        <translation>The file has no data lines.</translation>
    </message>
    <message>
        <source>Elija la columna de: {detail}.</source>
        <translation>Choose the column for: {detail}.</translation>
    </message>
    <message>
        <source>Revise las columnas elegidas ({detail}).</source>
        <translation>Check the chosen columns ({detail}).</translation>
    </message>
    <message>
        <source>Falta el CIP</source>
        <translation>CIP missing</translation>
    </message>
    <message>
        <source>CIP no válido «{detail}»</source>
        <translation>Invalid CIP “{detail}”</translation>
    </message>
    <message>
        <source>Falta el monto</source>
        <translation>Amount missing</translation>
    </message>
    <message>
        <source>Monto no válido «{detail}»</source>
        <translation>Invalid amount “{detail}”</translation>
    </message>
    <message>
        <source>El monto debe ser mayor que cero «{detail}»</source>
        <translation>The amount must be greater than zero “{detail}”</translation>
    </message>
    <message>
        <source>El monto admite como máximo dos decimales «{detail}»</source>
        <translation>The amount allows at most two decimal places “{detail}”</translation>
    </message>
    <message>
        <source>Moneda no válida «{detail}» (use PEN o USD)</source>
        <translation>Invalid currency “{detail}” (use PEN or USD)</translation>
    </message>
    <message>
        <source>La moneda «{detail}» no coincide con el símbolo del monto</source>
        <translation>The currency “{detail}” does not match the amount’s symbol</translation>
    </message>
    <message>
        <source>Fecha de pago no válida «{detail}» (use dd/mm/aaaa hh:mm)</source>
        <translation>Invalid payment date “{detail}” (use dd/mm/yyyy hh:mm)</translation>
    </message>
    <message>
        <source>La fecha de pago «{detail}» está en el futuro</source>
        <translation>The payment date “{detail}” is in the future</translation>
    </message>
    <message>
        <source>Número de operación no válido «{detail}»</source>
        <translation>Invalid operation number “{detail}”</translation>
    </message>
    <message>
        <source>CIP repetido: ya figura en la línea {detail}</source>
        <translation>Duplicate CIP: already on line {detail}</translation>
    </message>
    <message>
        <source>Es un Excel antiguo (.xls): ábralo y guárdelo como .xlsx o CSV.</source>
        <translation>This is an old Excel file (.xls): open it and save it as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>No se puede usar el archivo: {error}</source>
        <translation>Cannot use the file: {error}</translation>
    </message>
    <message>
        <source>No es un voucher de este perfil</source>
        <translation>Not a voucher of this profile</translation>
    </message>
    <message>
        <source>El voucher está «{status}»: no admite un pago</source>
        <translation>The voucher is “{status}”: it cannot take a payment</translation>
    </message>
    <message>
        <source>Archivo {theirs}, voucher {ours}</source>
        <translation>File {theirs}, voucher {ours}</translation>
    </message>
    <message>
        <source>Ya pagado con otra operación ({ours})</source>
        <translation>Already paid with another operation ({ours})</translation>
    </message>
    <message>
        <source>Ya estaba pagado</source>
        <translation>Was already paid</translation>
    </message>
    <message>
        <source>Se marcará pagado (fuera de plazo: pagado después del vencimiento)</source>
        <translation>Will be marked as paid (after expiry: paid after the deadline)</translation>
    </message>
    <message>
        <source>Se marcará pagado</source>
        <translation>Will be marked as paid</translation>
    </message>
</context>
<context>
    <name>SlipViewer</name>
    <message>
        <source>Constancia de pago — {name}</source>
        <translation>Payment slip — {name}</translation>
    </message>
    <message>
        <source>Guardar copia…</source>
        <translation>Save a copy…</translation>
    </message>
    <message>
        <source>Guardar la constancia en un archivo</source>
        <translation>Save the payment slip to a file</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Esta constancia no se puede mostrar: no es una imagen legible.</source>
        <translation>This payment slip cannot be shown: it is not a readable image.</translation>
    </message>
    <message>
        <source>Guardar copia de la constancia</source>
        <translation>Save a copy of the payment slip</translation>
    </message>
    <message>
        <source>Constancia (*{suffix})</source>
        <translation>Payment slip (*{suffix})</translation>
    </message>
    <message>
        <source>Copia guardada: {name}</source>
        <translation>Copy saved: {name}</translation>
    </message>
    <message>
        <source>No se pudo guardar la copia: {reason}</source>
        <translation>Could not save the copy: {reason}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Cajero</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>emitir cobros</source>
        <translation>issue charges</translation>
    </message>
    <message>
        <source>imprimir</source>
        <translation>print</translation>
    </message>
    <message>
        <source>consultar</source>
        <translation>check</translation>
    </message>
    <message>
        <source>extender vencimientos</source>
        <translation>extend deadlines</translation>
    </message>
    <message>
        <source>extender un vencimiento más de 72 horas</source>
        <translation>extend a deadline by more than 72 hours</translation>
    </message>
    <message>
        <source>solicitar marcas manuales</source>
        <translation>request manual marks</translation>
    </message>
    <message>
        <source>marcar pagos o vencimientos</source>
        <translation>mark payments or expiries</translation>
    </message>
    <message>
        <source>marcar sin segunda aprobación</source>
        <translation>mark without a second approval</translation>
    </message>
    <message>
        <source>aprobar o rechazar solicitudes</source>
        <translation>approve or reject requests</translation>
    </message>
    <message>
        <source>anular</source>
        <translation>annul</translation>
    </message>
    <message>
        <source>importar liquidaciones</source>
        <translation>import settlements</translation>
    </message>
    <message>
        <source>ver el cierre de otros cajeros</source>
        <translation>see other cashiers&apos; closing</translation>
    </message>
    <message>
        <source>revisar discrepancias</source>
        <translation>review discrepancies</translation>
    </message>
    <message>
        <source>sincronizar</source>
        <translation>synchronize</translation>
    </message>
    <message>
        <source>administrar usuarios</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>administrar perfiles y claves</source>
        <translation>manage profiles and keys</translation>
    </message>
    <message>
        <source>cambiar los ajustes</source>
        <translation>change the settings</translation>
    </message>
    <message>
        <source>restablecer el PIN de un cajero</source>
        <translation>reset a cashier&apos;s PIN</translation>
    </message>
    <message>
        <source>No existe ese usuario.</source>
        <translation>There is no such user.</translation>
    </message>
    <message>
        <source>Ese usuario está desactivado.</source>
        <translation>That user is disabled.</translation>
    </message>
    <message>
        <source>Inicie sesión para continuar.</source>
        <translation>Sign in to continue.</translation>
    </message>
    <message>
        <source>Escriba el PIN.</source>
        <translation>Type the PIN.</translation>
    </message>
    <message>
        <source>El PIN o la contraseña tiene caracteres no permitidos.</source>
        <translation>The PIN or password has characters that are not allowed.</translation>
    </message>
    <message>
        <source>El PIN debe tener de 4 a 8 dígitos.</source>
        <translation>The PIN must have 4 to 8 digits.</translation>
    </message>
    <message>
        <source>PIN demasiado débil: no repita un solo dígito.</source>
        <translation>PIN too weak: do not repeat one digit.</translation>
    </message>
    <message>
        <source>PIN demasiado débil: no use una serie (1234, 9876…).</source>
        <translation>PIN too weak: do not use a run (1234, 9876…).</translation>
    </message>
    <message>
        <source>La contraseña debe tener de 8 a 64 caracteres.</source>
        <translation>The password must have 8 to 64 characters.</translation>
    </message>
    <message>
        <source>Los dos PIN no coinciden.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <source>Escriba el nombre.</source>
        <translation>Type the name.</translation>
    </message>
    <message>
        <source>El nombre admite hasta 40 caracteres.</source>
        <translation>The name takes up to 40 characters.</translation>
    </message>
    <message>
        <source>El nombre tiene caracteres no permitidos.</source>
        <translation>The name has characters that are not allowed.</translation>
    </message>
    <message>
        <source>Ya existe un usuario con ese nombre.</source>
        <translation>A user with that name already exists.</translation>
    </message>
    <message>
        <source>Es el último administrador: no se puede desactivar ni cambiar de rol.</source>
        <translation>This is the last administrator: it cannot be disabled or change role.</translation>
    </message>
    <message>
        <source>Otra caja cambió este usuario a la vez. Se muestran sus datos actuales.</source>
        <translation>Another station changed this user at the same time. Its current data is shown.</translation>
    </message>
    <message>
        <source>El perfil ya tiene usuarios.</source>
        <translation>The profile already has users.</translation>
    </message>
    <message>
        <source>Quien pidió la aprobación no puede aprobarla: otra persona.</source>
        <translation>Whoever asked for the approval cannot give it: someone else must.</translation>
    </message>
    <message>
        <source>Su rol no permite {action}: se necesita un {role}.</source>
        <translation>Your role does not allow you to {action}: a {role} is needed.</translation>
    </message>
    <message>
        <source>PIN incorrecto (intentos restantes: {left}).</source>
        <translation>Wrong PIN ({left} attempts left).</translation>
    </message>
    <message>
        <source>Demasiados PIN incorrectos: usuario bloqueado hasta las {time}.</source>
        <translation>Too many wrong PINs: user locked until {time}.</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Todos</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Estado: Todos</source>
        <translation>Status: All</translation>
    </message>
    <message>
        <source>Estado: {name}</source>
        <translation>Status: {name}</translation>
    </message>
    <message>
        <source>Estados: {n}</source>
        <translation>Statuses: {n}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Salud de la conexión…</source>
        <translation>Connection health…</translation>
    </message>
    <message>
        <source>Cómo viene respondiendo PagoEfectivo y si llegan las notificaciones</source>
        <translation>How PagoEfectivo has been answering and whether notifications arrive</translation>
    </message>
    <message>
        <source>Cobrado hoy</source>
        <translation>Collected today</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Por vencer en 24&#xa0;h</source>
        <translation>Due within 24&#xa0;h</translation>
    </message>
    <message>
        <source>Pagos tardíos</source>
        <translation>Late payments</translation>
    </message>
    <message>
        <source>Discrepancias</source>
        <translation>Discrepancies</translation>
    </message>
    <message>
        <source>Pagos con fecha de hoy (hora de Lima). Clic: verlos en Historial</source>
        <translation>Payments dated today (Lima time). Click: see them in History</translation>
    </message>
    <message>
        <source>Todo lo que aún se puede cobrar. Clic: verlos en Historial</source>
        <translation>Everything that can still be paid. Click: see it in History</translation>
    </message>
    <message>
        <source>Pendientes que vencen en las próximas 24 horas. Clic: Conciliación</source>
        <translation>Pending charges due in the next 24 hours. Click: Reconciliation</translation>
    </message>
    <message>
        <source>Pagados después del vencimiento (últimos 30 días), sin revisar. Clic: Conciliación</source>
        <translation>Paid after the deadline (last 30 days), not reviewed. Click: Reconciliation</translation>
    </message>
    <message>
        <source>PagoEfectivo y este registro no coinciden, sin revisar. Clic: Conciliación</source>
        <translation>PagoEfectivo and this record disagree, not reviewed. Click: Reconciliation</translation>
    </message>
    <message>
        <source>Cobrado por día, últimos 30 días (hora de Lima)</source>
        <translation>Collected per day, last 30 days (Lima time)</translation>
    </message>
    <message>
        <source>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</source>
        <translation>dddd, MMMM d, yyyy</translation>
    </message>
    <message>
        <source>{day} · datos de las {time}</source>
        <translation>{day} · figures as of {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pago(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cobro(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el resumen: {error}</source>
        <translation>Could not read the summary: {error}</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sincronizar ahora</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Consultar ya a PagoEfectivo el estado de los cobros pendientes</source>
        <translation>Ask PagoEfectivo now for the status of the pending vouchers</translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Canceling…</translation>
    </message>
    <message>
        <source>{done} de {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>La sincronización no empezó. Intente de nuevo en un momento.</source>
        <translation>The sync did not start. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>CIP {cip}</source>
        <translation>CIP {cip}</translation>
    </message>
</context>
<context>
    <name>ThermalPrinting</name>
    <message>
        <source>La impresora no responde en {uri}: revise que esté encendida y conectada a la red.</source>
        <translation>The printer does not answer at {uri}: check that it is on and connected to the network.</translation>
    </message>
    <message>
        <source>No se encuentra la impresora {uri} en la red: revise el nombre.</source>
        <translation>The printer {uri} is not found on the network: check the name.</translation>
    </message>
    <message>
        <source>La impresora no terminó de recibir el ticket a tiempo.</source>
        <translation>The printer did not finish receiving the receipt in time.</translation>
    </message>
    <message>
        <source>No se encuentra la impresora {uri}: revise el cable, el nombre o la cola.</source>
        <translation>The printer {uri} is not found: check the cable, the name or the queue.</translation>
    </message>
    <message>
        <source>El sistema no da permiso para usar la impresora {uri}.</source>
        <translation>The system does not allow using the printer {uri}.</translation>
    </message>
    <message>
        <source>La impresora no tiene papel.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>La tapa de la impresora está abierta.</source>
        <translation>The printer&apos;s cover is open.</translation>
    </message>
    <message>
        <source>La impresora está en error: revise el cortador, o apáguela y vuelva a encenderla.</source>
        <translation>The printer reports an error: check the cutter, or turn it off and on again.</translation>
    </message>
    <message>
        <source>CUPS no está instalado en esta PC (falta el comando lp).</source>
        <translation>CUPS is not installed on this PC (the lp command is missing).</translation>
    </message>
    <message>
        <source>CUPS rechazó el ticket: {detail}</source>
        <translation>CUPS refused the receipt: {detail}</translation>
    </message>
    <message>
        <source>Una impresora win32raw:// solo se usa desde Windows.</source>
        <translation>A win32raw:// printer can only be used from Windows.</translation>
    </message>
    <message>
        <source>Falta libusb para imprimir por USB en esta PC.</source>
        <translation>libusb is missing to print over USB on this PC.</translation>
    </message>
    <message>
        <source>La impresora cortó la conexión a mitad del ticket.</source>
        <translation>The printer dropped the connection in the middle of the receipt.</translation>
    </message>
    <message>
        <source>No hay impresora térmica configurada (Ajustes → Impresoras).</source>
        <translation>No thermal printer is set up (Settings → Printers).</translation>
    </message>
    <message>
        <source>Este cobro no tiene un CIP confirmado: no hay voucher que imprimir.</source>
        <translation>This charge has no confirmed CIP: there is no voucher to print.</translation>
    </message>
    <message>
        <source>La dirección de la impresora no es válida (Ajustes → Impresoras).</source>
        <translation>The printer&apos;s address is not valid (Settings → Printers).</translation>
    </message>
    <message>
        <source>No se imprimió: {problem} El cobro no cambió.</source>
        <translation>Not printed: {problem} The charge did not change.</translation>
    </message>
    <message>
        <source>No se imprimió: {problem}</source>
        <translation>Not printed: {problem}</translation>
    </message>
    <message>
        <source>No se imprimió: {error}</source>
        <translation>Not printed: {error}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Cerrar el aviso</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>UnconfirmedPanel</name>
    <message>
        <source>Cobro sin confirmar</source>
        <translation>Unconfirmed charge</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo y no sabemos si el código de pago se generó. No entregue ningún código al cliente.</source>
        <translation>PagoEfectivo did not respond in time and we don’t know whether the payment code was generated. Do not give any code to the customer.</translation>
    </message>
    <message>
        <source>«Reintentar» pide un código nuevo a PagoEfectivo. «Descartar» deja este intento como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</source>
        <translation>“Retry” requests a new code from PagoEfectivo. “Discard” marks this attempt as not issued; if the code was generated, nobody knows it and it will expire unpaid.</translation>
    </message>
    <message>
        <source>Reintentar</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Reintentando…</source>
        <translation>Retrying…</translation>
    </message>
</context>
<context>
    <name>UserBadge</name>
    <message>
        <source>Cambiar usuario</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Bloquear y dejar que otra persona entre con su PIN ({key})</source>
        <translation>Lock and let another person sign in with their PIN ({key})</translation>
    </message>
    <message>
        <source>Bloquear</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Ocultar los datos de los clientes hasta que vuelva a escribir su PIN</source>
        <translation>Hide the customers&apos; data until you type your PIN again</translation>
    </message>
    <message>
        <source>Usuario que trabaja ahora en esta caja</source>
        <translation>The user working at this counter now</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bloqueado hasta</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Usuario elegido</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Cambiar rol</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Acceso</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>nuevo PIN</source>
        <translation>new PIN</translation>
    </message>
    <message>
        <source>otra vez</source>
        <translation>again</translation>
    </message>
    <message>
        <source>Restablecer PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Nuevo PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Repita</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Nuevo usuario</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Agregar usuario</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Usuario elegido: {name}</source>
        <translation>Selected user: {name}</translation>
    </message>
    <message>
        <source>Activar</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Usuario {name} actualizado.</source>
        <translation>User {name} updated.</translation>
    </message>
    <message>
        <source>Usuario {name} agregado como {role}.</source>
        <translation>User {name} added as {role}.</translation>
    </message>
</context>
<context>
    <name>VoucherDetail</name>
    <message>
        <source>PagoEfectivo</source>
        <translation>PagoEfectivo</translation>
    </message>
    <message>
        <source>consulta</source>
        <translation>status check</translation>
    </message>
    <message>
        <source>notificación</source>
        <translation>notification</translation>
    </message>
    <message>
        <source>archivo de liquidación</source>
        <translation>settlement file</translation>
    </message>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
    <message>
        <source>pago confirmado después del vencimiento</source>
        <translation>payment confirmed after expiry</translation>
    </message>
    <message>
        <source>extorno</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>se emitió un nuevo intento</source>
        <translation>a new attempt was issued</translation>
    </message>
    <message>
        <source>descartado por el personal</source>
        <translation>discarded by staff</translation>
    </message>
    <message>
        <source>cambio no permitido</source>
        <translation>change not allowed</translation>
    </message>
    <message>
        <source>un pago solo se revierte con extorno</source>
        <translation>a payment can only be undone by a reversal</translation>
    </message>
    <message>
        <source>no corresponde a un extorno</source>
        <translation>not a reversal</translation>
    </message>
    <message>
        <source>el monto no coincide</source>
        <translation>the amount does not match</translation>
    </message>
    <message>
        <source>la moneda no coincide</source>
        <translation>the currency does not match</translation>
    </message>
    <message>
        <source>PagoEfectivo informa otro estado</source>
        <translation>PagoEfectivo reports a different status</translation>
    </message>
    <message>
        <source>espera la aprobación de otra persona</source>
        <translation>awaiting another person’s approval</translation>
    </message>
    <message>
        <source>solicitud rechazada por un supervisor</source>
        <translation>request rejected by a supervisor</translation>
    </message>
    <message>
        <source>el número de operación no coincide</source>
        <translation>the operation number does not match</translation>
    </message>
    <message>
        <source>la referencia del pedido no coincide</source>
        <translation>the order reference does not match</translation>
    </message>
    <message>
        <source>pagado después de anularlo</source>
        <translation>paid after being annulled</translation>
    </message>
    <message>
        <source>operación recibida</source>
        <translation>operation number received</translation>
    </message>
    <message>
        <source>vencimiento extendido</source>
        <translation>expiry extended</translation>
    </message>
    <message>
        <source>sellado: los datos del voucher quedaron registrados en la auditoría</source>
        <translation>sealed: the voucher&apos;s data were recorded for the audit</translation>
    </message>
    <message>
        <source>vencimiento extendido en PagoEfectivo</source>
        <translation>expiry extended in PagoEfectivo</translation>
    </message>
    <message>
        <source>vencimiento cambiado en PagoEfectivo</source>
        <translation>expiry changed in PagoEfectivo</translation>
    </message>
    <message>
        <source>confirmado por consulta</source>
        <translation>confirmed by status check</translation>
    </message>
    <message>
        <source>vencido: pasó el plazo de gracia sin pago</source>
        <translation>expired: grace period passed without payment</translation>
    </message>
    <message>
        <source>Se pidió el código a PagoEfectivo pero no llegó la respuesta: no se sabe si se generó. No entregue ningún código al cliente; reintente o descarte este voucher.</source>
        <translation>The code was requested from PagoEfectivo but no response arrived: it is unknown whether it was generated. Do not give any code to the customer; retry or discard this voucher.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error interno y no confirmó el código. Intente más tarde.</source>
        <translation>PagoEfectivo had an internal error and did not confirm the code. Try again later.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo; no se envió nada.</source>
        <translation>Could not connect to PagoEfectivo; nothing was sent.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</source>
        <translation>PagoEfectivo rejected the profile’s credentials (or this PC’s clock is off). Check them in Settings.</translation>
    </message>
    <message>
        <source>Creado</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Vencimiento manual solicitado: espera aprobación</source>
        <translation>Manual expiry requested: awaiting approval</translation>
    </message>
    <message>
        <source>Pago manual solicitado: espera aprobación</source>
        <translation>Manual payment requested: awaiting approval</translation>
    </message>
    <message>
        <source>Discrepancia: {what}</source>
        <translation>Discrepancy: {what}</translation>
    </message>
    <message>
        <source>Pagado según la liquidación</source>
        <translation>Paid according to the settlement file</translation>
    </message>
    <message>
        <source>Marcado como pagado a mano</source>
        <translation>Marked as paid by hand</translation>
    </message>
    <message>
        <source>Sellado para la auditoría</source>
        <translation>Sealed for the audit</translation>
    </message>
    <message>
        <source>Nuevo vencimiento: {when}</source>
        <translation>New expiry: {when}</translation>
    </message>
    <message>
        <source>Revisado</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Solicitud rechazada</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <source>Número de operación recibido: {operation}</source>
        <translation>Operation number received: {operation}</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Emitido por PagoEfectivo</source>
        <translation>Issued by PagoEfectivo</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Vencimiento extendido: vuelve a estar pendiente</source>
        <translation>Expiry extended: awaiting payment again</translation>
    </message>
    <message>
        <source>Extorno: el pago fue revertido</source>
        <translation>Reversal: the payment was reversed</translation>
    </message>
    <message>
        <source>Pagado fuera de plazo</source>
        <translation>Paid after expiry</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Expirado</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Annulled</translation>
    </message>
    <message>
        <source>Rechazado por PagoEfectivo</source>
        <translation>Rejected by PagoEfectivo</translation>
    </message>
    <message>
        <source>Reemplazado por un nuevo intento</source>
        <translation>Replaced by a new attempt</translation>
    </message>
    <message>
        <source>Descartado</source>
        <translation>Discarded</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>el monto confirmado por PagoEfectivo no coincide con el registrado</source>
        <translation>the amount confirmed by PagoEfectivo does not match the recorded amount</translation>
    </message>
    <message>
        <source>la moneda confirmada por PagoEfectivo no coincide con la registrada</source>
        <translation>the currency PagoEfectivo confirmed does not match the one recorded</translation>
    </message>
    <message>
        <source>PagoEfectivo informa «{after}», aquí está «{before}»</source>
        <translation>PagoEfectivo reports “{after}”, here it is “{before}”</translation>
    </message>
    <message>
        <source>PagoEfectivo informó un estado desconocido</source>
        <translation>PagoEfectivo reported an unknown status</translation>
    </message>
    <message>
        <source>se informó «{after}» pero el voucher está «{before}»</source>
        <translation>“{after}” was reported but the voucher is “{before}”</translation>
    </message>
    <message>
        <source>se informó «{after}»</source>
        <translation>“{after}” was reported</translation>
    </message>
    <message>
        <source>sin detalle</source>
        <translation>no details</translation>
    </message>
    <message>
        <source>estado desconocido en PagoEfectivo (código {code})</source>
        <translation>unknown status in PagoEfectivo (code {code})</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud (código {message})</source>
        <translation>PagoEfectivo rejected the request (code {message})</translation>
    </message>
    <message>
        <source>Este voucher está sin confirmar: se pidió el código a PagoEfectivo pero no llegó la respuesta. No tiene un CIP válido que mostrar ni imprimir; no entregue ningún código al cliente.</source>
        <translation>This voucher is unconfirmed: the code was requested from PagoEfectivo but no response arrived. It has no valid CIP to show or print; do not give any code to the customer.</translation>
    </message>
    <message>
        <source>Este voucher no se emitió: PagoEfectivo no generó ningún código de pago, así que no hay CIP ni comprobante que imprimir.</source>
        <translation>This voucher was not issued: PagoEfectivo did not generate a payment code, so there is no CIP or voucher to print.</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>Cobro</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Código de transacción</source>
        <translation>Transaction code</translation>
    </message>
    <message>
        <source>Creado</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Annulled</translation>
    </message>
    <message>
        <source>Última consulta</source>
        <translation>Last checked</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enlace de pago</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <source>Reintento de</source>
        <translation>Retry of</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>{when} por {who}</source>
        <translation>{when} by {who}</translation>
    </message>
    <message>
        <source>{when} · marcado expirado el {marked}, antes de vencer</source>
        <translation>{when} · marked as expired on {marked}, before it was due</translation>
    </message>
    <message>
        <source>{when} ({relative})</source>
        <translation>{when} ({relative})</translation>
    </message>
    <message>
        <source>{when} · fuera de plazo</source>
        <translation>{when} · after expiry</translation>
    </message>
    <message>
        <source>{when} · operación {number}</source>
        <translation>{when} · operation {number}</translation>
    </message>
    <message>
        <source>voucher #{id}</source>
        <translation>voucher #{id}</translation>
    </message>
</context>
<context>
    <name>_Placeholder</name>
    <message>
        <source>Abriendo…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>_ReconcileDialog</name>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
</context>
</TS>
