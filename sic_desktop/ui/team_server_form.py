"""The team server's address as a form: the Einstellungen page „Teamserver“ and the connect dialog share it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sic_desktop.core.team_server_login import ServerAddress


class ServerForm(QWidget):
    """Host, port, database, user; password or Windows sign-in (Kerberos); TLS, checked with a CA file or not."""

    def __init__(self, address: ServerAddress | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self.rows = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("z. B. sic-server.stadt.local"))
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.dbname = QLineEdit(self)
        self.dbname.setObjectName("serverDatabase")
        self.user = QLineEdit(self)
        self.user.setObjectName("serverUser")
        self.sign_in = QComboBox(self)
        self.sign_in.setObjectName("serverSignIn")
        self.sign_in.addItem(self.tr("Benutzername und Passwort"), False)
        self.sign_in.addItem(self.tr("Windows-Anmeldung (Kerberos), wenn die IT sie eingerichtet hat"), True)
        self.tls = QComboBox(self)
        self.tls.setObjectName("serverTls")
        self.tls.addItem(self.tr("Verschlüsselt (TLS)"), "require")
        self.tls.addItem(self.tr("Verschlüsselt, Serverzertifikat wird geprüft"), "verify-full")
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("serverCaFile")
        self.ca_file.setPlaceholderText(self.tr("CA-Datei der IT (.crt, .pem)"))
        self.choose_ca = QPushButton(self.tr("&Wählen …"), self)
        self.choose_ca.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        self.at_start = QCheckBox(self.tr("Beim Start mit dem Teamserver verbinden"), self)
        self.at_start.setObjectName("serverAtStart")
        for text, field in (
            (self.tr("&Server:"), self.host), (self.tr("&Port:"), self.port), (self.tr("&Datenbank:"), self.dbname),
            (self.tr("&Benutzer:"), self.user), (self.tr("&Anmeldung:"), self.sign_in),
            (self.tr("&Verschlüsselung:"), self.tls),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addRow(label, field)
        ca_label = QLabel(self.tr("&CA-Datei:"), self)
        ca_label.setBuddy(self.ca_file)
        layout.addRow(ca_label, ca_row)
        layout.addRow("", self.at_start)
        self.tls.currentIndexChanged.connect(self._follow_tls)
        self.set_address(address or ServerAddress())

    def set_address(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.dbname.setText(address.dbname)
        self.user.setText(address.user)
        self.sign_in.setCurrentIndex(self.sign_in.findData(address.kerberos))
        self.tls.setCurrentIndex(max(self.tls.findData(address.tls), 0))
        self.ca_file.setText(address.ca_file)
        self.at_start.setChecked(address.connect_at_start)
        self._follow_tls()

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(), port=self.port.value(), dbname=self.dbname.text().strip(),
            user=self.user.text().strip(), tls=str(self.tls.currentData()), ca_file=self.ca_file.text().strip(),
            kerberos=bool(self.sign_in.currentData()), connect_at_start=self.at_start.isChecked(),
        )

    def _follow_tls(self) -> None:
        checked = self.tls.currentData() == "verify-full"
        self.ca_file.setEnabled(checked)
        self.choose_ca.setEnabled(checked)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-Datei wählen"), self.ca_file.text(), self.tr("Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)")
        )
        if path:
            self.ca_file.setText(path)
