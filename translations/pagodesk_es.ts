<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES" sourcelanguage="es_PE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Acerca de PagoDesk</source>
        <translation>Acerca de PagoDesk</translation>
    </message>
    <message>
        <source>Reuniendo el diagnóstico…</source>
        <translation>Reuniendo el diagnóstico…</translation>
    </message>
    <message>
        <source>Copiar diagnóstico</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>PagoDesk {version}</source>
        <translation>PagoDesk {version}</translation>
    </message>
    <message>
        <source>Cobros en efectivo con PagoEfectivo</source>
        <translation>Cobros en efectivo con PagoEfectivo</translation>
    </message>
    <message>
        <source>Carpeta de datos:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Abrir carpeta</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>No se pudo reunir el diagnóstico: {error}</source>
        <translation>No se pudo reunir el diagnóstico: {error}</translation>
    </message>
    <message>
        <source>Copiado</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>Acciones:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Volver a consultar</source>
        <translation>Volver a consultar</translation>
    </message>
    <message>
        <source>Preguntar ahora a PagoEfectivo por este voucher (F5)</source>
        <translation>Preguntar ahora a PagoEfectivo por este voucher (F5)</translation>
    </message>
    <message>
        <source>Extender vencimiento…</source>
        <translation>Extender vencimiento…</translation>
    </message>
    <message>
        <source>Dar más plazo para pagar</source>
        <translation>Dar más plazo para pagar</translation>
    </message>
    <message>
        <source>Anular…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>Eliminar el código en PagoEfectivo</source>
        <translation>Eliminar el código en PagoEfectivo</translation>
    </message>
    <message>
        <source>Marcar pagado…</source>
        <translation>Marcar pagado…</translation>
    </message>
    <message>
        <source>Registrar un pago con su número de operación o constancia</source>
        <translation>Registrar un pago con su número de operación o constancia</translation>
    </message>
    <message>
        <source>Marcar expirado…</source>
        <translation>Marcar expirado…</translation>
    </message>
    <message>
        <source>Registrar que este voucher no se pagará</source>
        <translation>Registrar que este voucher no se pagará</translation>
    </message>
    <message>
        <source>Aprobar pago…</source>
        <translation>Aprobar pago…</translation>
    </message>
    <message>
        <source>Aprobar el pago manual solicitado</source>
        <translation>Aprobar el pago manual solicitado</translation>
    </message>
    <message>
        <source>Ver constancia</source>
        <translation>Ver constancia</translation>
    </message>
    <message>
        <source>Abrir la constancia de pago</source>
        <translation>Abrir la constancia de pago</translation>
    </message>
    <message>
        <source>Se podrá marcar expirado desde el {when}, cuando venza: hasta entonces PagoEfectivo acepta el pago. Para que no se pueda pagar desde ahora, use «Anular…».</source>
        <translation>Se podrá marcar expirado desde el {when}, cuando venza: hasta entonces PagoEfectivo acepta el pago. Para que no se pueda pagar desde ahora, use «Anular…».</translation>
    </message>
    <message>
        <source>Espere: se está consultando a PagoEfectivo.</source>
        <translation>Espere: se está consultando a PagoEfectivo.</translation>
    </message>
    <message>
        <source>Este voucher no tiene CIP: no hay nada que hacer en PagoEfectivo.</source>
        <translation>Este voucher no tiene CIP: no hay nada que hacer en PagoEfectivo.</translation>
    </message>
    <message>
        <source>Ya hay un pago manual esperando la aprobación de otra persona.</source>
        <translation>Ya hay un pago manual esperando la aprobación de otra persona.</translation>
    </message>
    <message>
        <source>No disponible para un voucher «{status}».</source>
        <translation>No disponible para un voucher «{status}».</translation>
    </message>
    <message>
        <source>Pago manual pendiente de aprobación (solicitado por {who} el {when}). Otra persona debe aprobarlo con «Aprobar pago…».</source>
        <translation>Pago manual pendiente de aprobación (solicitado por {who} el {when}). Otra persona debe aprobarlo con «Aprobar pago…».</translation>
    </message>
    <message>
        <source>Consultando a PagoEfectivo…</source>
        <translation>Consultando a PagoEfectivo…</translation>
    </message>
    <message>
        <source>Vencimiento extendido: ahora vence el {when}.</source>
        <translation>Vencimiento extendido: ahora vence el {when}.</translation>
    </message>
    <message>
        <source>Anulado en PagoEfectivo: el cliente ya no puede pagar este código.</source>
        <translation>Anulado en PagoEfectivo: el cliente ya no puede pagar este código.</translation>
    </message>
    <message>
        <source>Solicitud registrada: un supervisor debe aprobar el pago.</source>
        <translation>Solicitud registrada: un supervisor debe aprobar el pago.</translation>
    </message>
    <message>
        <source>Marcado como pagado fuera de plazo por {who}.</source>
        <translation>Marcado como pagado fuera de plazo por {who}.</translation>
    </message>
    <message>
        <source>Marcado como pagado por {who}.</source>
        <translation>Marcado como pagado por {who}.</translation>
    </message>
    <message>
        <source>Marcado como expirado.</source>
        <translation>Marcado como expirado.</translation>
    </message>
    <message>
        <source>Solicitud rechazada: el voucher no cambió.</source>
        <translation>Solicitud rechazada: el voucher no cambió.</translation>
    </message>
    <message>
        <source>Aprobado: el voucher quedó como expirado.</source>
        <translation>Aprobado: el voucher quedó como expirado.</translation>
    </message>
    <message>
        <source>Pago aprobado: el voucher quedó como pagado.</source>
        <translation>Pago aprobado: el voucher quedó como pagado.</translation>
    </message>
    <message>
        <source>Abriendo la constancia…</source>
        <translation>Abriendo la constancia…</translation>
    </message>
    <message>
        <source>Esta constancia se guardó solo en la PC donde se registró, antes de que las constancias se guardaran en la base de datos: ábrala en esa PC.</source>
        <translation>Esta constancia se guardó solo en la PC donde se registró, antes de que las constancias se guardaran en la base de datos: ábrala en esa PC.</translation>
    </message>
    <message>
        <source>La constancia guardada no coincide con la registrada: fue alterada. Avise al responsable.</source>
        <translation>La constancia guardada no coincide con la registrada: fue alterada. Avise al responsable.</translation>
    </message>
    <message>
        <source>La constancia guardada no es una imagen ni un PDF que se pueda leer.</source>
        <translation>La constancia guardada no es una imagen ni un PDF que se pueda leer.</translation>
    </message>
    <message>
        <source>No se pudo abrir la constancia: {error}</source>
        <translation>No se pudo abrir la constancia: {error}</translation>
    </message>
    <message>
        <source>No se pudo abrir la constancia. Intente de nuevo o avise al responsable.</source>
        <translation>No se pudo abrir la constancia. Intente de nuevo o avise al responsable.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Enviando a PagoEfectivo…</source>
        <translation>Enviando a PagoEfectivo…</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>No se pudo completar: {error}</translation>
    </message>
</context>
<context>
    <name>AnnulDialog</name>
    <message>
        <source>Anular — CIP {cip}</source>
        <translation>Anular — CIP {cip}</translation>
    </message>
    <message>
        <source>PagoEfectivo eliminará el código de pago {cip}. Esto no se puede deshacer.</source>
        <translation>PagoEfectivo eliminará el código de pago {cip}. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Anular el código</source>
        <translation>Anular el código</translation>
    </message>
    <message>
        <source>El cliente ya no podrá pagar este código.</source>
        <translation>El cliente ya no podrá pagar este código.</translation>
    </message>
    <message>
        <source>p. ej. el cliente canceló el pedido</source>
        <translation>p. ej. el cliente canceló el pedido</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Los pagos de prueba se verán en la próxima sincronización, no al instante.</source>
        <translation>Los pagos de prueba se verán en la próxima sincronización, no al instante.</translation>
    </message>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
    <message>
        <source>Sin registro de actividad: {reason}</source>
        <translation>Sin registro de actividad: {reason}</translation>
    </message>
    <message>
        <source>El perfil «{name}» no tiene credenciales guardadas. Abra PagoDesk con el perfil demo y guárdelas en Ajustes.</source>
        <translation>El perfil «{name}» no tiene credenciales guardadas. Abra PagoDesk con el perfil demo y guárdelas en Ajustes.</translation>
    </message>
    <message>
        <source>Esta PC no tiene la clave de auditoría del perfil «{name}», que otra estación ya usa. En esa estación ejecute «pagodesk audit key show» y aquí «pagodesk audit key import CÓDIGO».</source>
        <translation>Esta PC no tiene la clave de auditoría del perfil «{name}», que otra estación ya usa. En esa estación ejecute «pagodesk audit key show» y aquí «pagodesk audit key import CÓDIGO».</translation>
    </message>
    <message>
        <source>La base de datos del perfil «{name}» ({where}) es otra base de datos.</source>
        <translation>La base de datos del perfil «{name}» ({where}) es otra base de datos.</translation>
    </message>
    <message>
        <source>La base de datos del perfil «{name}» ({where}) está vacía.</source>
        <translation>La base de datos del perfil «{name}» ({where}) está vacía.</translation>
    </message>
    <message>
        <source>No se abre como si fuera nueva: restaure la copia de seguridad o revise la ruta.</source>
        <translation>No se abre como si fuera nueva: restaure la copia de seguridad o revise la ruta.</translation>
    </message>
    <message>
        <source>Los ajustes de PagoDesk no se pueden leer: {detail}</source>
        <translation>Los ajustes de PagoDesk no se pueden leer: {detail}</translation>
    </message>
    <message>
        <source>No se pudo abrir la base de datos del perfil «{name}»: {detail}</source>
        <translation>No se pudo abrir la base de datos del perfil «{name}»: {detail}</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Solicitado por {who} el {when}.</source>
        <translation>Solicitado por {who} el {when}.</translation>
    </message>
    <message>
        <source>Motivo: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Aprobar vencimiento manual</source>
        <translation>Aprobar vencimiento manual</translation>
    </message>
    <message>
        <source>Aprobar vencimiento</source>
        <translation>Aprobar vencimiento</translation>
    </message>
    <message>
        <source>Al aprobar, el voucher quedará como expirado.</source>
        <translation>Al aprobar, el voucher quedará como expirado.</translation>
    </message>
    <message>
        <source>Aprobar pago manual</source>
        <translation>Aprobar pago manual</translation>
    </message>
    <message>
        <source>Aprobar pago</source>
        <translation>Aprobar pago</translation>
    </message>
    <message>
        <source>Revise la constancia antes de aprobar: el voucher quedará como pagado.</source>
        <translation>Revise la constancia antes de aprobar: el voucher quedará como pagado.</translation>
    </message>
    <message>
        <source>nombre del supervisor</source>
        <translation>nombre del supervisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>su PIN</source>
        <translation>su PIN</translation>
    </message>
    <message>
        <source>PIN del supervisor</source>
        <translation>PIN del supervisor</translation>
    </message>
    <message>
        <source>solo para rechazarla</source>
        <translation>solo para rechazarla</translation>
    </message>
    <message>
        <source>Motivo del rechazo</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Rechazar solicitud</source>
        <translation>Rechazar solicitud</translation>
    </message>
    <message>
        <source>Número de operación: {number}</source>
        <translation>Número de operación: {number}</translation>
    </message>
    <message>
        <source>Constancia: {name}</source>
        <translation>Constancia: {name}</translation>
    </message>
</context>
<context>
    <name>AskDialog</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>No se restauró «{name}»: {error}</source>
        <translation>No se restauró «{name}»: {error}</translation>
    </message>
    <message>
        <source>Copia «{name}» restaurada (sello {head}). Los datos que reemplazó quedaron en {safety}.</source>
        <translation>Copia «{name}» restaurada (sello {head}). Los datos que reemplazó quedaron en {safety}.</translation>
    </message>
    <message>
        <source>la carpeta {detail} no está: conecte la memoria USB o elija otra</source>
        <translation>la carpeta {detail} no está: conecte la memoria USB o elija otra</translation>
    </message>
    <message>
        <source>no se pudo escribir la copia ({detail})</source>
        <translation>no se pudo escribir la copia ({detail})</translation>
    </message>
    <message>
        <source>esta PC no tiene la clave de la cadena de auditoría del perfil</source>
        <translation>esta PC no tiene la clave de la cadena de auditoría del perfil</translation>
    </message>
    <message>
        <source>el perfil aún no tiene base de datos</source>
        <translation>el perfil aún no tiene base de datos</translation>
    </message>
    <message>
        <source>«{detail}» no es una copia de PagoDesk que se pueda leer</source>
        <translation>«{detail}» no es una copia de PagoDesk que se pueda leer</translation>
    </message>
    <message>
        <source>la copia está dañada ({detail}); use otra</source>
        <translation>la copia está dañada ({detail}); use otra</translation>
    </message>
    <message>
        <source>la copia no pasa la auditoría: {detail}; use otra</source>
        <translation>la copia no pasa la auditoría: {detail}; use otra</translation>
    </message>
    <message>
        <source>«{detail}» es una copia de otro perfil</source>
        <translation>«{detail}» es una copia de otro perfil</translation>
    </message>
    <message>
        <source>Cierre PagoDesk y el receptor antes de restaurar</source>
        <translation>Cierre PagoDesk y el receptor antes de restaurar</translation>
    </message>
    <message>
        <source>el perfil «{detail}» ya existe en esta PC: para reemplazarlo, cierre PagoDesk y use «pagodesk move-in ARCHIVO --replace»</source>
        <translation>el perfil «{detail}» ya existe en esta PC: para reemplazarlo, cierre PagoDesk y use «pagodesk move-in ARCHIVO --replace»</translation>
    </message>
    <message>
        <source>«{detail}» no es un archivo de mudanza de PagoDesk que se pueda leer</source>
        <translation>«{detail}» no es un archivo de mudanza de PagoDesk que se pueda leer</translation>
    </message>
    <message>
        <source>«{detail}» es demasiado grande para un archivo de mudanza</source>
        <translation>«{detail}» es demasiado grande para un archivo de mudanza</translation>
    </message>
    <message>
        <source>falló ({code}: {detail})</source>
        <translation>falló ({code}: {detail})</translation>
    </message>
    <message>
        <source>Copias de seguridad de este perfil</source>
        <translation>Copias de seguridad de este perfil</translation>
    </message>
    <message>
        <source>Leyendo las copias…</source>
        <translation>Leyendo las copias…</translation>
    </message>
    <message>
        <source>Este perfil usa PostgreSQL: la app no copia su base. La copia la hace la tarea nocturna del servidor («pagodesk backup», un pg_dump); vea la guía.</source>
        <translation>Este perfil usa PostgreSQL: la app no copia su base. La copia la hace la tarea nocturna del servidor («pagodesk backup», un pg_dump); vea la guía.</translation>
    </message>
    <message>
        <source>PagoDesk copia la base cada día al abrirse y al cerrarse, y comprueba cada copia. Elija una memoria USB o una carpeta sincronizada: si la PC se pierde, la copia no.</source>
        <translation>PagoDesk copia la base cada día al abrirse y al cerrarse, y comprueba cada copia. Elija una memoria USB o una carpeta sincronizada: si la PC se pierde, la copia no.</translation>
    </message>
    <message>
        <source>vacío: {folder}</source>
        <translation>vacío: {folder}</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Carpeta</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Días que guarda</source>
        <translation>Días que guarda</translation>
    </message>
    <message>
        <source>Semanas que guarda</source>
        <translation>Semanas que guarda</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Hacer copia ahora</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restaurar…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Mover a otra PC…</source>
        <translation>Mover a otra PC…</translation>
    </message>
    <message>
        <source>Traer de otra PC…</source>
        <translation>Traer de otra PC…</translation>
    </message>
    <message>
        <source>Copias automáticas: no en este perfil (PostgreSQL).</source>
        <translation>Copias automáticas: no en este perfil (PostgreSQL).</translation>
    </message>
    <message>
        <source>Las copias van a {folder}</source>
        <translation>Las copias van a {folder}</translation>
    </message>
    <message>
        <source>Aún no hay ninguna copia de este perfil.</source>
        <translation>Aún no hay ninguna copia de este perfil.</translation>
    </message>
    <message>
        <source>Última copia buena: {when}</source>
        <translation>Última copia buena: {when}</translation>
    </message>
    <message numerus="yes">
        <source>Última copia: {when}, OK (%n cobro(s); sello {head}).</source>
        <translation>
            <numerusform>Última copia: {when}, OK (%n cobro; sello {head}).</numerusform>
            <numerusform>Última copia: {when}, OK (%n cobros; sello {head}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Última copia: {when}, falló: {error}.</source>
        <translation>Última copia: {when}, falló: {error}.</translation>
    </message>
    <message>
        <source>Carpeta de las copias de seguridad</source>
        <translation>Carpeta de las copias de seguridad</translation>
    </message>
    <message>
        <source>Guardado: las próximas copias usan esta carpeta.</source>
        <translation>Guardado: las próximas copias usan esta carpeta.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Revise los campos marcados: no se guardó nada.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
    <message>
        <source>Copiando y comprobando la base…</source>
        <translation>Copiando y comprobando la base…</translation>
    </message>
    <message>
        <source>Copia comprobada en {file}</source>
        <translation>Copia comprobada en {file}</translation>
    </message>
    <message>
        <source>Restaurar una copia</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Copias de PagoDesk (*.sqlite3)</source>
        <translation>Copias de PagoDesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restaurar</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Los datos de este perfil se reemplazan por los de «{name}». PagoDesk guarda antes una copia de los actuales, cierra el perfil, restaura y lo vuelve a abrir. Cierre el receptor si lo tiene abierto. ¿Continuar?</source>
        <translation>Los datos de este perfil se reemplazan por los de «{name}». PagoDesk guarda antes una copia de los actuales, cierra el perfil, restaura y lo vuelve a abrir. Cierre el receptor si lo tiene abierto. ¿Continuar?</translation>
    </message>
    <message>
        <source>Comprobando la copia…</source>
        <translation>Comprobando la copia…</translation>
    </message>
    <message>
        <source>Mover a otra PC</source>
        <translation>Mover a otra PC</translation>
    </message>
    <message>
        <source>Archivo de mudanza (*.zip)</source>
        <translation>Archivo de mudanza (*.zip)</translation>
    </message>
    <message>
        <source>Preparando el archivo…</source>
        <translation>Preparando el archivo…</translation>
    </message>
    <message>
        <source>Listo: {file}. Llévelo a la otra PC y use «Traer de otra PC…». No lleva claves: allá ingrese de nuevo las de PagoEfectivo y el código de la cadena de auditoría.</source>
        <translation>Listo: {file}. Llévelo a la otra PC y use «Traer de otra PC…». No lleva claves: allá ingrese de nuevo las de PagoEfectivo y el código de la cadena de auditoría.</translation>
    </message>
    <message>
        <source>Traer de otra PC</source>
        <translation>Traer de otra PC</translation>
    </message>
    <message numerus="yes">
        <source>Perfil «{name}» traído (%n cobro(s)). Elíjalo en Perfiles y conexión e ingrese sus claves: no viajan en el archivo.</source>
        <translation>
            <numerusform>Perfil «{name}» traído (%n cobro). Elíjalo en Perfiles y conexión e ingrese sus claves: no viajan en el archivo.</numerusform>
            <numerusform>Perfil «{name}» traído (%n cobros). Elíjalo en Perfiles y conexión e ingrese sus claves: no viajan en el archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>⚠ Sin copia de seguridad</source>
        <translation>⚠ Sin copia de seguridad</translation>
    </message>
    <message>
        <source>Este perfil aún no tiene ninguna copia de seguridad buena.</source>
        <translation>Este perfil aún no tiene ninguna copia de seguridad buena.</translation>
    </message>
    <message>
        <source>⚠ Copia de seguridad vieja</source>
        <translation>⚠ Copia de seguridad vieja</translation>
    </message>
    <message>
        <source>La última copia buena es del {when}.</source>
        <translation>La última copia buena es del {when}.</translation>
    </message>
    <message>
        <source>Conecte la memoria USB (o la carpeta elegida) y pulse «Hacer copia ahora» en Ajustes → Copias de seguridad. Clic: abrir ese panel.</source>
        <translation>Conecte la memoria USB (o la carpeta elegida) y pulse «Hacer copia ahora» en Ajustes → Copias de seguridad. Clic: abrir ese panel.</translation>
    </message>
</context>
<context>
    <name>ClosingDialog</name>
    <message>
        <source>Cierre del día</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>Resumen del día por cajero: emitidos, pagados, vencidos, anulados y conciliados a mano, con totales por moneda.</source>
        <translation>Resumen del día por cajero: emitidos, pagados, vencidos, anulados y conciliados a mano, con totales por moneda.</translation>
    </message>
    <message>
        <source>todos</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>&amp;Día:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Cajero (opcional):</source>
        <translation>&amp;Cajero (opcional):</translation>
    </message>
    <message>
        <source>Guardar…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>En la impresora térmica de esta caja: {uri}</source>
        <translation>En la impresora térmica de esta caja: {uri}</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Guardar cierre del día</source>
        <translation>Guardar cierre del día</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preparando el cierre…</source>
        <translation>Preparando el cierre…</translation>
    </message>
    <message>
        <source>Imprimiendo el cierre…</source>
        <translation>Imprimiendo el cierre…</translation>
    </message>
    <message>
        <source>Cierre del día impreso en {uri}</source>
        <translation>Cierre del día impreso en {uri}</translation>
    </message>
    <message>
        <source>Reintentar impresión</source>
        <translation>Reintentar impresión</translation>
    </message>
    <message>
        <source>Cierre del día guardado en {path}</source>
        <translation>Cierre del día guardado en {path}</translation>
    </message>
    <message>
        <source>No se pudo guardar el cierre: {error}</source>
        <translation>No se pudo guardar el cierre: {error}</translation>
    </message>
</context>
<context>
    <name>CommunicationPanel</name>
    <message>
        <source>Leyendo…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Exportar para reclamo…</source>
        <translation>Exportar para reclamo…</translation>
    </message>
    <message>
        <source>Un ZIP con el voucher, su historial, lo hablado con PagoEfectivo, las constancias y un manifiesto para probar que nada cambió</source>
        <translation>Un ZIP con el voucher, su historial, lo hablado con PagoEfectivo, las constancias y un manifiesto para probar que nada cambió</translation>
    </message>
    <message>
        <source>{requests} · {notifications}</source>
        <translation>{requests} · {notifications}</translation>
    </message>
    <message numerus="yes">
        <source>%n pedido(s) a PagoEfectivo</source>
        <translation>
            <numerusform>%n pedido a PagoEfectivo</numerusform>
            <numerusform>%n pedidos a PagoEfectivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notificación(es)</source>
        <translation>
            <numerusform>%n notificación</numerusform>
            <numerusform>%n notificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer la comunicación: {error}</source>
        <translation>No se pudo leer la comunicación: {error}</translation>
    </message>
    <message>
        <source>sin respuesta</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Pedido {call} → {answer} ({ms} ms)</source>
        <translation>Pedido {call} → {answer} ({ms} ms)</translation>
    </message>
    <message>
        <source>Enviado</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Respuesta</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>firma válida</source>
        <translation>firma válida</translation>
    </message>
    <message>
        <source>firma NO válida</source>
        <translation>firma NO válida</translation>
    </message>
    <message>
        <source>Notificación {event} ({signed}) → {outcome}</source>
        <translation>Notificación {event} ({signed}) → {outcome}</translation>
    </message>
    <message>
        <source>Exportar para reclamo</source>
        <translation>Exportar para reclamo</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Paquete para reclamo guardado: {name}</source>
        <translation>Paquete para reclamo guardado: {name}</translation>
    </message>
    <message>
        <source>No se pudo guardar el paquete: {reason}</source>
        <translation>No se pudo guardar el paquete: {reason}</translation>
    </message>
</context>
<context>
    <name>ConnectionResult</name>
    <message>
        <source>Probando la conexión con PagoEfectivo…</source>
        <translation>Probando la conexión con PagoEfectivo…</translation>
    </message>
    <message>
        <source>Conexión correcta con {url}: código de servicio {code}.</source>
        <translation>Conexión correcta con {url}: código de servicio {code}.</translation>
    </message>
    <message>
        <source>No se pudo medir la diferencia de reloj.</source>
        <translation>No se pudo medir la diferencia de reloj.</translation>
    </message>
    <message>
        <source>Diferencia de reloj con PagoEfectivo: {skew}.</source>
        <translation>Diferencia de reloj con PagoEfectivo: {skew}.</translation>
    </message>
</context>
<context>
    <name>DatabaseIndicator</name>
    <message>
        <source>Sin conexión con la base de datos; reintentando</source>
        <translation>Sin conexión con la base de datos; reintentando</translation>
    </message>
    <message>
        <source>Sin conexión desde las {time}.</source>
        <translation>Sin conexión desde las {time}.</translation>
    </message>
    <message>
        <source>Intentando conectar…</source>
        <translation>Intentando conectar…</translation>
    </message>
    <message>
        <source>Próximo intento a las {time}.</source>
        <translation>Próximo intento a las {time}.</translation>
    </message>
    <message>
        <source>Lo que ve en pantalla sigue a la vista; no se puede emitir hasta que vuelva.</source>
        <translation>Lo que ve en pantalla sigue a la vista; no se puede emitir hasta que vuelva.</translation>
    </message>
    <message>
        <source>Clic: reintentar ahora.</source>
        <translation>Clic: reintentar ahora.</translation>
    </message>
    <message>
        <source>Conexión con la base de datos restablecida.</source>
        <translation>Conexión con la base de datos restablecida.</translation>
    </message>
</context>
<context>
    <name>DateBasisCombo</name>
    <message>
        <source>Fechas de emisión</source>
        <translation>Fechas de emisión</translation>
    </message>
    <message>
        <source>Fechas de pago</source>
        <translation>Fechas de pago</translation>
    </message>
    <message>
        <source>A qué fecha se aplican «Desde» y «Hasta»</source>
        <translation>A qué fecha se aplican «Desde» y «Hasta»</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Explique el motivo.</source>
        <translation>Explique el motivo.</translation>
    </message>
    <message>
        <source>El motivo admite como máximo {detail} caracteres.</source>
        <translation>El motivo admite como máximo {detail} caracteres.</translation>
    </message>
    <message>
        <source>Indique el número de operación o adjunte la constancia de pago.</source>
        <translation>Indique el número de operación o adjunte la constancia de pago.</translation>
    </message>
    <message>
        <source>Número de operación no válido: hasta 14 letras, dígitos o guiones.</source>
        <translation>Número de operación no válido: hasta 14 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <source>No se encuentra el archivo.</source>
        <translation>No se encuentra el archivo.</translation>
    </message>
    <message>
        <source>Adjunte una foto (JPG o PNG) o un PDF de la constancia.</source>
        <translation>Adjunte una foto (JPG o PNG) o un PDF de la constancia.</translation>
    </message>
    <message>
        <source>El archivo está vacío.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>El archivo pesa más de {detail} MB.</source>
        <translation>El archivo pesa más de {detail} MB.</translation>
    </message>
    <message>
        <source>La fecha del pago no puede estar en el futuro.</source>
        <translation>La fecha del pago no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Escriba su nombre.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>La aprobación debe hacerla otra persona, no quien la solicitó.</source>
        <translation>La aprobación debe hacerla otra persona, no quien la solicitó.</translation>
    </message>
    <message>
        <source>La solicitud ya no está vigente: el voucher cambió después.</source>
        <translation>La solicitud ya no está vigente: el voucher cambió después.</translation>
    </message>
    <message>
        <source>No es una solicitud de aprobación.</source>
        <translation>No es una solicitud de aprobación.</translation>
    </message>
    <message>
        <source>El voucher es de otro perfil.</source>
        <translation>El voucher es de otro perfil.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>Tiene caracteres de control o invisibles: escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>No se puede extender: el voucher está «{status}».</source>
        <translation>No se puede extender: el voucher está «{status}».</translation>
    </message>
    <message>
        <source>No se puede anular: el voucher está «{status}».</source>
        <translation>No se puede anular: el voucher está «{status}».</translation>
    </message>
    <message>
        <source>El motivo tiene caracteres de control o invisibles.</source>
        <translation>El motivo tiene caracteres de control o invisibles.</translation>
    </message>
    <message>
        <source>No se puede: el voucher está «{status}». Vuelva a abrirlo.</source>
        <translation>No se puede: el voucher está «{status}». Vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el {when}. Para que no se pueda pagar desde ahora, anúlelo.</source>
        <translation>Todavía no se puede marcar expirado: PagoEfectivo acepta el pago hasta el {when}. Para que no se pueda pagar desde ahora, anúlelo.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</source>
        <translation>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo. Revise la conexión a internet e intente de nuevo.</source>
        <translation>No se pudo conectar con PagoEfectivo. Revise la conexión a internet e intente de nuevo.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo. Intente de nuevo.</source>
        <translation>PagoEfectivo no respondió a tiempo. Intente de nuevo.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error interno. Intente en unos minutos.</source>
        <translation>PagoEfectivo tuvo un error interno. Intente en unos minutos.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud ({code}: {message}).</source>
        <translation>PagoEfectivo rechazó la solicitud ({code}: {message}).</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>No se pudo completar: {error}</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó el cambio ({code}: {message}); no se cambió nada.</source>
        <translation>PagoEfectivo rechazó el cambio ({code}: {message}); no se cambió nada.</translation>
    </message>
    <message>
        <source>PagoEfectivo no confirmó el cambio: aquí no se cambió nada. Use «Volver a consultar» (F5) en unos minutos para ver si se aplicó.</source>
        <translation>PagoEfectivo no confirmó el cambio: aquí no se cambió nada. Use «Volver a consultar» (F5) en unos minutos para ver si se aplicó.</translation>
    </message>
    <message>
        <source>Este voucher no tiene CIP: no hay nada que consultar.</source>
        <translation>Este voucher no tiene CIP: no hay nada que consultar.</translation>
    </message>
    <message>
        <source>PagoEfectivo no encontró este CIP. Revise la pestaña Eventos.</source>
        <translation>PagoEfectivo no encontró este CIP. Revise la pestaña Eventos.</translation>
    </message>
    <message>
        <source>Consultado: ahora está «{status}».</source>
        <translation>Consultado: ahora está «{status}».</translation>
    </message>
    <message>
        <source>Consultado: PagoEfectivo informa algo distinto; quedó registrado en Eventos.</source>
        <translation>Consultado: PagoEfectivo informa algo distinto; quedó registrado en Eventos.</translation>
    </message>
    <message>
        <source>Consultado: sin cambios en PagoEfectivo.</source>
        <translation>Consultado: sin cambios en PagoEfectivo.</translation>
    </message>
    <message>
        <source>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</source>
        <translation>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</translation>
    </message>
</context>
<context>
    <name>DetailDialog</name>
    <message>
        <source>Detalle del voucher #{id}</source>
        <translation>Detalle del voucher #{id}</translation>
    </message>
    <message>
        <source>Datos</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Eventos</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Comunicación</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cerrar (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Detalle del voucher {ref}</source>
        <translation>Detalle del voucher {ref}</translation>
    </message>
    <message>
        <source>Eventos ({n})</source>
        <translation>Eventos ({n})</translation>
    </message>
    <message>
        <source>Sin comprobante: este voucher no tiene un CIP confirmado.</source>
        <translation>Sin comprobante: este voucher no tiene un CIP confirmado.</translation>
    </message>
    <message>
        <source>No se encontró el voucher #{id}.</source>
        <translation>No se encontró el voucher #{id}.</translation>
    </message>
    <message>
        <source>No se pudo leer el voucher: {error}</source>
        <translation>No se pudo leer el voucher: {error}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Código de pago (CIP)</source>
        <translation>Código de pago (CIP)</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Copiar CIP</source>
        <translation>Copiar CIP</translation>
    </message>
    <message>
        <source>Copiar enlace</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copiar texto para compartir</source>
        <translation>Copiar texto para compartir</translation>
    </message>
    <message>
        <source>Mensaje para WhatsApp o correo</source>
        <translation>Mensaje para WhatsApp o correo</translation>
    </message>
    <message>
        <source>Sin CIP</source>
        <translation>Sin CIP</translation>
    </message>
    <message>
        <source>CIP copiado al portapapeles.</source>
        <translation>CIP copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Enlace de pago copiado al portapapeles.</source>
        <translation>Enlace de pago copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Texto para compartir copiado: péguelo en WhatsApp o en un correo.</source>
        <translation>Texto para compartir copiado: péguelo en WhatsApp o en un correo.</translation>
    </message>
</context>
<context>
    <name>EmptyPanel</name>
    <message>
        <source>Complete los datos del cobro y presione Enter.

Aquí aparecerá el código de pago (CIP) para imprimirlo, guardarlo en PDF o enviarlo por WhatsApp.</source>
        <translation>Complete los datos del cobro y presione Enter.

Aquí aparecerá el código de pago (CIP) para imprimirlo, guardarlo en PDF o enviarlo por WhatsApp.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Ocurrió un error</source>
        <translation>Ocurrió un error</translation>
    </message>
    <message>
        <source>Copiar detalle</source>
        <translation>Copiar detalle</translation>
    </message>
    <message>
        <source>Algo salió mal. Sus datos están a salvo; puede seguir trabajando. Si se repite, copie el detalle y envíelo a soporte.</source>
        <translation>Algo salió mal. Sus datos están a salvo; puede seguir trabajando. Si se repite, copie el detalle y envíelo a soporte.</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Fecha y hora</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Origen</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
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
        <translation>Otra fecha</translation>
    </message>
    <message>
        <source>Fecha y hora de vencimiento (hora de Lima)</source>
        <translation>Fecha y hora de vencimiento (hora de Lima)</translation>
    </message>
    <message>
        <source>hora de Lima</source>
        <translation>hora de Lima</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Venció el {when}. Con un nuevo vencimiento el cliente puede volver a pagar con el mismo CIP.</source>
        <translation>Venció el {when}. Con un nuevo vencimiento el cliente puede volver a pagar con el mismo CIP.</translation>
    </message>
    <message>
        <source>Vence el {when}. Elija el nuevo vencimiento (hora de Lima).</source>
        <translation>Vence el {when}. Elija el nuevo vencimiento (hora de Lima).</translation>
    </message>
    <message>
        <source>Extender vencimiento — CIP {cip}</source>
        <translation>Extender vencimiento — CIP {cip}</translation>
    </message>
    <message>
        <source>Extender</source>
        <translation>Extender</translation>
    </message>
    <message>
        <source>+{n} h</source>
        <translation>+{n} h</translation>
    </message>
    <message>
        <source>Nuevo vencimiento</source>
        <translation>Nuevo vencimiento</translation>
    </message>
    <message>
        <source>Su rol permite extender hasta 72 horas; para más, pida a un supervisor.</source>
        <translation>Su rol permite extender hasta 72 horas; para más, pida a un supervisor.</translation>
    </message>
    <message>
        <source>Elija una fecha y hora válidas.</source>
        <translation>Elija una fecha y hora válidas.</translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>Cree el administrador</source>
        <translation>Cree el administrador</translation>
    </message>
    <message>
        <source>Este perfil aún no tiene usuarios. Quien lo administra elige su nombre y un PIN de 4 a 8 dígitos (o una contraseña de 8 o más caracteres); luego podrá agregar a los cajeros en Ajustes → Usuarios.</source>
        <translation>Este perfil aún no tiene usuarios. Quien lo administra elige su nombre y un PIN de 4 a 8 dígitos (o una contraseña de 8 o más caracteres); luego podrá agregar a los cajeros en Ajustes → Usuarios.</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>otra vez</source>
        <translation>otra vez</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Repita el PIN</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>Crear administrador y entrar</source>
        <translation>Crear administrador y entrar</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>Sin confirmar</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>No emitido</source>
        <translation>No emitido</translation>
    </message>
    <message>
        <source>Pendiente de pago</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Expirado</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Anulado</translation>
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
        <translation>vence en {span}</translation>
    </message>
    <message>
        <source>venció hace {span}</source>
        <translation>venció hace {span}</translation>
    </message>
    <message>
        <source>marcado expirado antes de vencer</source>
        <translation>marcado expirado antes de vencer</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>hace {span}</source>
        <translation>hace {span}</translation>
    </message>
    <message>
        <source>hace un momento</source>
        <translation>hace un momento</translation>
    </message>
</context>
<context>
    <name>GeneralPanel</name>
    <message>
        <source>Datos del comercio (aparecen en el voucher)</source>
        <translation>Datos del comercio (aparecen en el voucher)</translation>
    </message>
    <message>
        <source>p. ej. Bodega Doña Rosa</source>
        <translation>p. ej. Bodega Doña Rosa</translation>
    </message>
    <message>
        <source>11 dígitos</source>
        <translation>11 dígitos</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nombre comercial</source>
        <translation>Nombre comercial</translation>
    </message>
    <message>
        <source>RUC</source>
        <translation>RUC</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Logo (PNG o JPEG)</source>
        <translation>Logo (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Preferencias</source>
        <translation>Preferencias</translation>
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
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>Ticket 58 mm</translation>
    </message>
    <message>
        <source>se aplica al reiniciar PagoDesk</source>
        <translation>se aplica al reiniciar PagoDesk</translation>
    </message>
    <message>
        <source>Vencimiento por defecto</source>
        <translation>Vencimiento por defecto</translation>
    </message>
    <message>
        <source>Formato del comprobante</source>
        <translation>Formato del comprobante</translation>
    </message>
    <message>
        <source>Idioma</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Guardar ajustes</source>
        <translation>Guardar ajustes</translation>
    </message>
    <message>
        <source>Sincronización y conciliación</source>
        <translation>Sincronización y conciliación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Solo a mano</source>
        <translation>Solo a mano</translation>
    </message>
    <message>
        <source>0 = solo con «Sincronizar ahora»</source>
        <translation>0 = solo con «Sincronizar ahora»</translation>
    </message>
    <message>
        <source>Un pago marcado a mano necesita la aprobación de otra persona</source>
        <translation>Un pago marcado a mano necesita la aprobación de otra persona</translation>
    </message>
    <message>
        <source>Si está activo, «Marcar pagado» queda como solicitud hasta que otra persona la apruebe en el detalle del voucher.</source>
        <translation>Si está activo, «Marcar pagado» queda como solicitud hasta que otra persona la apruebe en el detalle del voucher.</translation>
    </message>
    <message>
        <source>Consultar a PagoEfectivo cada</source>
        <translation>Consultar a PagoEfectivo cada</translation>
    </message>
    <message>
        <source>Doble aprobación</source>
        <translation>Doble aprobación</translation>
    </message>
    <message>
        <source>Nunca</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Sin uso del teclado ni del mouse durante este tiempo, la pantalla se bloquea y pide el PIN (0 = nunca).</source>
        <translation>Sin uso del teclado ni del mouse durante este tiempo, la pantalla se bloquea y pide el PIN (0 = nunca).</translation>
    </message>
    <message>
        <source>Bloquear la pantalla tras</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Tasa de éxito de la última hora bajo la que la luz de PagoEfectivo, en la barra de estado, se pone en ámbar o en rojo.</source>
        <translation>Tasa de éxito de la última hora bajo la que la luz de PagoEfectivo, en la barra de estado, se pone en ámbar o en rojo.</translation>
    </message>
    <message>
        <source>Horas sin notificaciones de pago, habiendo pagos vistos al consultar, tras las que la luz se pone en ámbar.</source>
        <translation>Horas sin notificaciones de pago, habiendo pagos vistos al consultar, tras las que la luz se pone en ámbar.</translation>
    </message>
    <message>
        <source>Luz ámbar bajo</source>
        <translation>Luz ámbar bajo</translation>
    </message>
    <message>
        <source>Luz roja bajo</source>
        <translation>Luz roja bajo</translation>
    </message>
    <message>
        <source>Sin notificaciones por</source>
        <translation>Sin notificaciones por</translation>
    </message>
    <message>
        <source>Sin logo</source>
        <translation>Sin logo</translation>
    </message>
    <message>
        <source>No se puede mostrar</source>
        <translation>No se puede mostrar</translation>
    </message>
    <message>
        <source>Elegir el logo del comercio</source>
        <translation>Elegir el logo del comercio</translation>
    </message>
    <message>
        <source>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Ajustes guardados. Los próximos vouchers usan los datos del comercio.</source>
        <translation>Ajustes guardados. Los próximos vouchers usan los datos del comercio.</translation>
    </message>
    <message>
        <source>El idioma cambiará al reiniciar PagoDesk.</source>
        <translation>El idioma cambiará al reiniciar PagoDesk.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Revise los campos marcados: no se guardó nada.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
</context>
<context>
    <name>GoLive</name>
    <message>
        <source>La URL de notificaciones responde desde PagoEfectivo</source>
        <translation>La URL de notificaciones responde desde PagoEfectivo</translation>
    </message>
    <message>
        <source>Emitir, pagar y recibir la notificación</source>
        <translation>Emitir, pagar y recibir la notificación</translation>
    </message>
    <message>
        <source>Emitir y dejar vencer sin pagar</source>
        <translation>Emitir y dejar vencer sin pagar</translation>
    </message>
    <message>
        <source>Emitir y anular</source>
        <translation>Emitir y anular</translation>
    </message>
    <message>
        <source>Extender el vencimiento</source>
        <translation>Extender el vencimiento</translation>
    </message>
    <message>
        <source>Notificación duplicada: un solo cambio</source>
        <translation>Notificación duplicada: un solo cambio</translation>
    </message>
    <message>
        <source>Notificación con firma inválida: rechazada</source>
        <translation>Notificación con firma inválida: rechazada</translation>
    </message>
    <message>
        <source>Notificación perdida: la consulta recupera el pago</source>
        <translation>Notificación perdida: la consulta recupera el pago</translation>
    </message>
    <message>
        <source>Respuesta tardía tras crear el CIP: sin confirmar y resuelto</source>
        <translation>Respuesta tardía tras crear el CIP: sin confirmar y resuelto</translation>
    </message>
    <message>
        <source>Conexión cortada durante una anulación</source>
        <translation>Conexión cortada durante una anulación</translation>
    </message>
    <message>
        <source>Reloj de la PC desfasado</source>
        <translation>Reloj de la PC desfasado</translation>
    </message>
    <message>
        <source>Deje PagoDesk o «pagodesk webhook» en marcha y registre su URL de notificaciones; revise el cortafuegos o el proxy entre PagoEfectivo y esta PC.</source>
        <translation>Deje PagoDesk o «pagodesk webhook» en marcha y registre su URL de notificaciones; revise el cortafuegos o el proxy entre PagoEfectivo y esta PC.</translation>
    </message>
    <message>
        <source>Las notificaciones deben llegar al receptor de este perfil: revise que esté en marcha, que la URL registrada sea la suya y que el simulador no esté descartando notificaciones (DELETE /_sandbox/webhook/drop).</source>
        <translation>Las notificaciones deben llegar al receptor de este perfil: revise que esté en marcha, que la URL registrada sea la suya y que el simulador no esté descartando notificaciones (DELETE /_sandbox/webhook/drop).</translation>
    </message>
    <message>
        <source>La sincronización debe poder consultar a PagoEfectivo: revise la conexión y las credenciales del perfil.</source>
        <translation>La sincronización debe poder consultar a PagoEfectivo: revise la conexión y las credenciales del perfil.</translation>
    </message>
    <message>
        <source>PagoEfectivo debe aceptar la anulación: revise la conexión y las credenciales del perfil.</source>
        <translation>PagoEfectivo debe aceptar la anulación: revise la conexión y las credenciales del perfil.</translation>
    </message>
    <message>
        <source>PagoEfectivo debe aceptar el nuevo vencimiento: revise la conexión y el vencimiento máximo en Ajustes.</source>
        <translation>PagoEfectivo debe aceptar el nuevo vencimiento: revise la conexión y el vencimiento máximo en Ajustes.</translation>
    </message>
    <message>
        <source>El receptor y la app deben usar la misma base de datos del perfil para reconocer una notificación repetida.</source>
        <translation>El receptor y la app deben usar la misma base de datos del perfil para reconocer una notificación repetida.</translation>
    </message>
    <message>
        <source>El receptor debe verificar PE-Signature con la clave secreta de este perfil: revise que corra con este perfil.</source>
        <translation>El receptor debe verificar PE-Signature con la clave secreta de este perfil: revise que corra con este perfil.</translation>
    </message>
    <message>
        <source>Deje activa la sincronización automática (Ajustes, cada cuántos minutos) para recuperar los pagos cuya notificación no llega.</source>
        <translation>Deje activa la sincronización automática (Ajustes, cada cuántos minutos) para recuperar los pagos cuya notificación no llega.</translation>
    </message>
    <message>
        <source>Un cobro sin respuesta debe quedar sin confirmar y reintentarse: revise la conexión; nunca entregue un CIP que PagoDesk no mostró.</source>
        <translation>Un cobro sin respuesta debe quedar sin confirmar y reintentarse: revise la conexión; nunca entregue un CIP que PagoDesk no mostró.</translation>
    </message>
    <message>
        <source>Revise la conexión a internet: la sincronización confirma después lo que quedó a medias.</source>
        <translation>Revise la conexión a internet: la sincronización confirma después lo que quedó a medias.</translation>
    </message>
    <message>
        <source>Ponga la fecha y hora de esta PC en automático (sincronizada por internet) y vuelva a probar.</source>
        <translation>Ponga la fecha y hora de esta PC en automático (sincronizada por internet) y vuelva a probar.</translation>
    </message>
    <message>
        <source>Quite el descarte de notificaciones del simulador (DELETE /_sandbox/webhook/drop) y vuelva a probar.</source>
        <translation>Quite el descarte de notificaciones del simulador (DELETE /_sandbox/webhook/drop) y vuelva a probar.</translation>
    </message>
    <message>
        <source>Registre la URL de notificaciones de este perfil: deje PagoDesk abierto en el perfil o corra «pagodesk webhook».</source>
        <translation>Registre la URL de notificaciones de este perfil: deje PagoDesk abierto en el perfil o corra «pagodesk webhook».</translation>
    </message>
    <message>
        <source>El simulador notifica a {url}.</source>
        <translation>El simulador notifica a {url}.</translation>
    </message>
    <message>
        <source>El simulador notifica a {found}, no al receptor de PagoDesk ({url}).</source>
        <translation>El simulador notifica a {found}, no al receptor de PagoDesk ({url}).</translation>
    </message>
    <message>
        <source>El simulador llegó a {url}: HTTP {status} en {ms} ms.</source>
        <translation>El simulador llegó a {url}: HTTP {status} en {ms} ms.</translation>
    </message>
    <message>
        <source>El simulador no llegó a {url}: {error}.</source>
        <translation>El simulador no llegó a {url}: {error}.</translation>
    </message>
    <message>
        <source>Emitido el CIP {cip} por {amount}.</source>
        <translation>Emitido el CIP {cip} por {amount}.</translation>
    </message>
    <message>
        <source>No se emitió: {error}.</source>
        <translation>No se emitió: {error}.</translation>
    </message>
    <message>
        <source>PagoDesk lo muestra «{shown}»; se esperaba «{wanted}».</source>
        <translation>PagoDesk lo muestra «{shown}»; se esperaba «{wanted}».</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo; la notificación llegó a {url} (HTTP {status}).</source>
        <translation>Pagado en PagoEfectivo; la notificación llegó a {url} (HTTP {status}).</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo, pero no hay una URL de notificaciones registrada.</source>
        <translation>Pagado en PagoEfectivo, pero no hay una URL de notificaciones registrada.</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo, pero el simulador está descartando las notificaciones a propósito: no envió nada a {url}.</source>
        <translation>Pagado en PagoEfectivo, pero el simulador está descartando las notificaciones a propósito: no envió nada a {url}.</translation>
    </message>
    <message>
        <source>La notificación no llegó a {url}: {error}.</source>
        <translation>La notificación no llegó a {url}: {error}.</translation>
    </message>
    <message>
        <source>La notificación lo marcó Pagado (operación {operation}).</source>
        <translation>La notificación lo marcó Pagado (operación {operation}).</translation>
    </message>
    <message>
        <source>El pago no lo registró la notificación.</source>
        <translation>El pago no lo registró la notificación.</translation>
    </message>
    <message>
        <source>PagoEfectivo repitió la misma notificación: PagoDesk respondió HTTP {status} y la reconoció como repetida.</source>
        <translation>PagoEfectivo repitió la misma notificación: PagoDesk respondió HTTP {status} y la reconoció como repetida.</translation>
    </message>
    <message>
        <source>La notificación repetida no se reconoció como tal (resultado: {outcome}).</source>
        <translation>La notificación repetida no se reconoció como tal (resultado: {outcome}).</translation>
    </message>
    <message>
        <source>El historial tiene un solo paso a Pagado.</source>
        <translation>El historial tiene un solo paso a Pagado.</translation>
    </message>
    <message>
        <source>El historial tiene {count} pasos a Pagado.</source>
        <translation>El historial tiene {count} pasos a Pagado.</translation>
    </message>
    <message>
        <source>Una notificación firmada con otra clave se rechazó con HTTP {status} y quedó registrada.</source>
        <translation>Una notificación firmada con otra clave se rechazó con HTTP {status} y quedó registrada.</translation>
    </message>
    <message>
        <source>Una notificación con firma inválida recibió HTTP {status}.</source>
        <translation>Una notificación con firma inválida recibió HTTP {status}.</translation>
    </message>
    <message>
        <source>El rechazo de la notificación no quedó registrado.</source>
        <translation>El rechazo de la notificación no quedó registrado.</translation>
    </message>
    <message>
        <source>El receptor no respondió en {url}: {error}.</source>
        <translation>El receptor no respondió en {url}: {error}.</translation>
    </message>
    <message>
        <source>El voucher sigue Pendiente de pago.</source>
        <translation>El voucher sigue Pendiente de pago.</translation>
    </message>
    <message>
        <source>Pagado en PagoEfectivo; la notificación se perdió a propósito.</source>
        <translation>Pagado en PagoEfectivo; la notificación se perdió a propósito.</translation>
    </message>
    <message>
        <source>La notificación llegó aunque debía perderse.</source>
        <translation>La notificación llegó aunque debía perderse.</translation>
    </message>
    <message>
        <source>Sin la notificación, PagoDesk aún lo muestra Pendiente de pago.</source>
        <translation>Sin la notificación, PagoDesk aún lo muestra Pendiente de pago.</translation>
    </message>
    <message>
        <source>La sincronización no pudo consultar a PagoEfectivo: {error}.</source>
        <translation>La sincronización no pudo consultar a PagoEfectivo: {error}.</translation>
    </message>
    <message>
        <source>La sincronización lo encontró Pagado.</source>
        <translation>La sincronización lo encontró Pagado.</translation>
    </message>
    <message>
        <source>El cambio no lo registró la sincronización.</source>
        <translation>El cambio no lo registró la sincronización.</translation>
    </message>
    <message>
        <source>El CIP {cip} venció sin pagarse en PagoEfectivo.</source>
        <translation>El CIP {cip} venció sin pagarse en PagoEfectivo.</translation>
    </message>
    <message>
        <source>La sincronización lo marcó Expirado.</source>
        <translation>La sincronización lo marcó Expirado.</translation>
    </message>
    <message>
        <source>Anulado: PagoEfectivo aceptó eliminar el CIP.</source>
        <translation>Anulado: PagoEfectivo aceptó eliminar el CIP.</translation>
    </message>
    <message>
        <source>PagoEfectivo lo tiene Eliminado.</source>
        <translation>PagoEfectivo lo tiene Eliminado.</translation>
    </message>
    <message>
        <source>PagoEfectivo lo tiene en estado {remote}; se esperaba {expected}.</source>
        <translation>PagoEfectivo lo tiene en estado {remote}; se esperaba {expected}.</translation>
    </message>
    <message>
        <source>Vencimiento extendido al {deadline}.</source>
        <translation>Vencimiento extendido al {deadline}.</translation>
    </message>
    <message>
        <source>PagoEfectivo tiene el mismo vencimiento.</source>
        <translation>PagoEfectivo tiene el mismo vencimiento.</translation>
    </message>
    <message>
        <source>PagoEfectivo tiene otro vencimiento: {deadline}.</source>
        <translation>PagoEfectivo tiene otro vencimiento: {deadline}.</translation>
    </message>
    <message>
        <source>PagoEfectivo creó el CIP pero no respondió en {seconds} s: el cobro quedó Sin confirmar y no muestra ningún CIP.</source>
        <translation>PagoEfectivo creó el CIP pero no respondió en {seconds} s: el cobro quedó Sin confirmar y no muestra ningún CIP.</translation>
    </message>
    <message>
        <source>Sin respuesta a tiempo, el cobro quedó «{outcome}» en vez de sin confirmar.</source>
        <translation>Sin respuesta a tiempo, el cobro quedó «{outcome}» en vez de sin confirmar.</translation>
    </message>
    <message>
        <source>Reintento: nuevo CIP {cip}, Pendiente de pago; el intento anterior quedó No emitido.</source>
        <translation>Reintento: nuevo CIP {cip}, Pendiente de pago; el intento anterior quedó No emitido.</translation>
    </message>
    <message>
        <source>La conexión se cortó durante la anulación: PagoDesk no la dio por hecha.</source>
        <translation>La conexión se cortó durante la anulación: PagoDesk no la dio por hecha.</translation>
    </message>
    <message>
        <source>La anulación se dio por hecha aunque la respuesta se cortó.</source>
        <translation>La anulación se dio por hecha aunque la respuesta se cortó.</translation>
    </message>
    <message>
        <source>La sincronización confirmó la anulación.</source>
        <translation>La sincronización confirmó la anulación.</translation>
    </message>
    <message>
        <source>Diferencia con el reloj de PagoEfectivo: {skew}.</source>
        <translation>Diferencia con el reloj de PagoEfectivo: {skew}.</translation>
    </message>
    <message>
        <source>El reloj de esta PC difiere {skew} del de PagoEfectivo (se tolera {limit}).</source>
        <translation>El reloj de esta PC difiere {skew} del de PagoEfectivo (se tolera {limit}).</translation>
    </message>
    <message>
        <source>Con el reloj de PagoEfectivo movido {offset}, PagoDesk midió {skew} y avisa que el reloj está desfasado.</source>
        <translation>Con el reloj de PagoEfectivo movido {offset}, PagoDesk midió {skew} y avisa que el reloj está desfasado.</translation>
    </message>
    <message>
        <source>Con el reloj movido {offset}, PagoDesk midió {skew}: no detectó el desfase.</source>
        <translation>Con el reloj movido {offset}, PagoDesk midió {skew}: no detectó el desfase.</translation>
    </message>
    <message>
        <source>Reloj restablecido: la conexión vuelve a ser correcta.</source>
        <translation>Reloj restablecido: la conexión vuelve a ser correcta.</translation>
    </message>
    <message>
        <source>Falla inesperada: {error}.</source>
        <translation>Falla inesperada: {error}.</translation>
    </message>
    <message>
        <source>Limpieza: {count} cobros de prueba que seguían pendientes quedaron anulados.</source>
        <translation>Limpieza: {count} cobros de prueba que seguían pendientes quedaron anulados.</translation>
    </message>
    <message>
        <source>No aplicable contra la pre-producción de PagoEfectivo: no permite pagar, vencer ni provocar fallas a voluntad. Se prueba con el simulador incluido (perfil demo).</source>
        <translation>No aplicable contra la pre-producción de PagoEfectivo: no permite pagar, vencer ni provocar fallas a voluntad. Se prueba con el simulador incluido (perfil demo).</translation>
    </message>
    <message>
        <source>superado</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>falló</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>no aplicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>Indique la URL pública del receptor en Ajustes → Perfiles («Cambiar la URL de notificación») o con «pagodesk profile notify-url --set URL».</source>
        <translation>Indique la URL pública del receptor en Ajustes → Perfiles («Cambiar la URL de notificación») o con «pagodesk profile notify-url --set URL».</translation>
    </message>
    <message>
        <source>Registre esa URL en el portal de PagoEfectivo y márquela como registrada (Ajustes → Perfiles, o «pagodesk profile notify-url --registered»).</source>
        <translation>Registre esa URL en el portal de PagoEfectivo y márquela como registrada (Ajustes → Perfiles, o «pagodesk profile notify-url --registered»).</translation>
    </message>
    <message>
        <source>El perfil no tiene la URL pública de su receptor.</source>
        <translation>El perfil no tiene la URL pública de su receptor.</translation>
    </message>
    <message>
        <source>Desde esta PC, {url} respondió como el receptor de este perfil: HTTP {status} en {ms} ms.</source>
        <translation>Desde esta PC, {url} respondió como el receptor de este perfil: HTTP {status} en {ms} ms.</translation>
    </message>
    <message>
        <source>Desde esta PC, {url} no respondió como el receptor de PagoDesk: {error}.</source>
        <translation>Desde esta PC, {url} no respondió como el receptor de PagoDesk: {error}.</translation>
    </message>
    <message>
        <source>{url} es el receptor de PagoDesk del perfil «{profile}», no de este.</source>
        <translation>{url} es el receptor de PagoDesk del perfil «{profile}», no de este.</translation>
    </message>
    <message>
        <source>{url} es la URL registrada en el portal de PagoEfectivo (el {on}).</source>
        <translation>{url} es la URL registrada en el portal de PagoEfectivo (el {on}).</translation>
    </message>
    <message>
        <source>{url} no es la URL registrada en el portal de PagoEfectivo ({registered}).</source>
        <translation>{url} no es la URL registrada en el portal de PagoEfectivo ({registered}).</translation>
    </message>
</context>
<context>
    <name>GoLiveDialog</name>
    <message>
        <source>Prueba de salida a producción</source>
        <translation>Prueba de salida a producción</translation>
    </message>
    <message>
        <source>Corre flujos completos con el perfil «{profile}», como en la caja: emitir, pagar, vencer, anular y extender; notificaciones repetidas, perdidas o con firma falsa; una respuesta tardía, una conexión cortada y el reloj. Con el simulador incluido corren todos; contra la pre-producción de PagoEfectivo no aplican los que necesitan pagar o provocar fallas. Al final queda un informe firmado (PDF y JSON) como constancia.</source>
        <translation>Corre flujos completos con el perfil «{profile}», como en la caja: emitir, pagar, vencer, anular y extender; notificaciones repetidas, perdidas o con firma falsa; una respuesta tardía, una conexión cortada y el reloj. Con el simulador incluido corren todos; contra la pre-producción de PagoEfectivo no aplican los que necesitan pagar o provocar fallas. Al final queda un informe firmado (PDF y JSON) como constancia.</translation>
    </message>
    <message>
        <source>Flujo</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tiempo</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Elija un flujo para ver sus pasos.</source>
        <translation>Elija un flujo para ver sus pasos.</translation>
    </message>
    <message>
        <source>Iniciar prueba</source>
        <translation>Iniciar prueba</translation>
    </message>
    <message>
        <source>Guardar informe…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Abrir informe</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Probando… no cierre PagoDesk hasta que termine.</source>
        <translation>Probando… no cierre PagoDesk hasta que termine.</translation>
    </message>
    <message>
        <source>En curso…</source>
        <translation>En curso…</translation>
    </message>
    <message numerus="yes">
        <source>Aprobada: %n flujos superados, todos los que aplican.</source>
        <translation>
            <numerusform>Aprobada: %n flujo superado, el único que aplica.</numerusform>
            <numerusform>Aprobada: %n flujos superados, todos los que aplican.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No aprobada: %n flujos fallaron.</source>
        <translation>
            <numerusform>No aprobada: %n flujo falló.</numerusform>
            <numerusform>No aprobada: %n flujos fallaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flujos no aplican contra PagoEfectivo.</source>
        <translation>
            <numerusform>%n flujo no aplica contra PagoEfectivo.</numerusform>
            <numerusform>%n flujos no aplican contra PagoEfectivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Informe firmado guardado: {name}.</source>
        <translation>Informe firmado guardado: {name}.</translation>
    </message>
    <message>
        <source>La prueba no pudo correr: {error}</source>
        <translation>La prueba no pudo correr: {error}</translation>
    </message>
    <message>
        <source>Guardar informe</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Informe PDF (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
    <message>
        <source>Informe guardado en {pdf} (y su JSON firmado, {json}).</source>
        <translation>Informe guardado en {pdf} (y su JSON firmado, {json}).</translation>
    </message>
    <message>
        <source>Qué corregir: {fix}</source>
        <translation>Qué corregir: {fix}</translation>
    </message>
    <message>
        <source>Probar otra vez</source>
        <translation>Probar otra vez</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>PagoEfectivo responde bien</source>
        <translation>PagoEfectivo responde bien</translation>
    </message>
    <message>
        <source>PagoEfectivo: atención</source>
        <translation>PagoEfectivo: atención</translation>
    </message>
    <message>
        <source>PagoEfectivo: mal</source>
        <translation>PagoEfectivo: mal</translation>
    </message>
    <message>
        <source>La tasa de éxito de la última hora está bajo el umbral.</source>
        <translation>La tasa de éxito de la última hora está bajo el umbral.</translation>
    </message>
    <message>
        <source>No llegan notificaciones de pago: hubo pagos que solo se vieron al consultar. Revise el receptor y la URL registrada en PagoEfectivo.</source>
        <translation>No llegan notificaciones de pago: hubo pagos que solo se vieron al consultar. Revise el receptor y la URL registrada en PagoEfectivo.</translation>
    </message>
</context>
<context>
    <name>HealthDialog</name>
    <message>
        <source>Salud de la conexión con PagoEfectivo</source>
        <translation>Salud de la conexión con PagoEfectivo</translation>
    </message>
    <message>
        <source>Leyendo…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Ventana</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Pedidos</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Éxito</source>
        <translation>Éxito</translation>
    </message>
    <message>
        <source>Fallas</source>
        <translation>Fallas</translation>
    </message>
    <message>
        <source>Rechazos</source>
        <translation>Rechazos</translation>
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
        <translation>Últimos problemas</translation>
    </message>
    <message>
        <source>Hora</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Pedido</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Código</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Mensaje</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Actualizar</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>nunca</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Notificaciones en 24 h: {received} recibidas, {handled} tomadas; rechazadas: {refused}. La última: {last}.</source>
        <translation>Notificaciones en 24 h: {received} recibidas, {handled} tomadas; rechazadas: {refused}. La última: {last}.</translation>
    </message>
    <message>
        <source>No se pudo leer el registro: {error}</source>
        <translation>No se pudo leer el registro: {error}</translation>
    </message>
    <message>
        <source>Pedidos por hora, últimas 24 h (hora de Lima)</source>
        <translation>Pedidos por hora, últimas 24 h (hora de Lima)</translation>
    </message>
    <message>
        <source>bien</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>rechazados</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <source>fallas</source>
        <translation>fallas</translation>
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
        <translation>Salud de la conexión con PagoEfectivo: leyendo…</translation>
    </message>
    <message>
        <source>Clic: ver el detalle</source>
        <translation>Clic: ver el detalle</translation>
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
        <translation>Código de transacción</translation>
    </message>
    <message>
        <source>Fecha (Lima)</source>
        <translation>Fecha (Lima)</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vence (Lima)</source>
        <translation>Vence (Lima)</translation>
    </message>
    <message>
        <source>Pagado (Lima)</source>
        <translation>Pagado (Lima)</translation>
    </message>
    <message>
        <source>N.º de operación</source>
        <translation>N.º de operación</translation>
    </message>
    <message>
        <source>Última consulta (Lima)</source>
        <translation>Última consulta (Lima)</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exportando cobros…</source>
        <translation>Exportando cobros…</translation>
    </message>
    <message>
        <source>Exportar historial</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Exportar a Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <source>Libro de Excel (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportar a CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Archivo CSV (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exportando cobros… {done} de {total}</source>
        <translation>Exportando cobros… {done} de {total}</translation>
    </message>
    <message numerus="yes">
        <source>Se exportó %Ln cobro(s) a {name}.</source>
        <translation>
            <numerusform>Se exportó %Ln cobro a {name}.</numerusform>
            <numerusform>Se exportaron %Ln cobros a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Exportación cancelada: no se guardó ningún archivo.</source>
        <translation>Exportación cancelada: no se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>No se pudo exportar el historial: {error}</source>
        <translation>No se pudo exportar el historial: {error}</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Última consulta</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Esta columna no se ordena: para ver un estado, use el filtro «Estado».</source>
        <translation>Esta columna no se ordena: para ver un estado, use el filtro «Estado».</translation>
    </message>
    <message>
        <source>Vence el {when}</source>
        <translation>Vence el {when}</translation>
    </message>
    <message>
        <source>Código de transacción: {code}</source>
        <translation>Código de transacción: {code}</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Exportar</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Exportar lo que se muestra a CSV o Excel</source>
        <translation>Exportar lo que se muestra a CSV o Excel</translation>
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
        <translation>Buscar CIP, cliente, documento, correo o concepto</translation>
    </message>
    <message>
        <source>Escriba para buscar (Ctrl+F). Escanee el código de barras de un voucher para abrirlo.</source>
        <translation>Escriba para buscar (Ctrl+F). Escanee el código de barras de un voucher para abrirlo.</translation>
    </message>
    <message>
        <source>cualquiera</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;Desde</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Hasta</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Limpiar filtros</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <source>No hay ningún voucher con el CIP {cip} en este perfil.</source>
        <translation>No hay ningún voucher con el CIP {cip} en este perfil.</translation>
    </message>
    <message>
        <source>Ningún cobro coincide con la búsqueda o los filtros.
Pruebe con otras palabras o pulse «Limpiar filtros».</source>
        <translation>Ningún cobro coincide con la búsqueda o los filtros.
Pruebe con otras palabras o pulse «Limpiar filtros».</translation>
    </message>
    <message>
        <source>Todavía no hay cobros en este perfil.
Emita el primero en «Nuevo cobro» (Ctrl+N).</source>
        <translation>Todavía no hay cobros en este perfil.
Emita el primero en «Nuevo cobro» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Calculando totales…</source>
        <translation>Calculando totales…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cobro(s)</source>
        <translation>
            <numerusform>%Ln cobro</numerusform>
            <numerusform>%Ln cobros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cobrado: suma de %Ln cobro(s) pagado(s).</source>
        <translation>
            <numerusform>Cobrado: suma de %Ln cobro pagado.</numerusform>
            <numerusform>Cobrado: suma de %Ln cobros pagados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pendiente: suma de %Ln cobro(s) que aún se puede(n) pagar.</source>
        <translation>
            <numerusform>Pendiente: suma de %Ln cobro que aún se puede pagar.</numerusform>
            <numerusform>Pendiente: suma de %Ln cobros que aún se pueden pagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el historial: {error}</source>
        <translation>No se pudo leer el historial: {error}</translation>
    </message>
    <message>
        <source>Cobrado {amounts}</source>
        <translation>Cobrado {amounts}</translation>
    </message>
    <message>
        <source>Pendiente {amounts}</source>
        <translation>Pendiente {amounts}</translation>
    </message>
    <message>
        <source>No se suman los anulados, los expirados, los sin confirmar ni los no emitidos.</source>
        <translation>No se suman los anulados, los expirados, los sin confirmar ni los no emitidos.</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <source>Importe el archivo de liquidación (CSV o Excel) para marcar como pagados los cobros que figuran en él. Antes de aplicar nada verá qué coincide, qué monto difiere, qué CIP no es de este perfil y qué cobros abiertos faltan.</source>
        <translation>Importe el archivo de liquidación (CSV o Excel) para marcar como pagados los cobros que figuran en él. Antes de aplicar nada verá qué coincide, qué monto difiere, qué CIP no es de este perfil y qué cobros abiertos faltan.</translation>
    </message>
    <message>
        <source>Importar liquidación…</source>
        <translation>Importar liquidación…</translation>
    </message>
    <message>
        <source>Importar otro archivo…</source>
        <translation>Importar otro archivo…</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Archivo de liquidación</source>
        <translation>Archivo de liquidación</translation>
    </message>
    <message>
        <source>Liquidación (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)</source>
        <translation>Liquidación (*.csv *.txt *.xlsx *.xlsm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Leyendo {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Comparando con los cobros…</source>
        <translation>Comparando con los cobros…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cobro(s) pagado(s)</source>
        <translation>
            <numerusform>%Ln cobro pagado</numerusform>
            <numerusform>%Ln cobros pagados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln discrepancia(s) registrada(s)</source>
        <translation>
            <numerusform>%Ln discrepancia registrada</numerusform>
            <numerusform>%Ln discrepancias registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) sin cambios</source>
        <translation>
            <numerusform>%Ln línea sin cambios</numerusform>
            <numerusform>%Ln líneas sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) cambiaron desde la vista previa (otra estación se adelantó).</source>
        <translation>
            <numerusform>%Ln línea cambió desde la vista previa (otra estación se adelantó).</numerusform>
            <numerusform>%Ln líneas cambiaron desde la vista previa (otra estación se adelantó).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aplicar liquidación</source>
        <translation>Aplicar liquidación</translation>
    </message>
    <message>
        <source>¿Aplicar ahora?</source>
        <translation>¿Aplicar ahora?</translation>
    </message>
    <message>
        <source>Aplicando la liquidación…</source>
        <translation>Aplicando la liquidación…</translation>
    </message>
    <message>
        <source>{paid} ({late} fuera de plazo)</source>
        <translation>{paid} ({late} fuera de plazo)</translation>
    </message>
    <message>
        <source>Liquidación aplicada: {paid}, {problems}, {unchanged}.</source>
        <translation>Liquidación aplicada: {paid}, {problems}, {unchanged}.</translation>
    </message>
    <message>
        <source>Vista previa cancelada.</source>
        <translation>Vista previa cancelada.</translation>
    </message>
    <message>
        <source>Importación cancelada: no se cambió nada.</source>
        <translation>Importación cancelada: no se cambió nada.</translation>
    </message>
    <message>
        <source>No se pudo importar: {error}. No se cambió nada.</source>
        <translation>No se pudo importar: {error}. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>IssueDocuments</name>
    <message>
        <source>Guardar voucher en PDF</source>
        <translation>Guardar voucher en PDF</translation>
    </message>
    <message>
        <source>Documento PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Voucher enviado a la impresora</source>
        <translation>Voucher enviado a la impresora</translation>
    </message>
    <message>
        <source>Voucher guardado en {path}</source>
        <translation>Voucher guardado en {path}</translation>
    </message>
    <message>
        <source>No se pudo preparar el voucher: {error}</source>
        <translation>No se pudo preparar el voucher: {error}</translation>
    </message>
    <message>
        <source>No se pudo imprimir ni guardar el voucher: {error}</source>
        <translation>No se pudo imprimir ni guardar el voucher: {error}</translation>
    </message>
    <message>
        <source>Este cobro no tiene un CIP confirmado: no hay voucher que entregar.</source>
        <translation>Este cobro no tiene un CIP confirmado: no hay voucher que entregar.</translation>
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
        <translation>US$  Dólares</translation>
    </message>
    <message>
        <source>Sin documento</source>
        <translation>Sin documento</translation>
    </message>
    <message>
        <source>DNI</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Carné de extranjería (CE)</source>
        <translation>Carné de extranjería (CE)</translation>
    </message>
    <message>
        <source>RUC</source>
        <translation>RUC</translation>
    </message>
    <message>
        <source>Pasaporte (PAS)</source>
        <translation>Pasaporte (PAS)</translation>
    </message>
    <message>
        <source>Partida de nacimiento (PAR)</source>
        <translation>Partida de nacimiento (PAR)</translation>
    </message>
    <message>
        <source>Libreta militar (LMI)</source>
        <translation>Libreta militar (LMI)</translation>
    </message>
    <message>
        <source>Otro documento (NAN)</source>
        <translation>Otro documento (NAN)</translation>
    </message>
    <message>
        <source>Cobro</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>Monto *</source>
        <translation>Monto *</translation>
    </message>
    <message>
        <source>Ej.: Torta de chocolate, pedido 123</source>
        <translation>Ej.: Torta de chocolate, pedido 123</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nombres</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Apellidos</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>cliente@correo.pe</source>
        <translation>cliente@correo.pe</translation>
    </message>
    <message>
        <source>Correo *</source>
        <translation>Correo *</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>987 654 321</source>
        <translation>987 654 321</translation>
    </message>
    <message>
        <source>Celular</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>* obligatorio · Enter emite el cobro</source>
        <translation>* obligatorio · Enter emite el cobro</translation>
    </message>
    <message>
        <source>Emitir cobro</source>
        <translation>Emitir cobro</translation>
    </message>
    <message>
        <source>Emitiendo…</source>
        <translation>Emitiendo…</translation>
    </message>
</context>
<context>
    <name>IssueMessages</name>
    <message>
        <source>Ingrese el monto.</source>
        <translation>Ingrese el monto.</translation>
    </message>
    <message>
        <source>Escriba el monto en números, por ejemplo 25.50.</source>
        <translation>Escriba el monto en números, por ejemplo 25.50.</translation>
    </message>
    <message>
        <source>Ingrese el correo del cliente.</source>
        <translation>Ingrese el correo del cliente.</translation>
    </message>
    <message>
        <source>Revise el correo (ejemplo: cliente@correo.pe).</source>
        <translation>Revise el correo (ejemplo: cliente@correo.pe).</translation>
    </message>
    <message>
        <source>Elija el tipo de documento.</source>
        <translation>Elija el tipo de documento.</translation>
    </message>
    <message>
        <source>Tipo de documento no válido.</source>
        <translation>Tipo de documento no válido.</translation>
    </message>
    <message>
        <source>Ingrese el número de documento.</source>
        <translation>Ingrese el número de documento.</translation>
    </message>
    <message>
        <source>Solo letras y números, sin espacios ni guiones.</source>
        <translation>Solo letras y números, sin espacios ni guiones.</translation>
    </message>
    <message>
        <source>El DNI debe tener 8 dígitos.</source>
        <translation>El DNI debe tener 8 dígitos.</translation>
    </message>
    <message>
        <source>El RUC debe tener 11 dígitos.</source>
        <translation>El RUC debe tener 11 dígitos.</translation>
    </message>
    <message>
        <source>Solo números, por ejemplo 987 654 321.</source>
        <translation>Solo números, por ejemplo 987 654 321.</translation>
    </message>
    <message>
        <source>Elija soles o dólares.</source>
        <translation>Elija soles o dólares.</translation>
    </message>
    <message>
        <source>Elija una fecha y hora válidas.</source>
        <translation>Elija una fecha y hora válidas.</translation>
    </message>
    <message>
        <source>Este dato es obligatorio.</source>
        <translation>Este dato es obligatorio.</translation>
    </message>
    <message>
        <source>Este dato no es válido.</source>
        <translation>Este dato no es válido.</translation>
    </message>
    <message>
        <source>Admite como máximo {limit} caracteres.</source>
        <translation>Admite como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>El monto debe ser mayor que cero.</source>
        <translation>El monto debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Use como máximo dos decimales.</source>
        <translation>Use como máximo dos decimales.</translation>
    </message>
    <message>
        <source>Supera el máximo permitido al comercio ({limit}).</source>
        <translation>Supera el máximo permitido al comercio ({limit}).</translation>
    </message>
    <message>
        <source>Debe tener {limit} dígitos.</source>
        <translation>Debe tener {limit} dígitos.</translation>
    </message>
    <message>
        <source>Esa fecha y hora ya pasaron: elija una fecha futura.</source>
        <translation>Esa fecha y hora ya pasaron: elija una fecha futura.</translation>
    </message>
    <message>
        <source>Debe vencer al menos 1 hora después de ahora.</source>
        <translation>Debe vencer al menos 1 hora después de ahora.</translation>
    </message>
    <message>
        <source>No puede vencer en más de {limit} días.</source>
        <translation>No puede vencer en más de {limit} días.</translation>
    </message>
    <message>
        <source>Elija un plazo o una fecha, no ambos.</source>
        <translation>Elija un plazo o una fecha, no ambos.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles (quizá pegados de otro programa): escríbalo de nuevo.</source>
        <translation>Tiene caracteres de control o invisibles (quizá pegados de otro programa): escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>«{limit}» no se puede imprimir en el voucher: escríbalo con letras latinas.</source>
        <translation>«{limit}» no se puede imprimir en el voucher: escríbalo con letras latinas.</translation>
    </message>
    <message>
        <source>PagoEfectivo pide este dato.</source>
        <translation>PagoEfectivo pide este dato.</translation>
    </message>
    <message>
        <source>PagoEfectivo no acepta este valor.</source>
        <translation>PagoEfectivo no acepta este valor.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó algunos datos. Corrija los campos marcados y vuelva a emitir.</source>
        <translation>PagoEfectivo rechazó algunos datos. Corrija los campos marcados y vuelva a emitir.</translation>
    </message>
    <message>
        <source>El monto supera el máximo que PagoEfectivo permite a este comercio.</source>
        <translation>El monto supera el máximo que PagoEfectivo permite a este comercio.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo; no se generó ningún código. Revise la conexión a internet y vuelva a emitir.</source>
        <translation>No se pudo conectar con PagoEfectivo; no se generó ningún código. Revise la conexión a internet y vuelva a emitir.</translation>
    </message>
    <message>
        <source>PagoEfectivo no aceptó las credenciales de este perfil, o el reloj de esta PC no está en hora. Revíselo en Ajustes.</source>
        <translation>PagoEfectivo no aceptó las credenciales de este perfil, o el reloj de esta PC no está en hora. Revíselo en Ajustes.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un problema interno y no emitió el código. Intente de nuevo en unos minutos.</source>
        <translation>PagoEfectivo tuvo un problema interno y no emitió el código. Intente de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Supera el máximo que PagoEfectivo permite.</source>
        <translation>Supera el máximo que PagoEfectivo permite.</translation>
    </message>
    <message>
        <source>PagoEfectivo no emitió el código ({code}: {message}).</source>
        <translation>PagoEfectivo no emitió el código ({code}: {message}).</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>Nuevo cobro</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <source>Genere un código de pago (CIP) para que el cliente pague en agentes o banca.</source>
        <translation>Genere un código de pago (CIP) para que el cliente pague en agentes o banca.</translation>
    </message>
    <message>
        <source>Elija «Reintentar» o «Descartar» para este cobro sin confirmar.</source>
        <translation>Elija «Reintentar» o «Descartar» para este cobro sin confirmar.</translation>
    </message>
    <message>
        <source>Cobro repetido</source>
        <translation>Cobro repetido</translation>
    </message>
    <message>
        <source>Este cliente ya tiene el CIP {cip} pendiente por el mismo monto. ¿Emitir otro?</source>
        <translation>Este cliente ya tiene el CIP {cip} pendiente por el mismo monto. ¿Emitir otro?</translation>
    </message>
    <message>
        <source>CIP {cip} emitido por {amount}</source>
        <translation>CIP {cip} emitido por {amount}</translation>
    </message>
    <message>
        <source>Cobro sin confirmar: no entregue ningún código al cliente.</source>
        <translation>Cobro sin confirmar: no entregue ningún código al cliente.</translation>
    </message>
    <message>
        <source>PagoEfectivo no emitió el código.</source>
        <translation>PagoEfectivo no emitió el código.</translation>
    </message>
    <message>
        <source>Cobro descartado; no se entregó ningún código.</source>
        <translation>Cobro descartado; no se entregó ningún código.</translation>
    </message>
    <message>
        <source>Sin conexión con la base de datos: no se puede emitir ahora. No se envió nada a PagoEfectivo. PagoDesk reintenta solo; cobre cuando la barra de estado ya no lo diga.</source>
        <translation>Sin conexión con la base de datos: no se puede emitir ahora. No se envió nada a PagoEfectivo. PagoDesk reintenta solo; cobre cuando la barra de estado ya no lo diga.</translation>
    </message>
    <message>
        <source>Este cobro ya fue reintentado o descartado (quizá en otra caja). Revíselo en el Historial.</source>
        <translation>Este cobro ya fue reintentado o descartado (quizá en otra caja). Revíselo en el Historial.</translation>
    </message>
    <message>
        <source>No se pudo completar el cobro: {error}. Revise el Historial antes de volver a intentarlo.</source>
        <translation>No se pudo completar el cobro: {error}. Revise el Historial antes de volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>KeyFileDialog</name>
    <message>
        <source>Guardar las claves en un archivo cifrado</source>
        <translation>Guardar las claves en un archivo cifrado</translation>
    </message>
    <message>
        <source>Este equipo no tiene un llavero del sistema. PagoDesk puede guardar las claves de PagoEfectivo en un archivo cifrado de este equipo, protegido por una contraseña que no se guarda en ningún lado.

Es menos seguro que el llavero: quien copie el archivo puede intentar adivinar la contraseña sin límite. Use una frase larga y no la anote en el equipo. PagoDesk la pedirá cada vez que se abra; si la olvida, deberá escribir las claves de nuevo.</source>
        <translation>Este equipo no tiene un llavero del sistema. PagoDesk puede guardar las claves de PagoEfectivo en un archivo cifrado de este equipo, protegido por una contraseña que no se guarda en ningún lado.

Es menos seguro que el llavero: quien copie el archivo puede intentar adivinar la contraseña sin límite. Use una frase larga y no la anote en el equipo. PagoDesk la pedirá cada vez que se abra; si la olvida, deberá escribir las claves de nuevo.</translation>
    </message>
    <message>
        <source>Entiendo que es menos seguro que el llavero del sistema</source>
        <translation>Entiendo que es menos seguro que el llavero del sistema</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repítala</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>Usar archivo cifrado</source>
        <translation>Usar archivo cifrado</translation>
    </message>
    <message>
        <source>Al menos {n} caracteres.</source>
        <translation>Al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Las dos contraseñas no coinciden.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>La contraseña es demasiado larga.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>Este equipo ya guarda las claves en un archivo cifrado.</source>
        <translation>Este equipo ya guarda las claves en un archivo cifrado.</translation>
    </message>
    <message>
        <source>No se pudo crear el archivo de claves.</source>
        <translation>No se pudo crear el archivo de claves.</translation>
    </message>
</context>
<context>
    <name>KeyFilePrompt</name>
    <message>
        <source>PagoDesk: archivo de claves</source>
        <translation>PagoDesk: archivo de claves</translation>
    </message>
    <message>
        <source>Las claves de PagoEfectivo de este equipo están en un archivo cifrado.
Escriba su contraseña:</source>
        <translation>Las claves de PagoEfectivo de este equipo están en un archivo cifrado.
Escriba su contraseña:</translation>
    </message>
    <message>
        <source>La contraseña no es correcta. Inténtelo de nuevo:</source>
        <translation>La contraseña no es correcta. Inténtelo de nuevo:</translation>
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
        <translation>Perfil activo: {name}</translation>
    </message>
    <message>
        <source>Acerca de</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Versión, carpeta de datos y diagnóstico para soporte (F1)</source>
        <translation>Versión, carpeta de datos y diagnóstico para soporte (F1)</translation>
    </message>
    <message>
        <source>Trabajando… ({n})</source>
        <translation>Trabajando… ({n})</translation>
    </message>
    <message>
        <source>Última consulta: {when}</source>
        <translation>Última consulta: {when}</translation>
    </message>
    <message>
        <source>(sin conexión: se reintentará)</source>
        <translation>(sin conexión: se reintentará)</translation>
    </message>
    <message>
        <source>Sincronizando… {done} de {total}</source>
        <translation>Sincronizando… {done} de {total}</translation>
    </message>
    <message>
        <source>Detener</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Detener la sincronización en curso</source>
        <translation>Detener la sincronización en curso</translation>
    </message>
    <message>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Consultar ahora a PagoEfectivo el estado de los cobros pendientes</source>
        <translation>Consultar ahora a PagoEfectivo el estado de los cobros pendientes</translation>
    </message>
    <message>
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Nuevo cobro</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Conciliación</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Ajustes</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Indique qué columna del archivo tiene cada dato. Los marcados con * son obligatorios; sin moneda se asume PEN. La elección se recuerda para este perfil.</source>
        <translation>Indique qué columna del archivo tiene cada dato. Los marcados con * son obligatorios; sin moneda se asume PEN. La elección se recuerda para este perfil.</translation>
    </message>
    <message>
        <source>Primeras líneas del archivo:</source>
        <translation>Primeras líneas del archivo:</translation>
    </message>
    <message>
        <source>Elegir otro archivo…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Ver vista previa</source>
        <translation>Ver vista previa</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln línea(s) de datos</source>
        <translation>
            <numerusform>{name}: %Ln línea de datos</numerusform>
            <numerusform>{name}: %Ln líneas de datos</numerusform>
        </translation>
    </message>
    <message>
        <source>(ninguna)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Elija la columna.</source>
        <translation>Elija la columna.</translation>
    </message>
    <message>
        <source>Otro dato ya usa esta columna.</source>
        <translation>Otro dato ya usa esta columna.</translation>
    </message>
</context>
<context>
    <name>MarkExpiredDialog</name>
    <message>
        <source>Marcar expirado — CIP {cip}</source>
        <translation>Marcar expirado — CIP {cip}</translation>
    </message>
    <message>
        <source>Venció el {when} sin pago informado. Se registra aquí que este voucher ya no se pagará, sin esperar a que PagoEfectivo lo informe.</source>
        <translation>Venció el {when} sin pago informado. Se registra aquí que este voucher ya no se pagará, sin esperar a que PagoEfectivo lo informe.</translation>
    </message>
    <message>
        <source>Marcar expirado</source>
        <translation>Marcar expirado</translation>
    </message>
    <message>
        <source>p. ej. el cliente desistió de la compra</source>
        <translation>p. ej. el cliente desistió de la compra</translation>
    </message>
    <message>
        <source>Un supervisor deberá aprobarlo antes de que se aplique.</source>
        <translation>Un supervisor deberá aprobarlo antes de que se aplique.</translation>
    </message>
    <message>
        <source>Registrado por</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>MarkPaidDialog</name>
    <message>
        <source>Marcar pagado — CIP {cip}</source>
        <translation>Marcar pagado — CIP {cip}</translation>
    </message>
    <message>
        <source>Registre un pago que PagoEfectivo todavía no informó, con el número de operación o la constancia que muestra el cliente.</source>
        <translation>Registre un pago que PagoEfectivo todavía no informó, con el número de operación o la constancia que muestra el cliente.</translation>
    </message>
    <message>
        <source>Marcar pagado</source>
        <translation>Marcar pagado</translation>
    </message>
    <message>
        <source>El voucher está expirado: si se pagó después del vencimiento, quedará como pago fuera de plazo.</source>
        <translation>El voucher está expirado: si se pagó después del vencimiento, quedará como pago fuera de plazo.</translation>
    </message>
    <message>
        <source>Un supervisor deberá aprobar este pago antes de que se aplique.</source>
        <translation>Un supervisor deberá aprobar este pago antes de que se aplique.</translation>
    </message>
    <message>
        <source>p. ej. 004512</source>
        <translation>p. ej. 004512</translation>
    </message>
    <message>
        <source>Número de operación</source>
        <translation>Número de operación</translation>
    </message>
    <message>
        <source>sin constancia adjunta</source>
        <translation>sin constancia adjunta</translation>
    </message>
    <message>
        <source>Elegir…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Constancia (foto o PDF)</source>
        <translation>Constancia (foto o PDF)</translation>
    </message>
    <message>
        <source>p. ej. el cliente mostró el voucher pagado</source>
        <translation>p. ej. el cliente mostró el voucher pagado</translation>
    </message>
    <message>
        <source>Indicar cuándo se pagó</source>
        <translation>Indicar cuándo se pagó</translation>
    </message>
    <message>
        <source>Fecha del pago</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <source>Registrado por</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Elegir la constancia de pago</source>
        <translation>Elegir la constancia de pago</translation>
    </message>
    <message>
        <source>Foto o PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Foto o PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>NotifyUrl</name>
    <message>
        <source>El perfil demo usa su receptor incluido en esta PC; nada que registrar.</source>
        <translation>El perfil demo usa su receptor incluido en esta PC; nada que registrar.</translation>
    </message>
    <message>
        <source>La URL registrada en el portal es la del receptor.</source>
        <translation>La URL registrada en el portal es la del receptor.</translation>
    </message>
    <message>
        <source>Ninguna URL de notificación está marcada como registrada en el portal de PagoEfectivo: los pagos pueden no notificarse.</source>
        <translation>Ninguna URL de notificación está marcada como registrada en el portal de PagoEfectivo: los pagos pueden no notificarse.</translation>
    </message>
    <message>
        <source>Falta la URL pública del receptor de este perfil.</source>
        <translation>Falta la URL pública del receptor de este perfil.</translation>
    </message>
    <message>
        <source>La URL registrada en el portal de PagoEfectivo no es la del receptor: se pierden notificaciones hasta registrarla.</source>
        <translation>La URL registrada en el portal de PagoEfectivo no es la del receptor: se pierden notificaciones hasta registrarla.</translation>
    </message>
    <message>
        <source>1. Escriba la URL pública del receptor y compruebe que responde.
2. Regístrela en el portal de PagoEfectivo (Configuración → URL de notificación).
3. Márquela aquí como «registrada en el portal», con la fecha.
4. Mantenga el receptor anterior en marcha hasta que llegue la primera notificación a la nueva URL.</source>
        <translation>1. Escriba la URL pública del receptor y compruebe que responde.
2. Regístrela en el portal de PagoEfectivo (Configuración → URL de notificación).
3. Márquela aquí como «registrada en el portal», con la fecha.
4. Mantenga el receptor anterior en marcha hasta que llegue la primera notificación a la nueva URL.</translation>
    </message>
    <message>
        <source>Escriba la URL del receptor.</source>
        <translation>Escriba la URL del receptor.</translation>
    </message>
    <message>
        <source>La URL admite hasta {n} caracteres.</source>
        <translation>La URL admite hasta {n} caracteres.</translation>
    </message>
    <message>
        <source>La URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros ni espacios).</source>
        <translation>La URL debe ser como https://cobros.mitienda.pe (sin usuario, parámetros ni espacios).</translation>
    </message>
    <message>
        <source>Un perfil de producción necesita una URL https.</source>
        <translation>Un perfil de producción necesita una URL https.</translation>
    </message>
    <message>
        <source>PagoEfectivo no puede llegar a una dirección de esta PC: use la URL pública del receptor.</source>
        <translation>PagoEfectivo no puede llegar a una dirección de esta PC: use la URL pública del receptor.</translation>
    </message>
    <message>
        <source>El perfil demo usa su receptor incluido; no se cambia.</source>
        <translation>El perfil demo usa su receptor incluido; no se cambia.</translation>
    </message>
    <message>
        <source>La fecha de registro no puede ser futura ni anterior a 2015.</source>
        <translation>La fecha de registro no puede ser futura ni anterior a 2015.</translation>
    </message>
    <message>
        <source>Primero guarde la URL del receptor (paso 1).</source>
        <translation>Primero guarde la URL del receptor (paso 1).</translation>
    </message>
    <message>
        <source>La URL no respondió como el receptor de este perfil: no se cambió.</source>
        <translation>La URL no respondió como el receptor de este perfil: no se cambió.</translation>
    </message>
    <message>
        <source>✓ {url} responde: es el receptor de PagoDesk de este perfil ({ms} ms).</source>
        <translation>✓ {url} responde: es el receptor de PagoDesk de este perfil ({ms} ms).</translation>
    </message>
    <message>
        <source>✗ {url} no responde ({error}).</source>
        <translation>✗ {url} no responde ({error}).</translation>
    </message>
    <message>
        <source>✗ {url} responde ({error}), pero no es el receptor de PagoDesk.</source>
        <translation>✗ {url} responde ({error}), pero no es el receptor de PagoDesk.</translation>
    </message>
    <message>
        <source>✗ {url} es el receptor de PagoDesk del perfil «{profile}», no de este.</source>
        <translation>✗ {url} es el receptor de PagoDesk del perfil «{profile}», no de este.</translation>
    </message>
    <message>
        <source>✗ {url} es el receptor de este perfil, pero su base de datos falla.</source>
        <translation>✗ {url} es el receptor de este perfil, pero su base de datos falla.</translation>
    </message>
    <message>
        <source>Aún no recibió ninguna notificación.</source>
        <translation>Aún no recibió ninguna notificación.</translation>
    </message>
    <message>
        <source>Última notificación recibida: {time}.</source>
        <translation>Última notificación recibida: {time}.</translation>
    </message>
</context>
<context>
    <name>NotifyUrlDialog</name>
    <message>
        <source>Cambiar la URL de notificación</source>
        <translation>Cambiar la URL de notificación</translation>
    </message>
    <message>
        <source>1. Nueva URL pública del receptor</source>
        <translation>1. Nueva URL pública del receptor</translation>
    </message>
    <message>
        <source>Comprobar</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Guardar como URL del receptor</source>
        <translation>Guardar como URL del receptor</translation>
    </message>
    <message>
        <source>2. Regístrela en el portal de PagoEfectivo</source>
        <translation>2. Regístrela en el portal de PagoEfectivo</translation>
    </message>
    <message>
        <source>Entre al portal de comercios de PagoEfectivo y ponga esa URL como URL de notificación. Sin este paso PagoEfectivo sigue notificando a la anterior.</source>
        <translation>Entre al portal de comercios de PagoEfectivo y ponga esa URL como URL de notificación. Sin este paso PagoEfectivo sigue notificando a la anterior.</translation>
    </message>
    <message>
        <source>3. Márquela como registrada en el portal</source>
        <translation>3. Márquela como registrada en el portal</translation>
    </message>
    <message>
        <source>Registrada el</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <source>Marcar «registrado en el portal»</source>
        <translation>Marcar «registrado en el portal»</translation>
    </message>
    <message>
        <source>4. Mantenga el receptor anterior en marcha</source>
        <translation>4. Mantenga el receptor anterior en marcha</translation>
    </message>
    <message>
        <source>No apague el receptor anterior hasta que llegue la primera notificación a la nueva URL: PagoEfectivo puede seguir enviando a la anterior un tiempo.</source>
        <translation>No apague el receptor anterior hasta que llegue la primera notificación a la nueva URL: PagoEfectivo puede seguir enviando a la anterior un tiempo.</translation>
    </message>
    <message>
        <source>Ver la última notificación de cada URL</source>
        <translation>Ver la última notificación de cada URL</translation>
    </message>
    <message>
        <source>Perfil «{name}».</source>
        <translation>Perfil «{name}».</translation>
    </message>
    <message>
        <source>Registrada en el portal: {url}</source>
        <translation>Registrada en el portal: {url}</translation>
    </message>
    <message>
        <source>URL del receptor: {url}</source>
        <translation>URL del receptor: {url}</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Aún no hay ninguna URL que comprobar.</source>
        <translation>Aún no hay ninguna URL que comprobar.</translation>
    </message>
</context>
<context>
    <name>NotifyUrlNotice</name>
    <message>
        <source>Cambiar la URL de notificación…</source>
        <translation>Cambiar la URL de notificación…</translation>
    </message>
    <message>
        <source>Registrada en el portal: {url}</source>
        <translation>Registrada en el portal: {url}</translation>
    </message>
    <message>
        <source>URL del receptor: {url}</source>
        <translation>URL del receptor: {url}</translation>
    </message>
    <message>
        <source>Abra este perfil para cambiarla aquí, o use «pagodesk profile notify-url».</source>
        <translation>Abra este perfil para cambiarla aquí, o use «pagodesk profile notify-url».</translation>
    </message>
</context>
<context>
    <name>NotifyUrlWarning</name>
    <message>
        <source>⚠ URL de notificación</source>
        <translation>⚠ URL de notificación</translation>
    </message>
    <message>
        <source>Clic: cambiar la URL de notificación</source>
        <translation>Clic: cambiar la URL de notificación</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <source>Abrir carpeta</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Mostrar «{name}» en su carpeta</source>
        <translation>Mostrar «{name}» en su carpeta</translation>
    </message>
</context>
<context>
    <name>PaidChart</name>
    <message>
        <source>Días del {first} al {last}</source>
        <translation>Días del {first} al {last}</translation>
    </message>
    <message>
        <source>dd/MM</source>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Sin cobros en estos 30 días</source>
        <translation>Sin cobros en estos 30 días</translation>
    </message>
    <message>
        <source>Soles (S/)</source>
        <translation>Soles (S/)</translation>
    </message>
    <message>
        <source>Dólares (US$)</source>
        <translation>Dólares (US$)</translation>
    </message>
    <message>
        <source>dddd dd/MM</source>
        <translation>dddd dd/MM</translation>
    </message>
    <message numerus="yes">
        <source>%n pago(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message>
        <source>Clic: los pagos de ese día en Historial</source>
        <translation>Clic: los pagos de ese día en Historial</translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message>
        <source>Pagado: {what}</source>
        <translation>Pagado: {what}</translation>
    </message>
    <message>
        <source>Pago recibido</source>
        <translation>Pago recibido</translation>
    </message>
    <message numerus="yes">
        <source>%n pagos recibidos</source>
        <translation>
            <numerusform>%n pago recibido</numerusform>
            <numerusform>%n pagos recibidos</numerusform>
        </translation>
    </message>
    <message>
        <source>… y {n} más</source>
        <translation>… y {n} más</translation>
    </message>
    <message>
        <source>Clic para ver el voucher</source>
        <translation>Clic para ver el voucher</translation>
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
        <translation>¿Quién atiende?</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>Perfil de demostración (solo para práctica): {people}</source>
        <translation>Perfil de demostración (solo para práctica): {people}</translation>
    </message>
    <message>
        <source>Borrar</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Entrar</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Elija su nombre.</source>
        <translation>Elija su nombre.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Vista previa</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Ticket 80 mm</source>
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>Ticket 58 mm</translation>
    </message>
    <message>
        <source>Formato del comprobante</source>
        <translation>Formato del comprobante</translation>
    </message>
    <message>
        <source>Imprimir…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Imprimir en el formato elegido (Ctrl+P)</source>
        <translation>Imprimir en el formato elegido (Ctrl+P)</translation>
    </message>
    <message>
        <source>Guardar PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora y formato)</source>
        <translation>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora y formato)</translation>
    </message>
    <message>
        <source>Preparando la vista previa…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>No se pudo preparar la vista previa: {error}</source>
        <translation>No se pudo preparar la vista previa: {error}</translation>
    </message>
    <message>
        <source>Preparando la impresión…</source>
        <translation>Preparando la impresión…</translation>
    </message>
    <message>
        <source>Comprobante enviado a la impresora.</source>
        <translation>Comprobante enviado a la impresora.</translation>
    </message>
    <message>
        <source>Guardar comprobante en PDF</source>
        <translation>Guardar comprobante en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF guardado en {path}</source>
        <translation>PDF guardado en {path}</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>No se pudo completar: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewStep</name>
    <message>
        <source>Cada línea del archivo y lo que pasará con ella al aplicar.</source>
        <translation>Cada línea del archivo y lo que pasará con ella al aplicar.</translation>
    </message>
    <message>
        <source>Vouchers abiertos que el archivo no menciona (creados hasta el día de su último pago). Solo se informan: aplicar no los cambia.</source>
        <translation>Vouchers abiertos que el archivo no menciona (creados hasta el día de su último pago). Solo se informan: aplicar no los cambia.</translation>
    </message>
    <message>
        <source>Ninguna línea de este tipo</source>
        <translation>Ninguna línea de este tipo</translation>
    </message>
    <message>
        <source>El archivo menciona todos los cobros abiertos</source>
        <translation>El archivo menciona todos los cobros abiertos</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %Ln línea(s). Revise antes de aplicar.</source>
        <translation>
            <numerusform>{name}: %Ln línea. Revise antes de aplicar.</numerusform>
            <numerusform>{name}: %Ln líneas. Revise antes de aplicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{paid} {problems} {unknown} y {invalid} no cambian nada.</source>
        <translation>{paid} {problems} {unknown} y {invalid} no cambian nada.</translation>
    </message>
    <message numerus="yes">
        <source>Se marcará(n) %Ln cobro(s) como pagado(s).</source>
        <translation>
            <numerusform>Se marcará %Ln cobro como pagado.</numerusform>
            <numerusform>Se marcarán %Ln cobros como pagados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se registrará(n) hasta %Ln discrepancia(s) para revisar.</source>
        <translation>
            <numerusform>Se registrará hasta %Ln discrepancia para revisar.</numerusform>
            <numerusform>Se registrarán hasta %Ln discrepancias para revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln línea(s) con CIP desconocido</source>
        <translation>
            <numerusform>%Ln línea con CIP desconocido</numerusform>
            <numerusform>%Ln líneas con CIP desconocido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no válida(s)</source>
        <translation>
            <numerusform>%Ln no válida</numerusform>
            <numerusform>%Ln no válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Volver a las columnas</source>
        <translation>Volver a las columnas</translation>
    </message>
    <message>
        <source>Aplicar</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Todas ({n})</source>
        <translation>Todas ({n})</translation>
    </message>
    <message>
        <source>Faltan en el archivo ({n})</source>
        <translation>Faltan en el archivo ({n})</translation>
    </message>
    <message>
        <source>Nada que aplicar</source>
        <translation>Nada que aplicar</translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <source>Reintentar impresión</source>
        <translation>Reintentar impresión</translation>
    </message>
    <message>
        <source>Imprimiendo en {uri}…</source>
        <translation>Imprimiendo en {uri}…</translation>
    </message>
    <message>
        <source>Ticket impreso en {uri}.</source>
        <translation>Ticket impreso en {uri}.</translation>
    </message>
    <message>
        <source>El papel se está acabando: tenga un rollo a la mano.</source>
        <translation>El papel se está acabando: tenga un rollo a la mano.</translation>
    </message>
</context>
<context>
    <name>PrintersPanel</name>
    <message>
        <source>Ninguna: usar el diálogo de impresión</source>
        <translation>Ninguna: usar el diálogo de impresión</translation>
    </message>
    <message>
        <source>Red (TCP/IP, puerto 9100)</source>
        <translation>Red (TCP/IP, puerto 9100)</translation>
    </message>
    <message>
        <source>IP o nombre, p. ej. 192.168.1.50 o 192.168.1.50:9100</source>
        <translation>IP o nombre, p. ej. 192.168.1.50 o 192.168.1.50:9100</translation>
    </message>
    <message>
        <source>USB directo</source>
        <translation>USB directo</translation>
    </message>
    <message>
        <source>fabricante:producto en hex, p. ej. 04b8:0202</source>
        <translation>fabricante:producto en hex, p. ej. 04b8:0202</translation>
    </message>
    <message>
        <source>Puerto serie</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <source>COM3 o /dev/ttyUSB0 (?baudrate=19200 si no es 9600)</source>
        <translation>COM3 o /dev/ttyUSB0 (?baudrate=19200 si no es 9600)</translation>
    </message>
    <message>
        <source>Impresora de Windows (RAW)</source>
        <translation>Impresora de Windows (RAW)</translation>
    </message>
    <message>
        <source>el nombre de la impresora en Windows</source>
        <translation>el nombre de la impresora en Windows</translation>
    </message>
    <message>
        <source>Cola de CUPS (RAW)</source>
        <translation>Cola de CUPS (RAW)</translation>
    </message>
    <message>
        <source>el nombre de la cola, p. ej. ticketera</source>
        <translation>el nombre de la cola, p. ej. ticketera</translation>
    </message>
    <message>
        <source>Archivo (pruebas, o /dev/usb/lp0)</source>
        <translation>Archivo (pruebas, o /dev/usb/lp0)</translation>
    </message>
    <message>
        <source>ruta completa, p. ej. /home/caja/ticket.bin</source>
        <translation>ruta completa, p. ej. /home/caja/ticket.bin</translation>
    </message>
    <message>
        <source>Impresora térmica de esta caja</source>
        <translation>Impresora térmica de esta caja</translation>
    </message>
    <message>
        <source>Con una impresora de tickets (ESC/POS: Epson, Bixolon y las genéricas de 58 u 80 mm), «Imprimir ticket» la usa directamente; Ctrl+P sigue abriendo el diálogo de impresión. Cada PC guarda su propia impresora.</source>
        <translation>Con una impresora de tickets (ESC/POS: Epson, Bixolon y las genéricas de 58 u 80 mm), «Imprimir ticket» la usa directamente; Ctrl+P sigue abriendo el diálogo de impresión. Cada PC guarda su propia impresora.</translation>
    </message>
    <message>
        <source>576 en 80 mm y 384 en 58 mm (cabezal de 203 dpi)</source>
        <translation>576 en 80 mm y 384 en 58 mm (cabezal de 203 dpi)</translation>
    </message>
    <message>
        <source>CP858 (PC858, con €; la habitual)</source>
        <translation>CP858 (PC858, con €; la habitual)</translation>
    </message>
    <message>
        <source>Imprimir el ticket al emitir cada cobro</source>
        <translation>Imprimir el ticket al emitir cada cobro</translation>
    </message>
    <message>
        <source>Conexión</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Dirección</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Papel</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Puntos por línea</source>
        <translation>Puntos por línea</translation>
    </message>
    <message>
        <source>Página de códigos</source>
        <translation>Página de códigos</translation>
    </message>
    <message>
        <source>Al emitir</source>
        <translation>Al emitir</translation>
    </message>
    <message>
        <source>Imprimir prueba</source>
        <translation>Imprimir prueba</translation>
    </message>
    <message>
        <source>Imprime una página de prueba con lo que dice el formulario, aún sin guardar</source>
        <translation>Imprime una página de prueba con lo que dice el formulario, aún sin guardar</translation>
    </message>
    <message>
        <source>Guardar impresora</source>
        <translation>Guardar impresora</translation>
    </message>
    <message>
        <source>Se guardará como {uri}</source>
        <translation>Se guardará como {uri}</translation>
    </message>
    <message>
        <source>Revise los campos marcados.</source>
        <translation>Revise los campos marcados.</translation>
    </message>
    <message>
        <source>Imprimiendo la página de prueba…</source>
        <translation>Imprimiendo la página de prueba…</translation>
    </message>
    <message>
        <source>Página de prueba impresa en {uri}: revise las tildes, la ñ y la regla.</source>
        <translation>Página de prueba impresa en {uri}: revise las tildes, la ñ y la regla.</translation>
    </message>
    <message>
        <source>Impresora guardada: «Imprimir» usa {uri}.</source>
        <translation>Impresora guardada: «Imprimir» usa {uri}.</translation>
    </message>
    <message>
        <source>Sin impresora térmica: «Imprimir» abre el diálogo de impresión.</source>
        <translation>Sin impresora térmica: «Imprimir» abre el diálogo de impresión.</translation>
    </message>
    <message>
        <source>Revise los campos marcados: no se guardó nada.</source>
        <translation>Revise los campos marcados: no se guardó nada.</translation>
    </message>
    <message>
        <source>No se pudo guardar: {error}</source>
        <translation>No se pudo guardar: {error}</translation>
    </message>
</context>
<context>
    <name>ProductionWarning</name>
    <message>
        <source>Salir a producción</source>
        <translation>Salir a producción</translation>
    </message>
    <message>
        <source>«{profile}» cobra de verdad, y no hay una prueba de salida a producción aprobada en los últimos 30 días.</source>
        <translation>«{profile}» cobra de verdad, y no hay una prueba de salida a producción aprobada en los últimos 30 días.</translation>
    </message>
    <message>
        <source>PagoEfectivo pide probar flujos completos en su entorno de pruebas antes de cobrar: un pago notificado, uno vencido, una notificación repetida y una perdida, una conexión cortada… Pruébelos ahora, o continúe bajo la responsabilidad de un supervisor: quedará registrado quién y cuándo.</source>
        <translation>PagoEfectivo pide probar flujos completos en su entorno de pruebas antes de cobrar: un pago notificado, uno vencido, una notificación repetida y una perdida, una conexión cortada… Pruébelos ahora, o continúe bajo la responsabilidad de un supervisor: quedará registrado quién y cuándo.</translation>
    </message>
    <message>
        <source>Probar antes de salir a producción</source>
        <translation>Probar antes de salir a producción</translation>
    </message>
    <message>
        <source>Continuar: lo autorizo como supervisor</source>
        <translation>Continuar: lo autorizo como supervisor</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ProfileFormBox</name>
    <message>
        <source>p. ej. tienda-lince</source>
        <translation>p. ej. tienda-lince</translation>
    </message>
    <message>
        <source>Producción (cobros reales)</source>
        <translation>Producción (cobros reales)</translation>
    </message>
    <message>
        <source>El perfil demo usa el simulador de PagoEfectivo incluido en PagoDesk: datos de prueba, sin credenciales ni dinero real.</source>
        <translation>El perfil demo usa el simulador de PagoEfectivo incluido en PagoDesk: datos de prueba, sin credenciales ni dinero real.</translation>
    </message>
    <message>
        <source>Pruebas de PagoEfectivo (sandbox)</source>
        <translation>Pruebas de PagoEfectivo (sandbox)</translation>
    </message>
    <message>
        <source>Demo (simulador incluido)</source>
        <translation>Demo (simulador incluido)</translation>
    </message>
    <message>
        <source>el número que le dio PagoEfectivo</source>
        <translation>el número que le dio PagoEfectivo</translation>
    </message>
    <message>
        <source>opcional: postgresql+psycopg://servidor/base</source>
        <translation>opcional: postgresql+psycopg://servidor/base</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entorno</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>URL base</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>ID de servicio</source>
        <translation>ID de servicio</translation>
    </message>
    <message>
        <source>Base de datos compartida</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>Clave de acceso</source>
        <translation>Clave de acceso</translation>
    </message>
    <message>
        <source>Clave secreta</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Usar archivo cifrado…</source>
        <translation>Usar archivo cifrado…</translation>
    </message>
    <message>
        <source>Guardar las claves en un archivo cifrado con contraseña (menos seguro)</source>
        <translation>Guardar las claves en un archivo cifrado con contraseña (menos seguro)</translation>
    </message>
    <message>
        <source>Perfil «{name}»</source>
        <translation>Perfil «{name}»</translation>
    </message>
    <message>
        <source>Consultando el llavero del sistema…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <source>Nuevo perfil</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Las claves se guardan en el llavero del sistema, nunca en un archivo.</source>
        <translation>Las claves se guardan en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Claves guardadas en el llavero del sistema. Escriba una nueva solo para reemplazarla.</source>
        <translation>Claves guardadas en el llavero del sistema. Escriba una nueva solo para reemplazarla.</translation>
    </message>
    <message>
        <source>Este perfil no tiene claves guardadas: escríbalas y guarde.</source>
        <translation>Este perfil no tiene claves guardadas: escríbalas y guarde.</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>No se pudo completar: {error}</translation>
    </message>
</context>
<context>
    <name>ProfilesPanel</name>
    <message>
        <source>Nuevo perfil</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Usar este perfil</source>
        <translation>Usar este perfil</translation>
    </message>
    <message>
        <source>Eliminar</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Probar conexión</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Comprueba las credenciales y el reloj de esta PC con PagoEfectivo</source>
        <translation>Comprueba las credenciales y el reloj de esta PC con PagoEfectivo</translation>
    </message>
    <message>
        <source>Guardar perfil</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Probar antes de salir a producción</source>
        <translation>Probar antes de salir a producción</translation>
    </message>
    <message>
        <source>Flujos completos contra este perfil de pruebas, con un informe firmado</source>
        <translation>Flujos completos contra este perfil de pruebas, con un informe firmado</translation>
    </message>
    <message>
        <source>Abierto ahora: «{name}».</source>
        <translation>Abierto ahora: «{name}».</translation>
    </message>
    <message>
        <source>Al reiniciar PagoDesk se abrirá «{name}».</source>
        <translation>Al reiniciar PagoDesk se abrirá «{name}».</translation>
    </message>
    <message>
        <source>Un cambio de perfil se aplica al reiniciar PagoDesk.</source>
        <translation>Un cambio de perfil se aplica al reiniciar PagoDesk.</translation>
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
        <translation>producción</translation>
    </message>
    <message>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <source>● {text} — activo</source>
        <translation>● {text} — activo</translation>
    </message>
    <message>
        <source>Es el perfil abierto ahora</source>
        <translation>Es el perfil abierto ahora</translation>
    </message>
    <message>
        <source>Perfil «{name}» guardado; sus claves están en el archivo cifrado de este equipo.</source>
        <translation>Perfil «{name}» guardado; sus claves están en el archivo cifrado de este equipo.</translation>
    </message>
    <message>
        <source>Perfil «{name}» guardado; sus claves están en el llavero del sistema.</source>
        <translation>Perfil «{name}» guardado; sus claves están en el llavero del sistema.</translation>
    </message>
    <message>
        <source>«{name}» es el perfil en uso.</source>
        <translation>«{name}» es el perfil en uso.</translation>
    </message>
    <message>
        <source>«{name}» se abrirá al reiniciar PagoDesk.</source>
        <translation>«{name}» se abrirá al reiniciar PagoDesk.</translation>
    </message>
    <message>
        <source>Eliminar perfil</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>¿Eliminar el perfil «{name}» y sus claves del llavero? Sus cobros guardados en esta PC se conservan.</source>
        <translation>¿Eliminar el perfil «{name}» y sus claves del llavero? Sus cobros guardados en esta PC se conservan.</translation>
    </message>
    <message>
        <source>Perfil «{name}» eliminado.</source>
        <translation>Perfil «{name}» eliminado.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>{label}: ahora vence el {when}.</source>
        <translation>{label}: ahora vence el {when}.</translation>
    </message>
    <message>
        <source>{label} marcado como revisado.</source>
        <translation>{label} marcado como revisado.</translation>
    </message>
    <message>
        <source>Marcar revisado</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <source>Escriba qué revisó o qué decidió (por ejemplo, «coincide con el extracto del banco»). Queda en el historial del voucher con su nombre y sale de esta lista.</source>
        <translation>Escriba qué revisó o qué decidió (por ejemplo, «coincide con el extracto del banco»). Queda en el historial del voucher con su nombre y sale de esta lista.</translation>
    </message>
    <message>
        <source>&amp;Nota:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Nuevo código emitido: CIP {cip}. Entréguelo al cliente.</source>
        <translation>Nuevo código emitido: CIP {cip}. Entréguelo al cliente.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó el nuevo intento: quedó como no emitido.</source>
        <translation>PagoEfectivo rechazó el nuevo intento: quedó como no emitido.</translation>
    </message>
    <message>
        <source>PagoEfectivo tampoco respondió esta vez: sigue sin confirmar.</source>
        <translation>PagoEfectivo tampoco respondió esta vez: sigue sin confirmar.</translation>
    </message>
    <message>
        <source>Descartar cobro sin confirmar</source>
        <translation>Descartar cobro sin confirmar</translation>
    </message>
    <message>
        <source>¿Descartar el cobro {code} por {amount}? Quedará como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</source>
        <translation>¿Descartar el cobro {code} por {amount}? Quedará como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</translation>
    </message>
    <message>
        <source>Cobro {code} descartado.</source>
        <translation>Cobro {code} descartado.</translation>
    </message>
    <message>
        <source>Solicitud de {who} rechazada: {label} no cambió.</source>
        <translation>Solicitud de {who} rechazada: {label} no cambió.</translation>
    </message>
    <message>
        <source>Aprobado: {label} quedó como «{status}».</source>
        <translation>Aprobado: {label} quedó como «{status}».</translation>
    </message>
    <message>
        <source>(fuera de plazo)</source>
        <translation>(fuera de plazo)</translation>
    </message>
    <message>
        <source>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</source>
        <translation>El voucher cambió mientras tanto: no se aplicó y quedó registrado como discrepancia.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Nada pendiente</source>
        <translation>Nada pendiente</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>El monto no coincide con el registrado</source>
        <translation>El monto no coincide con el registrado</translation>
    </message>
    <message>
        <source>La moneda no coincide con la registrada</source>
        <translation>La moneda no coincide con la registrada</translation>
    </message>
    <message>
        <source>Se informó un pago de un voucher sin pago posible</source>
        <translation>Se informó un pago de un voucher sin pago posible</translation>
    </message>
    <message>
        <source>PagoEfectivo dio un estado desconocido</source>
        <translation>PagoEfectivo dio un estado desconocido</translation>
    </message>
    <message>
        <source>Se notificó otro número de operación que el registrado</source>
        <translation>Se notificó otro número de operación que el registrado</translation>
    </message>
    <message>
        <source>El código de pedido notificado no coincide</source>
        <translation>El código de pedido notificado no coincide</translation>
    </message>
    <message>
        <source>Se notificó un pago de un anulado</source>
        <translation>Se notificó un pago de un anulado</translation>
    </message>
    <message>
        <source>Pago a mano por aprobar</source>
        <translation>Pago a mano por aprobar</translation>
    </message>
    <message>
        <source>Pagado después del vencimiento</source>
        <translation>Pagado después del vencimiento</translation>
    </message>
    <message>
        <source>Sin respuesta de PagoEfectivo</source>
        <translation>Sin respuesta de PagoEfectivo</translation>
    </message>
    <message>
        <source>Error de PagoEfectivo, sin confirmar</source>
        <translation>Error de PagoEfectivo, sin confirmar</translation>
    </message>
    <message>
        <source>PagoEfectivo dice «{reported}»</source>
        <translation>PagoEfectivo dice «{reported}»</translation>
    </message>
    <message>
        <source>Se informó «{reported}»; no se aplicó</source>
        <translation>Se informó «{reported}»; no se aplicó</translation>
    </message>
    <message>
        <source>Escriba su nombre.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Escriba como máximo {detail} caracteres.</source>
        <translation>Escriba como máximo {detail} caracteres.</translation>
    </message>
    <message>
        <source>Debe aprobar otra persona, no quien lo solicitó.</source>
        <translation>Debe aprobar otra persona, no quien lo solicitó.</translation>
    </message>
    <message>
        <source>La solicitud ya no vale: el voucher cambió después.</source>
        <translation>La solicitud ya no vale: el voucher cambió después.</translation>
    </message>
    <message>
        <source>Esa solicitud ya no existe.</source>
        <translation>Esa solicitud ya no existe.</translation>
    </message>
    <message>
        <source>El voucher es de otro perfil.</source>
        <translation>El voucher es de otro perfil.</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>Tiene caracteres de control o invisibles: escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>No se puede: el voucher está «{status}».</source>
        <translation>No se puede: el voucher está «{status}».</translation>
    </message>
    <message>
        <source>PagoEfectivo no aceptó el cambio ({code}: {message}); no cambió nada.</source>
        <translation>PagoEfectivo no aceptó el cambio ({code}: {message}); no cambió nada.</translation>
    </message>
    <message>
        <source>PagoEfectivo no confirmó el cambio; aquí no cambió nada. La próxima sincronización mostrará si se aplicó.</source>
        <translation>PagoEfectivo no confirmó el cambio; aquí no cambió nada. La próxima sincronización mostrará si se aplicó.</translation>
    </message>
    <message>
        <source>Otra persona cambió este voucher al mismo tiempo. Intente de nuevo.</source>
        <translation>Otra persona cambió este voucher al mismo tiempo. Intente de nuevo.</translation>
    </message>
    <message>
        <source>Ese voucher ya no existe.</source>
        <translation>Ese voucher ya no existe.</translation>
    </message>
    <message>
        <source>No se pudo hablar con PagoEfectivo ({error}). Revise la conexión e intente de nuevo.</source>
        <translation>No se pudo hablar con PagoEfectivo ({error}). Revise la conexión e intente de nuevo.</translation>
    </message>
    <message>
        <source>No se pudo completar: {error}</source>
        <translation>No se pudo completar: {error}</translation>
    </message>
    <message>
        <source>No se puede extender 24 h: pasaría el vencimiento máximo permitido ({limit}). Elija otra fecha desde el detalle del voucher.</source>
        <translation>No se puede extender 24 h: pasaría el vencimiento máximo permitido ({limit}). Elija otra fecha desde el detalle del voucher.</translation>
    </message>
    <message>
        <source>La nueva fecha de vencimiento no es válida. Extiéndalo desde el detalle.</source>
        <translation>La nueva fecha de vencimiento no es válida. Extiéndalo desde el detalle.</translation>
    </message>
    <message>
        <source>No se pudo sincronizar con PagoEfectivo.</source>
        <translation>No se pudo sincronizar con PagoEfectivo.</translation>
    </message>
    <message>
        <source>Sincronización cancelada: {checked} de {total} consultados.</source>
        <translation>Sincronización cancelada: {checked} de {total} consultados.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió ({checked} de {total} consultados). Se volverá a intentar más tarde.</source>
        <translation>PagoEfectivo no respondió ({checked} de {total} consultados). Se volverá a intentar más tarde.</translation>
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
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problema</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Origen</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Cuándo</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Falta</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Pedido</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Emitido</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Por</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Vencía</source>
        <translation>Vencía</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Registrado</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Solicitado por</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Operación</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Recibido</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Desde</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Línea</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Resultado</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>ReconcilePage</name>
    <message>
        <source>Discrepancias ({n})</source>
        <translation>Discrepancias ({n})</translation>
    </message>
    <message>
        <source>Por vencer ({n})</source>
        <translation>Por vencer ({n})</translation>
    </message>
    <message>
        <source>Sin confirmar ({n})</source>
        <translation>Sin confirmar ({n})</translation>
    </message>
    <message>
        <source>Pagos tardíos ({n})</source>
        <translation>Pagos tardíos ({n})</translation>
    </message>
    <message>
        <source>Aprobaciones ({n})</source>
        <translation>Aprobaciones ({n})</translation>
    </message>
    <message>
        <source>CIP ajenos ({n})</source>
        <translation>CIP ajenos ({n})</translation>
    </message>
    <message>
        <source>PagoEfectivo y este registro no coinciden. Abra el voucher para ver sus eventos, resuelva el caso y márquelo como revisado.</source>
        <translation>PagoEfectivo y este registro no coinciden. Abra el voucher para ver sus eventos, resuelva el caso y márquelo como revisado.</translation>
    </message>
    <message>
        <source>Pendientes de pago que vencen en las próximas 24 horas. «Extender 24 h» le da un día más al cliente con el mismo código.</source>
        <translation>Pendientes de pago que vencen en las próximas 24 horas. «Extender 24 h» le da un día más al cliente con el mismo código.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió y no se sabe si el código se generó: no entregue ningún código. «Reintentar» pide uno nuevo; «Descartar» deja el intento como no emitido.</source>
        <translation>PagoEfectivo no respondió y no se sabe si el código se generó: no entregue ningún código. «Reintentar» pide uno nuevo; «Descartar» deja el intento como no emitido.</translation>
    </message>
    <message>
        <source>Pagos confirmados después del vencimiento (últimos 30 días). Verifique que el pedido se atendió y márquelos como revisados.</source>
        <translation>Pagos confirmados después del vencimiento (últimos 30 días). Verifique que el pedido se atendió y márquelos como revisados.</translation>
    </message>
    <message>
        <source>Pagos marcados a mano que esperan la aprobación de otra persona.</source>
        <translation>Pagos marcados a mano que esperan la aprobación de otra persona.</translation>
    </message>
    <message>
        <source>PagoEfectivo avisó pagos de códigos que no son de este perfil (últimos 30 días). Si no los reconoce, consúltelo con PagoEfectivo.</source>
        <translation>PagoEfectivo avisó pagos de códigos que no son de este perfil (últimos 30 días). Si no los reconoce, consúltelo con PagoEfectivo.</translation>
    </message>
    <message>
        <source>Conciliación</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Cierre del día…</source>
        <translation>Cierre del día…</translation>
    </message>
    <message>
        <source>Resumen del día por cajero, en PDF o CSV</source>
        <translation>Resumen del día por cajero, en PDF o CSV</translation>
    </message>
    <message>
        <source>Importar liquidación</source>
        <translation>Importar liquidación</translation>
    </message>
    <message>
        <source>Abrir</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Marcar revisado…</source>
        <translation>Marcar revisado…</translation>
    </message>
    <message>
        <source>Extender 24 h</source>
        <translation>Extender 24 h</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reintentar</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Marcar revisado</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <source>Aprobar…</source>
        <translation>Aprobar…</translation>
    </message>
    <message numerus="yes">
        <source>Sincronizado: %n consultados</source>
        <translation>
            <numerusform>Sincronizado: %n consultado</numerusform>
            <numerusform>Sincronizado: %n consultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cambios de estado</source>
        <translation>
            <numerusform>%n cambio de estado</numerusform>
            <numerusform>%n cambios de estado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discrepancias por revisar</source>
        <translation>
            <numerusform>%n discrepancia por revisar</numerusform>
            <numerusform>%n discrepancias por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudieron leer las listas: {error}</source>
        <translation>No se pudieron leer las listas: {error}</translation>
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
        <translation>Ticket 80 mm</translation>
    </message>
    <message>
        <source>Ticket 58 mm</source>
        <translation>Ticket 58 mm</translation>
    </message>
    <message>
        <source>DEMO — sin valor: código de prueba del simulador, no se puede pagar en agentes ni bancos</source>
        <translation>DEMO — sin valor: código de prueba del simulador, no se puede pagar en agentes ni bancos</translation>
    </message>
    <message>
        <source>SANDBOX — sin valor: código del entorno de pruebas de PagoEfectivo, no es un cobro real</source>
        <translation>SANDBOX — sin valor: código del entorno de pruebas de PagoEfectivo, no es un cobro real</translation>
    </message>
    <message>
        <source>✓ Cobro emitido</source>
        <translation>✓ Cobro emitido</translation>
    </message>
    <message>
        <source>Código de pago (CIP)</source>
        <translation>Código de pago (CIP)</translation>
    </message>
    <message>
        <source>Nuevo cobro</source>
        <translation>Nuevo cobro</translation>
    </message>
    <message>
        <source>Limpiar el formulario para el siguiente cliente (Esc)</source>
        <translation>Limpiar el formulario para el siguiente cliente (Esc)</translation>
    </message>
    <message>
        <source>Formato del voucher para imprimir o guardar</source>
        <translation>Formato del voucher para imprimir o guardar</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimir el voucher (Ctrl+P)</source>
        <translation>Imprimir el voucher (Ctrl+P)</translation>
    </message>
    <message>
        <source>Guardar PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Copiar CIP</source>
        <translation>Copiar CIP</translation>
    </message>
    <message>
        <source>Copiar enlace de pago</source>
        <translation>Copiar enlace de pago</translation>
    </message>
    <message>
        <source>Compartir por WhatsApp</source>
        <translation>Compartir por WhatsApp</translation>
    </message>
    <message>
        <source>Copiar texto</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Abrir WhatsApp</source>
        <translation>Abrir WhatsApp</translation>
    </message>
    <message>
        <source>Págalo antes del {deadline} (hora de Lima)</source>
        <translation>Págalo antes del {deadline} (hora de Lima)</translation>
    </message>
    <message>
        <source>Se abrirá el chat con +{number}</source>
        <translation>Se abrirá el chat con +{number}</translation>
    </message>
    <message>
        <source>WhatsApp le pedirá elegir el contacto</source>
        <translation>WhatsApp le pedirá elegir el contacto</translation>
    </message>
    <message>
        <source>✓ Cobro pagado</source>
        <translation>✓ Cobro pagado</translation>
    </message>
    <message>
        <source>✓ Pagado</source>
        <translation>✓ Pagado</translation>
    </message>
    <message>
        <source>✓ Pagado el {when}</source>
        <translation>✓ Pagado el {when}</translation>
    </message>
    <message>
        <source>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora)</source>
        <translation>Imprimir el ticket en {uri} (Ctrl+P: elegir impresora)</translation>
    </message>
    <message>
        <source>Formato para Guardar PDF y para Ctrl+P (el ticket sale al ancho de la ticketera)</source>
        <translation>Formato para Guardar PDF y para Ctrl+P (el ticket sale al ancho de la ticketera)</translation>
    </message>
    <message>
        <source>Imprimir ticket</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>Preparando…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Imprimiendo…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>CIP {cip} copiado</source>
        <translation>CIP {cip} copiado</translation>
    </message>
    <message>
        <source>Enlace de pago copiado</source>
        <translation>Enlace de pago copiado</translation>
    </message>
    <message>
        <source>Mensaje copiado; péguelo en el chat del cliente</source>
        <translation>Mensaje copiado; péguelo en el chat del cliente</translation>
    </message>
    <message>
        <source>No se pudo abrir WhatsApp; use «Copiar texto» y péguelo en el chat</source>
        <translation>No se pudo abrir WhatsApp; use «Copiar texto» y péguelo en el chat</translation>
    </message>
</context>
<context>
    <name>SettingsMessages</name>
    <message>
        <source>Use de 1 a 40 letras minúsculas, números, «-» o «_» (sin espacios ni tildes).</source>
        <translation>Use de 1 a 40 letras minúsculas, números, «-» o «_» (sin espacios ni tildes).</translation>
    </message>
    <message>
        <source>Ya existe un perfil con ese nombre.</source>
        <translation>Ya existe un perfil con ese nombre.</translation>
    </message>
    <message>
        <source>El perfil demo viene incluido y no se puede cambiar.</source>
        <translation>El perfil demo viene incluido y no se puede cambiar.</translation>
    </message>
    <message>
        <source>Ese perfil ya no existe.</source>
        <translation>Ese perfil ya no existe.</translation>
    </message>
    <message>
        <source>Un perfil no se puede renombrar: cree uno nuevo.</source>
        <translation>Un perfil no se puede renombrar: cree uno nuevo.</translation>
    </message>
    <message>
        <source>Elija el entorno.</source>
        <translation>Elija el entorno.</translation>
    </message>
    <message>
        <source>El entorno de un perfil no cambia (sus datos no se mezclan): cree otro perfil.</source>
        <translation>El entorno de un perfil no cambia (sus datos no se mezclan): cree otro perfil.</translation>
    </message>
    <message>
        <source>Escriba una dirección como https://servidor[:puerto][/ruta].</source>
        <translation>Escriba una dirección como https://servidor[:puerto][/ruta].</translation>
    </message>
    <message>
        <source>Use https: http solo se permite hacia esta misma PC (sandbox local).</source>
        <translation>Use https: http solo se permite hacia esta misma PC (sandbox local).</translation>
    </message>
    <message>
        <source>Un perfil de producción no puede usar el servidor de pruebas o local {detail}.</source>
        <translation>Un perfil de producción no puede usar el servidor de pruebas o local {detail}.</translation>
    </message>
    <message>
        <source>Un perfil sandbox no puede usar el servidor de producción {detail}.</source>
        <translation>Un perfil sandbox no puede usar el servidor de producción {detail}.</translation>
    </message>
    <message>
        <source>El ID de servicio es un número entero mayor que cero.</source>
        <translation>El ID de servicio es un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>Use una dirección como postgresql+psycopg://servidor/base, sin contraseña (use un archivo .pgpass), y no la comparta entre entornos distintos.</source>
        <translation>Use una dirección como postgresql+psycopg://servidor/base, sin contraseña (use un archivo .pgpass), y no la comparta entre entornos distintos.</translation>
    </message>
    <message>
        <source>Escriba la access key.</source>
        <translation>Escriba la access key.</translation>
    </message>
    <message>
        <source>Escriba la secret key.</source>
        <translation>Escriba la secret key.</translation>
    </message>
    <message>
        <source>El perfil demo se prueba mientras está en uso (su simulador no está abierto).</source>
        <translation>El perfil demo se prueba mientras está en uso (su simulador no está abierto).</translation>
    </message>
    <message>
        <source>Admite como máximo {detail} caracteres.</source>
        <translation>Admite como máximo {detail} caracteres.</translation>
    </message>
    <message>
        <source>El RUC tiene 11 dígitos.</source>
        <translation>El RUC tiene 11 dígitos.</translation>
    </message>
    <message>
        <source>RUC no válido: revise los dígitos (el último es un dígito verificador).</source>
        <translation>RUC no válido: revise los dígitos (el último es un dígito verificador).</translation>
    </message>
    <message>
        <source>No se puede leer el archivo del logo.</source>
        <translation>No se puede leer el archivo del logo.</translation>
    </message>
    <message>
        <source>El logo debe ser PNG o JPEG.</source>
        <translation>El logo debe ser PNG o JPEG.</translation>
    </message>
    <message>
        <source>El logo pesa más de 2 MB.</source>
        <translation>El logo pesa más de 2 MB.</translation>
    </message>
    <message>
        <source>Elija entre 1 y {detail} horas.</source>
        <translation>Elija entre 1 y {detail} horas.</translation>
    </message>
    <message>
        <source>Valor no válido.</source>
        <translation>Valor no válido.</translation>
    </message>
    <message>
        <source>Elija de 0 (solo a mano) a {detail} minutos.</source>
        <translation>Elija de 0 (solo a mano) a {detail} minutos.</translation>
    </message>
    <message>
        <source>Elija de 0 (nunca) a {detail} minutos.</source>
        <translation>Elija de 0 (nunca) a {detail} minutos.</translation>
    </message>
    <message>
        <source>Elija un porcentaje entre 50 y {detail}.</source>
        <translation>Elija un porcentaje entre 50 y {detail}.</translation>
    </message>
    <message>
        <source>Debe ser menor o igual que el de «atención» ({detail} %).</source>
        <translation>Debe ser menor o igual que el de «atención» ({detail} %).</translation>
    </message>
    <message>
        <source>Tiene caracteres de control o invisibles: escríbalo de nuevo.</source>
        <translation>Tiene caracteres de control o invisibles: escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Escriba dónde está la impresora (o elija «Ninguna»).</source>
        <translation>Escriba dónde está la impresora (o elija «Ninguna»).</translation>
    </message>
    <message>
        <source>Elija cómo está conectada.</source>
        <translation>Elija cómo está conectada.</translation>
    </message>
    <message>
        <source>Revise la dirección: como en el ejemplo gris del campo.</source>
        <translation>Revise la dirección: como en el ejemplo gris del campo.</translation>
    </message>
    <message>
        <source>El puerto es un número de 1 a 65535 (casi siempre 9100).</source>
        <translation>El puerto es un número de 1 a 65535 (casi siempre 9100).</translation>
    </message>
    <message>
        <source>Escriba el fabricante y el producto en hexadecimal, p. ej. 04b8:0202 (lsusb o el Administrador de dispositivos los muestran).</source>
        <translation>Escriba el fabricante y el producto en hexadecimal, p. ej. 04b8:0202 (lsusb o el Administrador de dispositivos los muestran).</translation>
    </message>
    <message>
        <source>Opción no válida después del «?»: use baudrate=9600 (serie) u out_ep=0x01 (USB).</source>
        <translation>Opción no válida después del «?»: use baudrate=9600 (serie) u out_ep=0x01 (USB).</translation>
    </message>
    <message>
        <source>Elija un número hasta {detail}.</source>
        <translation>Elija un número hasta {detail}.</translation>
    </message>
    <message>
        <source>Esa carpeta no existe: conecte la memoria USB o elija otra con «Elegir…».</source>
        <translation>Esa carpeta no existe: conecte la memoria USB o elija otra con «Elegir…».</translation>
    </message>
    <message>
        <source>Entre 256 y {detail} puntos por línea.</source>
        <translation>Entre 256 y {detail} puntos por línea.</translation>
    </message>
    <message>
        <source>«{detail}» no se puede imprimir en el voucher: escríbalo con letras latinas.</source>
        <translation>«{detail}» no se puede imprimir en el voucher: escríbalo con letras latinas.</translation>
    </message>
    <message>
        <source>Valor no válido ({code}).</source>
        <translation>Valor no válido ({code}).</translation>
    </message>
    <message>
        <source>¡Atención! El reloj de esta PC difiere {skew} del de PagoEfectivo (más de 5 minutos). Corrija la fecha y la hora de la PC: si no, PagoEfectivo rechazará las autorizaciones.</source>
        <translation>¡Atención! El reloj de esta PC difiere {skew} del de PagoEfectivo (más de 5 minutos). Corrija la fecha y la hora de la PC: si no, PagoEfectivo rechazará las autorizaciones.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales: revise el ID de servicio, la access key y la secret key.</source>
        <translation>PagoEfectivo rechazó las credenciales: revise el ID de servicio, la access key y la secret key.</translation>
    </message>
    <message>
        <source>No se pudo conectar con {url}. Revise la conexión a internet y la URL base.</source>
        <translation>No se pudo conectar con {url}. Revise la conexión a internet y la URL base.</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo. Intente de nuevo.</source>
        <translation>PagoEfectivo no respondió a tiempo. Intente de nuevo.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error (HTTP {status}). Intente más tarde.</source>
        <translation>PagoEfectivo tuvo un error (HTTP {status}). Intente más tarde.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud ({code}): {message}</source>
        <translation>PagoEfectivo rechazó la solicitud ({code}): {message}</translation>
    </message>
    <message>
        <source>La prueba falló: {error}</source>
        <translation>La prueba falló: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Ajustes</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Perfiles y conexión</source>
        <translation>Perfiles y conexión</translation>
    </message>
    <message>
        <source>Comercio y preferencias</source>
        <translation>Comercio y preferencias</translation>
    </message>
    <message>
        <source>Impresoras</source>
        <translation>Impresoras</translation>
    </message>
    <message>
        <source>Copias de seguridad</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Usuarios</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Ajustes guardados.</source>
        <translation>Ajustes guardados.</translation>
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
        <translation>Monto</translation>
    </message>
    <message>
        <source>Moneda</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Fecha de pago</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Nro. de operación</source>
        <translation>Nro. de operación</translation>
    </message>
    <message>
        <source>Coinciden</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Monto distinto</source>
        <translation>Monto distinto</translation>
    </message>
    <message>
        <source>CIP desconocido</source>
        <translation>CIP desconocido</translation>
    </message>
    <message>
        <source>Ya pagados</source>
        <translation>Ya pagados</translation>
    </message>
    <message>
        <source>No admiten pago</source>
        <translation>No admiten pago</translation>
    </message>
    <message>
        <source>No válidas</source>
        <translation>No válidas</translation>
    </message>
    <message>
        <source>No se encuentra el archivo.</source>
        <translation>No se encuentra el archivo.</translation>
    </message>
    <message>
        <source>No se pudo leer el archivo ({detail}). ¿Está abierto en otro programa o dañado?</source>
        <translation>No se pudo leer el archivo ({detail}). ¿Está abierto en otro programa o dañado?</translation>
    </message>
    <message>
        <source>El archivo no es un CSV ni un Excel (.xlsx). Guárdelo en uno de esos.</source>
        <translation>El archivo no es un CSV ni un Excel (.xlsx). Guárdelo en uno de esos.</translation>
    </message>
    <message>
        <source>El archivo es demasiado grande ({detail}). Divídalo en partes.</source>
        <translation>El archivo es demasiado grande ({detail}). Divídalo en partes.</translation>
    </message>
    <message>
        <source>El archivo no parece una tabla: hacen falta encabezados y al menos dos columnas.</source>
        <translation>El archivo no parece una tabla: hacen falta encabezados y al menos dos columnas.</translation>
    </message>
    <message>
        <source>El archivo no tiene líneas de datos.</source>
        <translation>El archivo no tiene líneas de datos.</translation>
    </message>
    <message>
        <source>Elija la columna de: {detail}.</source>
        <translation>Elija la columna de: {detail}.</translation>
    </message>
    <message>
        <source>Revise las columnas elegidas ({detail}).</source>
        <translation>Revise las columnas elegidas ({detail}).</translation>
    </message>
    <message>
        <source>Falta el CIP</source>
        <translation>Falta el CIP</translation>
    </message>
    <message>
        <source>CIP no válido «{detail}»</source>
        <translation>CIP no válido «{detail}»</translation>
    </message>
    <message>
        <source>Falta el monto</source>
        <translation>Falta el monto</translation>
    </message>
    <message>
        <source>Monto no válido «{detail}»</source>
        <translation>Monto no válido «{detail}»</translation>
    </message>
    <message>
        <source>El monto debe ser mayor que cero «{detail}»</source>
        <translation>El monto debe ser mayor que cero «{detail}»</translation>
    </message>
    <message>
        <source>El monto admite como máximo dos decimales «{detail}»</source>
        <translation>El monto admite como máximo dos decimales «{detail}»</translation>
    </message>
    <message>
        <source>Moneda no válida «{detail}» (use PEN o USD)</source>
        <translation>Moneda no válida «{detail}» (use PEN o USD)</translation>
    </message>
    <message>
        <source>La moneda «{detail}» no coincide con el símbolo del monto</source>
        <translation>La moneda «{detail}» no coincide con el símbolo del monto</translation>
    </message>
    <message>
        <source>Fecha de pago no válida «{detail}» (use dd/mm/aaaa hh:mm)</source>
        <translation>Fecha de pago no válida «{detail}» (use dd/mm/aaaa hh:mm)</translation>
    </message>
    <message>
        <source>La fecha de pago «{detail}» está en el futuro</source>
        <translation>La fecha de pago «{detail}» está en el futuro</translation>
    </message>
    <message>
        <source>Número de operación no válido «{detail}»</source>
        <translation>Número de operación no válido «{detail}»</translation>
    </message>
    <message>
        <source>CIP repetido: ya figura en la línea {detail}</source>
        <translation>CIP repetido: ya figura en la línea {detail}</translation>
    </message>
    <message>
        <source>Es un Excel antiguo (.xls): ábralo y guárdelo como .xlsx o CSV.</source>
        <translation>Es un Excel antiguo (.xls): ábralo y guárdelo como .xlsx o CSV.</translation>
    </message>
    <message>
        <source>No se puede usar el archivo: {error}</source>
        <translation>No se puede usar el archivo: {error}</translation>
    </message>
    <message>
        <source>No es un voucher de este perfil</source>
        <translation>No es un voucher de este perfil</translation>
    </message>
    <message>
        <source>El voucher está «{status}»: no admite un pago</source>
        <translation>El voucher está «{status}»: no admite un pago</translation>
    </message>
    <message>
        <source>Archivo {theirs}, voucher {ours}</source>
        <translation>Archivo {theirs}, voucher {ours}</translation>
    </message>
    <message>
        <source>Ya pagado con otra operación ({ours})</source>
        <translation>Ya pagado con otra operación ({ours})</translation>
    </message>
    <message>
        <source>Ya estaba pagado</source>
        <translation>Ya estaba pagado</translation>
    </message>
    <message>
        <source>Se marcará pagado (fuera de plazo: pagado después del vencimiento)</source>
        <translation>Se marcará pagado (fuera de plazo: pagado después del vencimiento)</translation>
    </message>
    <message>
        <source>Se marcará pagado</source>
        <translation>Se marcará pagado</translation>
    </message>
</context>
<context>
    <name>SlipViewer</name>
    <message>
        <source>Constancia de pago — {name}</source>
        <translation>Constancia de pago — {name}</translation>
    </message>
    <message>
        <source>Guardar copia…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <source>Guardar la constancia en un archivo</source>
        <translation>Guardar la constancia en un archivo</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esta constancia no se puede mostrar: no es una imagen legible.</source>
        <translation>Esta constancia no se puede mostrar: no es una imagen legible.</translation>
    </message>
    <message>
        <source>Guardar copia de la constancia</source>
        <translation>Guardar copia de la constancia</translation>
    </message>
    <message>
        <source>Constancia (*{suffix})</source>
        <translation>Constancia (*{suffix})</translation>
    </message>
    <message>
        <source>Copia guardada: {name}</source>
        <translation>Copia guardada: {name}</translation>
    </message>
    <message>
        <source>No se pudo guardar la copia: {reason}</source>
        <translation>No se pudo guardar la copia: {reason}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Cajero</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>emitir cobros</source>
        <translation>emitir cobros</translation>
    </message>
    <message>
        <source>imprimir</source>
        <translation>imprimir</translation>
    </message>
    <message>
        <source>consultar</source>
        <translation>consultar</translation>
    </message>
    <message>
        <source>extender vencimientos</source>
        <translation>extender vencimientos</translation>
    </message>
    <message>
        <source>extender un vencimiento más de 72 horas</source>
        <translation>extender un vencimiento más de 72 horas</translation>
    </message>
    <message>
        <source>solicitar marcas manuales</source>
        <translation>solicitar marcas manuales</translation>
    </message>
    <message>
        <source>marcar pagos o vencimientos</source>
        <translation>marcar pagos o vencimientos</translation>
    </message>
    <message>
        <source>marcar sin segunda aprobación</source>
        <translation>marcar sin segunda aprobación</translation>
    </message>
    <message>
        <source>aprobar o rechazar solicitudes</source>
        <translation>aprobar o rechazar solicitudes</translation>
    </message>
    <message>
        <source>anular</source>
        <translation>anular</translation>
    </message>
    <message>
        <source>importar liquidaciones</source>
        <translation>importar liquidaciones</translation>
    </message>
    <message>
        <source>ver el cierre de otros cajeros</source>
        <translation>ver el cierre de otros cajeros</translation>
    </message>
    <message>
        <source>revisar discrepancias</source>
        <translation>revisar discrepancias</translation>
    </message>
    <message>
        <source>sincronizar</source>
        <translation>sincronizar</translation>
    </message>
    <message>
        <source>administrar usuarios</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>administrar perfiles y claves</source>
        <translation>administrar perfiles y claves</translation>
    </message>
    <message>
        <source>cambiar los ajustes</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>restablecer el PIN de un cajero</source>
        <translation>restablecer el PIN de un cajero</translation>
    </message>
    <message>
        <source>No existe ese usuario.</source>
        <translation>No existe ese usuario.</translation>
    </message>
    <message>
        <source>Ese usuario está desactivado.</source>
        <translation>Ese usuario está desactivado.</translation>
    </message>
    <message>
        <source>Inicie sesión para continuar.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <source>Escriba el PIN.</source>
        <translation>Escriba el PIN.</translation>
    </message>
    <message>
        <source>El PIN o la contraseña tiene caracteres no permitidos.</source>
        <translation>El PIN o la contraseña tiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>El PIN debe tener de 4 a 8 dígitos.</source>
        <translation>El PIN debe tener de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <source>PIN demasiado débil: no repita un solo dígito.</source>
        <translation>PIN demasiado débil: no repita un solo dígito.</translation>
    </message>
    <message>
        <source>PIN demasiado débil: no use una serie (1234, 9876…).</source>
        <translation>PIN demasiado débil: no use una serie (1234, 9876…).</translation>
    </message>
    <message>
        <source>La contraseña debe tener de 8 a 64 caracteres.</source>
        <translation>La contraseña debe tener de 8 a 64 caracteres.</translation>
    </message>
    <message>
        <source>Los dos PIN no coinciden.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>Escriba el nombre.</source>
        <translation>Escriba el nombre.</translation>
    </message>
    <message>
        <source>El nombre admite hasta 40 caracteres.</source>
        <translation>El nombre admite hasta 40 caracteres.</translation>
    </message>
    <message>
        <source>El nombre tiene caracteres no permitidos.</source>
        <translation>El nombre tiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>Ya existe un usuario con ese nombre.</source>
        <translation>Ya existe un usuario con ese nombre.</translation>
    </message>
    <message>
        <source>Es el último administrador: no se puede desactivar ni cambiar de rol.</source>
        <translation>Es el último administrador: no se puede desactivar ni cambiar de rol.</translation>
    </message>
    <message>
        <source>Otra caja cambió este usuario a la vez. Se muestran sus datos actuales.</source>
        <translation>Otra caja cambió este usuario a la vez. Se muestran sus datos actuales.</translation>
    </message>
    <message>
        <source>El perfil ya tiene usuarios.</source>
        <translation>El perfil ya tiene usuarios.</translation>
    </message>
    <message>
        <source>Quien pidió la aprobación no puede aprobarla: otra persona.</source>
        <translation>Quien pidió la aprobación no puede aprobarla: otra persona.</translation>
    </message>
    <message>
        <source>Su rol no permite {action}: se necesita un {role}.</source>
        <translation>Su rol no permite {action}: se necesita un {role}.</translation>
    </message>
    <message>
        <source>PIN incorrecto (intentos restantes: {left}).</source>
        <translation>PIN incorrecto (intentos restantes: {left}).</translation>
    </message>
    <message>
        <source>Demasiados PIN incorrectos: usuario bloqueado hasta las {time}.</source>
        <translation>Demasiados PIN incorrectos: usuario bloqueado hasta las {time}.</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Todos</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Estado: Todos</source>
        <translation>Estado: Todos</translation>
    </message>
    <message>
        <source>Estado: {name}</source>
        <translation>Estado: {name}</translation>
    </message>
    <message>
        <source>Estados: {n}</source>
        <translation>Estados: {n}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Resumen</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Salud de la conexión…</source>
        <translation>Salud de la conexión…</translation>
    </message>
    <message>
        <source>Cómo viene respondiendo PagoEfectivo y si llegan las notificaciones</source>
        <translation>Cómo viene respondiendo PagoEfectivo y si llegan las notificaciones</translation>
    </message>
    <message>
        <source>Cobrado hoy</source>
        <translation>Cobrado hoy</translation>
    </message>
    <message>
        <source>Pendiente</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Por vencer en 24 h</source>
        <translation>Por vencer en 24 h</translation>
    </message>
    <message>
        <source>Pagos tardíos</source>
        <translation>Pagos tardíos</translation>
    </message>
    <message>
        <source>Discrepancias</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Pagos con fecha de hoy (hora de Lima). Clic: verlos en Historial</source>
        <translation>Pagos con fecha de hoy (hora de Lima). Clic: verlos en Historial</translation>
    </message>
    <message>
        <source>Todo lo que aún se puede cobrar. Clic: verlos en Historial</source>
        <translation>Todo lo que aún se puede cobrar. Clic: verlos en Historial</translation>
    </message>
    <message>
        <source>Pendientes que vencen en las próximas 24 horas. Clic: Conciliación</source>
        <translation>Pendientes que vencen en las próximas 24 horas. Clic: Conciliación</translation>
    </message>
    <message>
        <source>Pagados después del vencimiento (últimos 30 días), sin revisar. Clic: Conciliación</source>
        <translation>Pagados después del vencimiento (últimos 30 días), sin revisar. Clic: Conciliación</translation>
    </message>
    <message>
        <source>PagoEfectivo y este registro no coinciden, sin revisar. Clic: Conciliación</source>
        <translation>PagoEfectivo y este registro no coinciden, sin revisar. Clic: Conciliación</translation>
    </message>
    <message>
        <source>Cobrado por día, últimos 30 días (hora de Lima)</source>
        <translation>Cobrado por día, últimos 30 días (hora de Lima)</translation>
    </message>
    <message>
        <source>dddd d 'de' MMMM 'de' yyyy</source>
        <translation>dddd d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>{day} · datos de las {time}</source>
        <translation>{day} · datos de las {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n pago(s)</source>
        <translation>
            <numerusform>%n pago</numerusform>
            <numerusform>%n pagos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cobro(s)</source>
        <translation>
            <numerusform>%n cobro</numerusform>
            <numerusform>%n cobros</numerusform>
        </translation>
    </message>
    <message>
        <source>No se pudo leer el resumen: {error}</source>
        <translation>No se pudo leer el resumen: {error}</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <source>Cancelar</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sincronizar ahora</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Consultar ya a PagoEfectivo el estado de los cobros pendientes</source>
        <translation>Consultar ya a PagoEfectivo el estado de los cobros pendientes</translation>
    </message>
    <message>
        <source>Cancelando…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{done} de {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>La sincronización no empezó. Intente de nuevo en un momento.</source>
        <translation>La sincronización no empezó. Intente de nuevo en un momento.</translation>
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
        <translation>La impresora no responde en {uri}: revise que esté encendida y conectada a la red.</translation>
    </message>
    <message>
        <source>No se encuentra la impresora {uri} en la red: revise el nombre.</source>
        <translation>No se encuentra la impresora {uri} en la red: revise el nombre.</translation>
    </message>
    <message>
        <source>La impresora no terminó de recibir el ticket a tiempo.</source>
        <translation>La impresora no terminó de recibir el ticket a tiempo.</translation>
    </message>
    <message>
        <source>No se encuentra la impresora {uri}: revise el cable, el nombre o la cola.</source>
        <translation>No se encuentra la impresora {uri}: revise el cable, el nombre o la cola.</translation>
    </message>
    <message>
        <source>El sistema no da permiso para usar la impresora {uri}.</source>
        <translation>El sistema no da permiso para usar la impresora {uri}.</translation>
    </message>
    <message>
        <source>La impresora no tiene papel.</source>
        <translation>La impresora no tiene papel.</translation>
    </message>
    <message>
        <source>La tapa de la impresora está abierta.</source>
        <translation>La tapa de la impresora está abierta.</translation>
    </message>
    <message>
        <source>La impresora está en error: revise el cortador, o apáguela y vuelva a encenderla.</source>
        <translation>La impresora está en error: revise el cortador, o apáguela y vuelva a encenderla.</translation>
    </message>
    <message>
        <source>CUPS no está instalado en esta PC (falta el comando lp).</source>
        <translation>CUPS no está instalado en esta PC (falta el comando lp).</translation>
    </message>
    <message>
        <source>CUPS rechazó el ticket: {detail}</source>
        <translation>CUPS rechazó el ticket: {detail}</translation>
    </message>
    <message>
        <source>Una impresora win32raw:// solo se usa desde Windows.</source>
        <translation>Una impresora win32raw:// solo se usa desde Windows.</translation>
    </message>
    <message>
        <source>Falta libusb para imprimir por USB en esta PC.</source>
        <translation>Falta libusb para imprimir por USB en esta PC.</translation>
    </message>
    <message>
        <source>La impresora cortó la conexión a mitad del ticket.</source>
        <translation>La impresora cortó la conexión a mitad del ticket.</translation>
    </message>
    <message>
        <source>No hay impresora térmica configurada (Ajustes → Impresoras).</source>
        <translation>No hay impresora térmica configurada (Ajustes → Impresoras).</translation>
    </message>
    <message>
        <source>Este cobro no tiene un CIP confirmado: no hay voucher que imprimir.</source>
        <translation>Este cobro no tiene un CIP confirmado: no hay voucher que imprimir.</translation>
    </message>
    <message>
        <source>La dirección de la impresora no es válida (Ajustes → Impresoras).</source>
        <translation>La dirección de la impresora no es válida (Ajustes → Impresoras).</translation>
    </message>
    <message>
        <source>No se imprimió: {problem} El cobro no cambió.</source>
        <translation>No se imprimió: {problem} El cobro no cambió.</translation>
    </message>
    <message>
        <source>No se imprimió: {problem}</source>
        <translation>No se imprimió: {problem}</translation>
    </message>
    <message>
        <source>No se imprimió: {error}</source>
        <translation>No se imprimió: {error}</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Cerrar el aviso</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>UnconfirmedPanel</name>
    <message>
        <source>Cobro sin confirmar</source>
        <translation>Cobro sin confirmar</translation>
    </message>
    <message>
        <source>PagoEfectivo no respondió a tiempo y no sabemos si el código de pago se generó. No entregue ningún código al cliente.</source>
        <translation>PagoEfectivo no respondió a tiempo y no sabemos si el código de pago se generó. No entregue ningún código al cliente.</translation>
    </message>
    <message>
        <source>«Reintentar» pide un código nuevo a PagoEfectivo. «Descartar» deja este intento como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</source>
        <translation>«Reintentar» pide un código nuevo a PagoEfectivo. «Descartar» deja este intento como no emitido; si el código llegó a generarse, nadie lo conoce y vencerá sin pagarse.</translation>
    </message>
    <message>
        <source>Reintentar</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reintentando…</source>
        <translation>Reintentando…</translation>
    </message>
</context>
<context>
    <name>UserBadge</name>
    <message>
        <source>Cambiar usuario</source>
        <translation>Cambiar usuario</translation>
    </message>
    <message>
        <source>Bloquear y dejar que otra persona entre con su PIN ({key})</source>
        <translation>Bloquear y dejar que otra persona entre con su PIN ({key})</translation>
    </message>
    <message>
        <source>Bloquear</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Ocultar los datos de los clientes hasta que vuelva a escribir su PIN</source>
        <translation>Ocultar los datos de los clientes hasta que vuelva a escribir su PIN</translation>
    </message>
    <message>
        <source>Usuario que trabaja ahora en esta caja</source>
        <translation>Usuario que trabaja ahora en esta caja</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Bloqueado hasta</source>
        <translation>Bloqueado hasta</translation>
    </message>
    <message>
        <source>Usuario elegido</source>
        <translation>Usuario elegido</translation>
    </message>
    <message>
        <source>Cambiar rol</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Acceso</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>nuevo PIN</source>
        <translation>nuevo PIN</translation>
    </message>
    <message>
        <source>otra vez</source>
        <translation>otra vez</translation>
    </message>
    <message>
        <source>Restablecer PIN</source>
        <translation>Restablecer PIN</translation>
    </message>
    <message>
        <source>Nuevo PIN</source>
        <translation>Nuevo PIN</translation>
    </message>
    <message>
        <source>Repita</source>
        <translation>Repita</translation>
    </message>
    <message>
        <source>Nuevo usuario</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>PIN o contraseña</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Agregar usuario</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Desactivado</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Usuario elegido: {name}</source>
        <translation>Usuario elegido: {name}</translation>
    </message>
    <message>
        <source>Activar</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Usuario {name} actualizado.</source>
        <translation>Usuario {name} actualizado.</translation>
    </message>
    <message>
        <source>Usuario {name} agregado como {role}.</source>
        <translation>Usuario {name} agregado como {role}.</translation>
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
        <translation>consulta</translation>
    </message>
    <message>
        <source>notificación</source>
        <translation>notificación</translation>
    </message>
    <message>
        <source>archivo de liquidación</source>
        <translation>archivo de liquidación</translation>
    </message>
    <message>
        <source>PagoDesk</source>
        <translation>PagoDesk</translation>
    </message>
    <message>
        <source>pago confirmado después del vencimiento</source>
        <translation>pago confirmado después del vencimiento</translation>
    </message>
    <message>
        <source>extorno</source>
        <translation>extorno</translation>
    </message>
    <message>
        <source>se emitió un nuevo intento</source>
        <translation>se emitió un nuevo intento</translation>
    </message>
    <message>
        <source>descartado por el personal</source>
        <translation>descartado por el personal</translation>
    </message>
    <message>
        <source>cambio no permitido</source>
        <translation>cambio no permitido</translation>
    </message>
    <message>
        <source>un pago solo se revierte con extorno</source>
        <translation>un pago solo se revierte con extorno</translation>
    </message>
    <message>
        <source>no corresponde a un extorno</source>
        <translation>no corresponde a un extorno</translation>
    </message>
    <message>
        <source>el monto no coincide</source>
        <translation>el monto no coincide</translation>
    </message>
    <message>
        <source>la moneda no coincide</source>
        <translation>la moneda no coincide</translation>
    </message>
    <message>
        <source>PagoEfectivo informa otro estado</source>
        <translation>PagoEfectivo informa otro estado</translation>
    </message>
    <message>
        <source>espera la aprobación de otra persona</source>
        <translation>espera la aprobación de otra persona</translation>
    </message>
    <message>
        <source>solicitud rechazada por un supervisor</source>
        <translation>solicitud rechazada por un supervisor</translation>
    </message>
    <message>
        <source>el número de operación no coincide</source>
        <translation>el número de operación no coincide</translation>
    </message>
    <message>
        <source>la referencia del pedido no coincide</source>
        <translation>la referencia del pedido no coincide</translation>
    </message>
    <message>
        <source>pagado después de anularlo</source>
        <translation>pagado después de anularlo</translation>
    </message>
    <message>
        <source>operación recibida</source>
        <translation>operación recibida</translation>
    </message>
    <message>
        <source>vencimiento extendido</source>
        <translation>vencimiento extendido</translation>
    </message>
    <message>
        <source>sellado: los datos del voucher quedaron registrados en la auditoría</source>
        <translation>sellado: los datos del voucher quedaron registrados en la auditoría</translation>
    </message>
    <message>
        <source>vencimiento extendido en PagoEfectivo</source>
        <translation>vencimiento extendido en PagoEfectivo</translation>
    </message>
    <message>
        <source>vencimiento cambiado en PagoEfectivo</source>
        <translation>vencimiento cambiado en PagoEfectivo</translation>
    </message>
    <message>
        <source>confirmado por consulta</source>
        <translation>confirmado por consulta</translation>
    </message>
    <message>
        <source>vencido: pasó el plazo de gracia sin pago</source>
        <translation>vencido: pasó el plazo de gracia sin pago</translation>
    </message>
    <message>
        <source>Se pidió el código a PagoEfectivo pero no llegó la respuesta: no se sabe si se generó. No entregue ningún código al cliente; reintente o descarte este voucher.</source>
        <translation>Se pidió el código a PagoEfectivo pero no llegó la respuesta: no se sabe si se generó. No entregue ningún código al cliente; reintente o descarte este voucher.</translation>
    </message>
    <message>
        <source>PagoEfectivo tuvo un error interno y no confirmó el código. Intente más tarde.</source>
        <translation>PagoEfectivo tuvo un error interno y no confirmó el código. Intente más tarde.</translation>
    </message>
    <message>
        <source>No se pudo conectar con PagoEfectivo; no se envió nada.</source>
        <translation>No se pudo conectar con PagoEfectivo; no se envió nada.</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</source>
        <translation>PagoEfectivo rechazó las credenciales del perfil (o el reloj de esta PC está desfasado). Revíselas en Ajustes.</translation>
    </message>
    <message>
        <source>Creado</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Vencimiento manual solicitado: espera aprobación</source>
        <translation>Vencimiento manual solicitado: espera aprobación</translation>
    </message>
    <message>
        <source>Pago manual solicitado: espera aprobación</source>
        <translation>Pago manual solicitado: espera aprobación</translation>
    </message>
    <message>
        <source>Discrepancia: {what}</source>
        <translation>Discrepancia: {what}</translation>
    </message>
    <message>
        <source>Pagado según la liquidación</source>
        <translation>Pagado según la liquidación</translation>
    </message>
    <message>
        <source>Marcado como pagado a mano</source>
        <translation>Marcado como pagado a mano</translation>
    </message>
    <message>
        <source>Sellado para la auditoría</source>
        <translation>Sellado para la auditoría</translation>
    </message>
    <message>
        <source>Nuevo vencimiento: {when}</source>
        <translation>Nuevo vencimiento: {when}</translation>
    </message>
    <message>
        <source>Revisado</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>Solicitud rechazada</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Número de operación recibido: {operation}</source>
        <translation>Número de operación recibido: {operation}</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Emitido por PagoEfectivo</source>
        <translation>Emitido por PagoEfectivo</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Vencimiento extendido: vuelve a estar pendiente</source>
        <translation>Vencimiento extendido: vuelve a estar pendiente</translation>
    </message>
    <message>
        <source>Extorno: el pago fue revertido</source>
        <translation>Extorno: el pago fue revertido</translation>
    </message>
    <message>
        <source>Pagado fuera de plazo</source>
        <translation>Pagado fuera de plazo</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Expirado</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Rechazado por PagoEfectivo</source>
        <translation>Rechazado por PagoEfectivo</translation>
    </message>
    <message>
        <source>Reemplazado por un nuevo intento</source>
        <translation>Reemplazado por un nuevo intento</translation>
    </message>
    <message>
        <source>Descartado</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>el monto confirmado por PagoEfectivo no coincide con el registrado</source>
        <translation>el monto confirmado por PagoEfectivo no coincide con el registrado</translation>
    </message>
    <message>
        <source>la moneda confirmada por PagoEfectivo no coincide con la registrada</source>
        <translation>la moneda confirmada por PagoEfectivo no coincide con la registrada</translation>
    </message>
    <message>
        <source>PagoEfectivo informa «{after}», aquí está «{before}»</source>
        <translation>PagoEfectivo informa «{after}», aquí está «{before}»</translation>
    </message>
    <message>
        <source>PagoEfectivo informó un estado desconocido</source>
        <translation>PagoEfectivo informó un estado desconocido</translation>
    </message>
    <message>
        <source>se informó «{after}» pero el voucher está «{before}»</source>
        <translation>se informó «{after}» pero el voucher está «{before}»</translation>
    </message>
    <message>
        <source>se informó «{after}»</source>
        <translation>se informó «{after}»</translation>
    </message>
    <message>
        <source>sin detalle</source>
        <translation>sin detalle</translation>
    </message>
    <message>
        <source>estado desconocido en PagoEfectivo (código {code})</source>
        <translation>estado desconocido en PagoEfectivo (código {code})</translation>
    </message>
    <message>
        <source>PagoEfectivo rechazó la solicitud (código {message})</source>
        <translation>PagoEfectivo rechazó la solicitud (código {message})</translation>
    </message>
    <message>
        <source>Este voucher está sin confirmar: se pidió el código a PagoEfectivo pero no llegó la respuesta. No tiene un CIP válido que mostrar ni imprimir; no entregue ningún código al cliente.</source>
        <translation>Este voucher está sin confirmar: se pidió el código a PagoEfectivo pero no llegó la respuesta. No tiene un CIP válido que mostrar ni imprimir; no entregue ningún código al cliente.</translation>
    </message>
    <message>
        <source>Este voucher no se emitió: PagoEfectivo no generó ningún código de pago, así que no hay CIP ni comprobante que imprimir.</source>
        <translation>Este voucher no se emitió: PagoEfectivo no generó ningún código de pago, así que no hay CIP ni comprobante que imprimir.</translation>
    </message>
</context>
<context>
    <name>VoucherFields</name>
    <message>
        <source>Cobro</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Monto</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Concepto</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Código de transacción</source>
        <translation>Código de transacción</translation>
    </message>
    <message>
        <source>Creado</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Vence</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Pagado</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Anulado</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <source>Última consulta</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Enlace de pago</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Reintento de</source>
        <translation>Reintento de</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Correo</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Documento</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>{when} por {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message>
        <source>{when} · marcado expirado el {marked}, antes de vencer</source>
        <translation>{when} · marcado expirado el {marked}, antes de vencer</translation>
    </message>
    <message>
        <source>{when} ({relative})</source>
        <translation>{when} ({relative})</translation>
    </message>
    <message>
        <source>{when} · fuera de plazo</source>
        <translation>{when} · fuera de plazo</translation>
    </message>
    <message>
        <source>{when} · operación {number}</source>
        <translation>{when} · operación {number}</translation>
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
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>_ReconcileDialog</name>
    <message>
        <source>Motivo</source>
        <translation>Motivo</translation>
    </message>
</context>
</TS>