; Welfare Desk for Windows: a per-user installer of the PyInstaller folder
; dist\welfare-desk (installer\welfare_desk.spec), no administrator needed.
; Built by .github/workflows/windows-installer.yml with Inno Setup 6:
;   iscc /DAppVersion=0.1.0 installer\windows\welfare-desk.iss
; -> dist\welfare-desk-0.1.0-windows-x64-setup.exe
; What was and was not verified: docs/installer.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Welfare Desk"
#define ThaiName "โปรแกรมสวัสดิการชุมชน (Welfare Desk)"
#define Bundle "..\..\dist\welfare-desk"
#define Exe "welfare-desk.exe"

[Setup]
; The AppId never changes: a newer installer finds the older install by it and
; replaces the program in place; the fund's data is not in {app} (see [Code]).
AppId={{6F1C2B9E-5A47-4C1D-9E3B-2D8A7C4F0B61}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#ThaiName} {#AppVersion}
AppPublisher=Welfare Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms}
; and {autodesktop} the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\Welfare Desk
DefaultGroupName={#ThaiName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; "x64" (not 6.3's "x64compatible") so an older Inno Setup on the runner compiles it too.
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
; Qt 6 runs on Windows 10 1809 and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=welfare-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\welfare-desk.ico
UninstallDisplayIcon={app}\{#Exe}
UninstallDisplayName={#ThaiName}
WizardStyle=modern
Compression=lzma2/ultra64
SolidCompression=yes
ShowLanguageDialog=yes
; An open Welfare Desk is closed (Restart Manager) before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
; Thai first: the language of a Windows set to Thai, and of any language not listed.
Name: "th"; MessagesFile: "Thai.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
th.LaunchApp=เปิดโปรแกรมสวัสดิการชุมชน
en.LaunchApp=Open Welfare Desk
th.CommandLine=บรรทัดคำสั่งของโปรแกรมสวัสดิการชุมชน
en.CommandLine=Welfare Desk command line
th.DataKept=ข้อมูลของกองทุนไม่ได้ถูกลบ ยังอยู่ที่:%n%n%1%n%nหากติดตั้งโปรแกรมอีกครั้ง โปรแกรมจะเปิดข้อมูลเดิมนี้ หากต้องการลบข้อมูลจริง ๆ ให้สำรองข้อมูลไว้ก่อน แล้วลบโฟลเดอร์นี้เอง
en.DataKept=The fund's data was not removed; it is still in:%n%n%1%n%nInstalling Welfare Desk again opens this data. To remove the data itself, back it up first, then delete that folder yourself.
th.DataStays=ข้อมูลของกองทุนอยู่ที่ %1 แยกจากตัวโปรแกรม การติดตั้งรุ่นใหม่จะไม่ลบข้อมูลนี้ เมื่อเปิดโปรแกรมรุ่นใหม่ครั้งแรก โปรแกรมจะสำรองฐานข้อมูลไว้ก่อนปรับรุ่นเสมอ
en.DataStays=The fund's data is in %1, apart from the program. Installing a newer version does not remove it; the first start of a newer version backs the database up before upgrading it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of the older version
; is left to be loaded by the newer one. (The fund's data is never in {app}.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#ThaiName}"; Filename: "{app}\{#Exe}"; Comment: "{#AppName}"
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\welfare-desk-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#ThaiName}"; Filename: "{app}\{#Exe}"; Tasks: desktopicon; Comment: "{#AppName}"

; File types: none yet. Backups (.sqlite) are not associated on purpose: opening a
; backup by double-click would make it the working database. A zone's ACK (.ack)
; is worth a double-click once the desktop takes a file to open (the fund's zone
; page); then add, with ChangesAssociations=yes in [Setup]:
;   Root: HKCU; Subkey: "Software\Classes\.ack\OpenWithProgids"; ValueType: string; ValueName: "WelfareDesk.Ack"; ValueData: ""; Flags: uninsdeletevalue
;   Root: HKCU; Subkey: "Software\Classes\WelfareDesk.Ack\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#Exe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
{ Where the app keeps the fund's data: platformdirs' user_data_dir("welfare-desk",
  appauthor=False), i.e. %LOCALAPPDATA%\welfare-desk (services/locations.py). }
function DataFolder: String;
begin
  Result := ExpandConstant('{localappdata}\welfare-desk');
end;

procedure CurPageChanged(CurPageID: Integer);
begin
  if CurPageID = wpReady then
    WizardForm.ReadyMemo.Lines.Add(#13#10 + FmtMessage(CustomMessage('DataStays'), [DataFolder]));
end;

{ The uninstaller removes only what it installed; the data folder was never
  installed, so it stays. Say so, with the path, unless uninstalling silently. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder]), mbInformation, MB_OK);
end;
