; *** Inno Setup 6.1+ Thai messages for Welfare Desk (โปรแกรมสวัสดิการชุมชน) ***
;
; Written for this installer (installer/windows/welfare-desk.iss): Inno Setup's
; own Thai file is not in every release, so the installer carries its own.
; Keys follow Inno Setup 6.1-6.4's Default.isl; a key a newer Inno Setup adds
; falls back to English with a compiler warning, one it dropped is ignored.
; Thai has no sentence-final period: none is added where English has one.
; Saved as UTF-8 with a byte-order mark (Inno Setup reads it as Unicode).

[LangOptions]
LanguageName=ไทย
LanguageID=$041E
; 0: shown in the language list on every Windows, whatever its ANSI code page
; (Unicode Inno Setup draws Thai on an English Windows too).
LanguageCodePage=0

[Messages]

; *** Application titles
SetupAppTitle=ติดตั้งโปรแกรม
SetupWindowTitle=ติดตั้งโปรแกรม - %1
UninstallAppTitle=ถอนการติดตั้ง
UninstallAppFullTitle=ถอนการติดตั้ง %1

; *** Misc. common
InformationTitle=ข้อมูล
ConfirmTitle=ยืนยัน
ErrorTitle=เกิดข้อผิดพลาด

; *** SetupLdr messages
SetupLdrStartupMessage=โปรแกรมนี้จะติดตั้ง %1 ต้องการทำต่อหรือไม่
LdrCannotCreateTemp=สร้างไฟล์ชั่วคราวไม่ได้ ยกเลิกการติดตั้งแล้ว
LdrCannotExecTemp=เรียกใช้ไฟล์ในโฟลเดอร์ชั่วคราวไม่ได้ ยกเลิกการติดตั้งแล้ว
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1%n%nข้อผิดพลาด %2: %3
SetupFileMissing=ไม่พบไฟล์ %1 ในโฟลเดอร์ของตัวติดตั้ง กรุณาแก้ไขปัญหา หรือหาตัวติดตั้งชุดใหม่
SetupFileCorrupt=ไฟล์ของตัวติดตั้งเสียหาย กรุณาหาตัวติดตั้งชุดใหม่
SetupFileCorruptOrWrongVer=ไฟล์ของตัวติดตั้งเสียหาย หรือใช้กับตัวติดตั้งรุ่นนี้ไม่ได้ กรุณาแก้ไขปัญหา หรือหาตัวติดตั้งชุดใหม่
InvalidParameter=มีพารามิเตอร์ที่ไม่ถูกต้องในบรรทัดคำสั่ง:%n%n%1
SetupAlreadyRunning=ตัวติดตั้งกำลังทำงานอยู่แล้ว
WindowsVersionNotSupported=โปรแกรมนี้ใช้กับ Windows รุ่นที่เครื่องนี้ใช้อยู่ไม่ได้
WindowsServicePackRequired=โปรแกรมนี้ต้องใช้ %1 Service Pack %2 ขึ้นไป
NotOnThisPlatform=โปรแกรมนี้ใช้บน %1 ไม่ได้
OnlyOnThisPlatform=โปรแกรมนี้ต้องใช้บน %1
OnlyOnTheseArchitectures=โปรแกรมนี้ติดตั้งได้เฉพาะบน Windows สำหรับหน่วยประมวลผลแบบต่อไปนี้:%n%n%1
WinVersionTooLowError=โปรแกรมนี้ต้องใช้ %1 รุ่น %2 ขึ้นไป
WinVersionTooHighError=โปรแกรมนี้ติดตั้งบน %1 รุ่น %2 ขึ้นไปไม่ได้
AdminPrivilegesRequired=ต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบ (Administrator) จึงจะติดตั้งโปรแกรมนี้ได้
PowerUserPrivilegesRequired=ต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบ หรือสมาชิกกลุ่ม Power Users จึงจะติดตั้งโปรแกรมนี้ได้
SetupAppRunningError=ตัวติดตั้งพบว่า %1 กำลังเปิดอยู่%n%nกรุณาปิดโปรแกรมนี้ทุกหน้าต่างก่อน แล้วคลิก ตกลง เพื่อทำต่อ หรือคลิก ยกเลิก เพื่อออก
UninstallAppRunningError=ตัวถอนการติดตั้งพบว่า %1 กำลังเปิดอยู่%n%nกรุณาปิดโปรแกรมนี้ทุกหน้าต่างก่อน แล้วคลิก ตกลง เพื่อทำต่อ หรือคลิก ยกเลิก เพื่อออก

; *** Startup questions
PrivilegesRequiredOverrideTitle=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideInstruction=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideText1=ติดตั้ง %1 ให้ผู้ใช้ทุกคนของเครื่องนี้ได้ (ต้องใช้สิทธิ์ผู้ดูแลระบบ) หรือติดตั้งให้คุณคนเดียว
PrivilegesRequiredOverrideText2=ติดตั้ง %1 ให้คุณคนเดียวได้ หรือติดตั้งให้ผู้ใช้ทุกคนของเครื่องนี้ (ต้องใช้สิทธิ์ผู้ดูแลระบบ)
PrivilegesRequiredOverrideAllUsers=ติดตั้งให้ผู้ใช้&ทุกคน
PrivilegesRequiredOverrideAllUsersRecommended=ติดตั้งให้ผู้ใช้&ทุกคน (แนะนำ)
PrivilegesRequiredOverrideCurrentUser=ติดตั้งให้&ฉันคนเดียว
PrivilegesRequiredOverrideCurrentUserRecommended=ติดตั้งให้&ฉันคนเดียว (แนะนำ)

; *** Misc. errors
ErrorCreatingDir=ตัวติดตั้งสร้างโฟลเดอร์ "%1" ไม่ได้
ErrorTooManyFilesInDir=สร้างไฟล์ในโฟลเดอร์ "%1" ไม่ได้ เพราะมีไฟล์อยู่มากเกินไป

; *** Setup common messages
ExitSetupTitle=ออกจากตัวติดตั้ง
ExitSetupMessage=การติดตั้งยังไม่เสร็จ ถ้าออกตอนนี้ โปรแกรมจะยังไม่ถูกติดตั้ง%n%nเรียกตัวติดตั้งอีกครั้งภายหลังเพื่อติดตั้งให้เสร็จได้%n%nต้องการออกจากตัวติดตั้งหรือไม่
AboutSetupMenuItem=&เกี่ยวกับตัวติดตั้ง...
AboutSetupTitle=เกี่ยวกับตัวติดตั้ง
AboutSetupMessage=%1 รุ่น %2%n%3%n%nเว็บไซต์ของ %1:%n%4
AboutSetupNote=
TranslatorNote=

; *** Buttons
ButtonBack=< &ย้อนกลับ
ButtonNext=&ถัดไป >
ButtonInstall=&ติดตั้ง
ButtonOK=ตกลง
ButtonCancel=ยกเลิก
ButtonYes=&ใช่
ButtonYesToAll=ใช่&ทั้งหมด
ButtonNo=&ไม่
ButtonNoToAll=ไม่ทั้ง&หมด
ButtonFinish=&เสร็จสิ้น
ButtonBrowse=เ&ลือก...
ButtonWizardBrowse=เลือ&ก...
ButtonNewFolder=&สร้างโฟลเดอร์ใหม่

; *** "Select Language" dialog messages
SelectLanguageTitle=เลือกภาษาของตัวติดตั้ง
SelectLanguageLabel=เลือกภาษาที่จะใช้ระหว่างการติดตั้ง

; *** Common wizard text
ClickNext=คลิก ถัดไป เพื่อทำต่อ หรือคลิก ยกเลิก เพื่อออกจากตัวติดตั้ง
BeveledLabel=
BrowseDialogTitle=เลือกโฟลเดอร์
BrowseDialogLabel=เลือกโฟลเดอร์จากรายการด้านล่าง แล้วคลิก ตกลง
NewFolderName=โฟลเดอร์ใหม่

; *** "Welcome" wizard page
WelcomeLabel1=ยินดีต้อนรับสู่การติดตั้ง [name]
WelcomeLabel2=ตัวติดตั้งนี้จะติดตั้ง [name/ver] ลงในเครื่องนี้%n%nควรปิดโปรแกรมอื่นทั้งหมดก่อนทำต่อ

; *** "Password" wizard page
WizardPassword=รหัสผ่าน
PasswordLabel1=การติดตั้งนี้ป้องกันด้วยรหัสผ่าน
PasswordLabel3=กรุณาใส่รหัสผ่าน แล้วคลิก ถัดไป เพื่อทำต่อ (ตัวพิมพ์เล็กและตัวพิมพ์ใหญ่ถือว่าต่างกัน)
PasswordEditLabel=&รหัสผ่าน:
IncorrectPassword=รหัสผ่านไม่ถูกต้อง กรุณาลองใหม่

; *** "License Agreement" wizard page
WizardLicense=ข้อตกลงการใช้งาน
LicenseLabel=กรุณาอ่านข้อมูลสำคัญต่อไปนี้ก่อนทำต่อ
LicenseLabel3=กรุณาอ่านข้อตกลงการใช้งานต่อไปนี้ ต้องยอมรับข้อตกลงนี้ก่อนจึงจะติดตั้งต่อได้
LicenseAccepted=ฉัน&ยอมรับข้อตกลง
LicenseNotAccepted=ฉัน&ไม่ยอมรับข้อตกลง

; *** "Information" wizard pages
WizardInfoBefore=ข้อมูล
InfoBeforeLabel=กรุณาอ่านข้อมูลสำคัญต่อไปนี้ก่อนทำต่อ
InfoBeforeClickLabel=เมื่อพร้อมติดตั้งต่อแล้ว คลิก ถัดไป
WizardInfoAfter=ข้อมูล
InfoAfterLabel=กรุณาอ่านข้อมูลสำคัญต่อไปนี้ก่อนทำต่อ
InfoAfterClickLabel=เมื่อพร้อมติดตั้งต่อแล้ว คลิก ถัดไป

; *** "User Information" wizard page
WizardUserInfo=ข้อมูลผู้ใช้
UserInfoDesc=กรุณากรอกข้อมูลของคุณ
UserInfoName=&ชื่อผู้ใช้:
UserInfoOrg=&หน่วยงาน:
UserInfoSerial=&หมายเลขประจำเครื่อง:
UserInfoNameRequired=ต้องกรอกชื่อ

; *** "Select Destination Location" wizard page
WizardSelectDir=เลือกที่ติดตั้ง
SelectDirDesc=จะติดตั้ง [name] ไว้ที่ใด
SelectDirLabel3=ตัวติดตั้งจะติดตั้ง [name] ไว้ในโฟลเดอร์ต่อไปนี้
SelectDirBrowseLabel=คลิก ถัดไป เพื่อทำต่อ หากต้องการเลือกโฟลเดอร์อื่น คลิก เลือก
DiskSpaceGBLabel=ต้องมีพื้นที่ว่างในดิสก์อย่างน้อย [gb] GB
DiskSpaceMBLabel=ต้องมีพื้นที่ว่างในดิสก์อย่างน้อย [mb] MB
CannotInstallToNetworkDrive=ตัวติดตั้งติดตั้งลงไดรฟ์เครือข่ายไม่ได้
CannotInstallToUNCPath=ตัวติดตั้งติดตั้งลงตำแหน่งแบบ UNC ไม่ได้
InvalidPath=ต้องใส่ตำแหน่งเต็มที่มีอักษรไดรฟ์ เช่น:%n%nC:\APP%n%nหรือตำแหน่งแบบ UNC เช่น:%n%n\\server\share
InvalidDrive=ไม่พบไดรฟ์หรือโฟลเดอร์แชร์ที่เลือก หรือเข้าถึงไม่ได้ กรุณาเลือกที่อื่น
DiskSpaceWarningTitle=พื้นที่ในดิสก์ไม่พอ
DiskSpaceWarning=ตัวติดตั้งต้องใช้พื้นที่ว่างอย่างน้อย %1 KB แต่ไดรฟ์ที่เลือกเหลือเพียง %2 KB%n%nต้องการทำต่อหรือไม่
DirNameTooLong=ชื่อโฟลเดอร์หรือตำแหน่งยาวเกินไป
InvalidDirName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadDirName32=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
DirExistsTitle=มีโฟลเดอร์นี้อยู่แล้ว
DirExists=โฟลเดอร์:%n%n%1%n%nมีอยู่แล้ว ต้องการติดตั้งลงในโฟลเดอร์นี้หรือไม่
DirDoesntExistTitle=ไม่มีโฟลเดอร์นี้
DirDoesntExist=โฟลเดอร์:%n%n%1%n%nยังไม่มี ต้องการให้สร้างโฟลเดอร์นี้หรือไม่

; *** "Select Components" wizard page
WizardSelectComponents=เลือกส่วนประกอบ
SelectComponentsDesc=จะติดตั้งส่วนประกอบใดบ้าง
SelectComponentsLabel2=เลือกส่วนประกอบที่ต้องการติดตั้ง และเอาเครื่องหมายออกจากส่วนที่ไม่ต้องการ เมื่อพร้อมแล้วคลิก ถัดไป
FullInstallation=ติดตั้งทั้งหมด
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=ติดตั้งแบบกะทัดรัด
CustomInstallation=ติดตั้งแบบเลือกเอง
NoUninstallWarningTitle=มีส่วนประกอบอยู่แล้ว
NoUninstallWarning=ตัวติดตั้งพบว่าส่วนประกอบต่อไปนี้ติดตั้งอยู่ในเครื่องนี้แล้ว:%n%n%1%n%nการไม่เลือกส่วนประกอบเหล่านี้จะไม่ถอนการติดตั้งส่วนประกอบนั้น%n%nต้องการทำต่อหรือไม่
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=ส่วนที่เลือกไว้ต้องใช้พื้นที่ในดิสก์อย่างน้อย [gb] GB
ComponentsDiskSpaceMBLabel=ส่วนที่เลือกไว้ต้องใช้พื้นที่ในดิสก์อย่างน้อย [mb] MB

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=เลือกงานเพิ่มเติม
SelectTasksDesc=ต้องการให้ทำงานใดเพิ่มเติมบ้าง
SelectTasksLabel2=เลือกงานเพิ่มเติมที่ต้องการให้ตัวติดตั้งทำระหว่างติดตั้ง [name] แล้วคลิก ถัดไป

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=เลือกโฟลเดอร์ในเมนูเริ่ม
SelectStartMenuFolderDesc=จะให้ตัวติดตั้งวางทางลัดของโปรแกรมไว้ที่ใด
SelectStartMenuFolderLabel3=ตัวติดตั้งจะสร้างทางลัดของโปรแกรมไว้ในโฟลเดอร์ต่อไปนี้ของเมนูเริ่ม (Start)
SelectStartMenuFolderBrowseLabel=คลิก ถัดไป เพื่อทำต่อ หากต้องการเลือกโฟลเดอร์อื่น คลิก เลือก
MustEnterGroupName=ต้องใส่ชื่อโฟลเดอร์
GroupNameTooLong=ชื่อโฟลเดอร์หรือตำแหน่งยาวเกินไป
InvalidGroupName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadGroupName=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
NoProgramGroupCheck2=&ไม่ต้องสร้างโฟลเดอร์ในเมนูเริ่ม

; *** "Ready to Install" wizard page
WizardReady=พร้อมติดตั้ง
ReadyLabel1=ตัวติดตั้งพร้อมติดตั้ง [name] ลงในเครื่องนี้แล้ว
ReadyLabel2a=คลิก ติดตั้ง เพื่อเริ่มติดตั้ง หรือคลิก ย้อนกลับ หากต้องการทบทวนหรือเปลี่ยนค่าที่เลือกไว้
ReadyLabel2b=คลิก ติดตั้ง เพื่อเริ่มติดตั้ง
ReadyMemoUserInfo=ข้อมูลผู้ใช้:
ReadyMemoDir=ที่ติดตั้ง:
ReadyMemoType=รูปแบบการติดตั้ง:
ReadyMemoComponents=ส่วนประกอบที่เลือก:
ReadyMemoGroup=โฟลเดอร์ในเมนูเริ่ม:
ReadyMemoTasks=งานเพิ่มเติม:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=กำลังดาวน์โหลดไฟล์เพิ่มเติม...
ButtonStopDownload=&หยุดดาวน์โหลด
StopDownload=ต้องการหยุดดาวน์โหลดหรือไม่
ErrorDownloadAborted=ยกเลิกการดาวน์โหลดแล้ว
ErrorDownloadFailed=ดาวน์โหลดไม่สำเร็จ: %1 %2
ErrorDownloadSizeFailed=อ่านขนาดไฟล์ไม่สำเร็จ: %1 %2
ErrorFileHash1=ตรวจค่าแฮชของไฟล์ไม่สำเร็จ: %1
ErrorFileHash2=ค่าแฮชของไฟล์ไม่ถูกต้อง: ควรเป็น %1 แต่พบ %2
ErrorProgress=ความคืบหน้าไม่ถูกต้อง: %1 จาก %2
ErrorFileSize=ขนาดไฟล์ไม่ถูกต้อง: ควรเป็น %1 แต่พบ %2

; *** "Preparing to Install" wizard page
WizardPreparing=กำลังเตรียมติดตั้ง
PreparingDesc=ตัวติดตั้งกำลังเตรียมติดตั้ง [name] ลงในเครื่องนี้
PreviousInstallNotCompleted=การติดตั้งหรือถอนการติดตั้งโปรแกรมครั้งก่อนยังไม่เสร็จ ต้องเริ่มเครื่องใหม่ก่อนจึงจะเสร็จ%n%nเมื่อเริ่มเครื่องใหม่แล้ว ให้เรียกตัวติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จ
CannotContinue=ตัวติดตั้งทำต่อไม่ได้ กรุณาคลิก ยกเลิก เพื่อออก
ApplicationsFound=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่ตัวติดตั้งต้องปรับปรุง ควรให้ตัวติดตั้งปิดโปรแกรมเหล่านี้ให้เอง
ApplicationsFound2=โปรแกรมต่อไปนี้กำลังใช้ไฟล์ที่ตัวติดตั้งต้องปรับปรุง ควรให้ตัวติดตั้งปิดโปรแกรมเหล่านี้ให้เอง เมื่อติดตั้งเสร็จ ตัวติดตั้งจะพยายามเปิดโปรแกรมเหล่านั้นขึ้นมาใหม่
CloseApplications=&ปิดโปรแกรมเหล่านี้ให้เอง
DontCloseApplications=&ไม่ต้องปิดโปรแกรม
ErrorCloseApplications=ตัวติดตั้งปิดโปรแกรมทั้งหมดให้เองไม่ได้ ควรปิดโปรแกรมที่ใช้ไฟล์ซึ่งตัวติดตั้งต้องปรับปรุงให้หมดก่อนทำต่อ
PrepareToInstallNeedsRestart=ตัวติดตั้งต้องเริ่มเครื่องใหม่ เมื่อเริ่มเครื่องใหม่แล้ว ให้เรียกตัวติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จ%n%nต้องการเริ่มเครื่องใหม่ตอนนี้หรือไม่

; *** "Installing" wizard page
WizardInstalling=กำลังติดตั้ง
InstallingLabel=กรุณารอสักครู่ ตัวติดตั้งกำลังติดตั้ง [name] ลงในเครื่องนี้

; *** "Setup Completed" wizard page
FinishedHeadingLabel=ติดตั้ง [name] เสร็จแล้ว
FinishedLabelNoIcons=ตัวติดตั้งติดตั้ง [name] ลงในเครื่องนี้เสร็จแล้ว
FinishedLabel=ตัวติดตั้งติดตั้ง [name] ลงในเครื่องนี้เสร็จแล้ว เปิดโปรแกรมได้จากทางลัดที่สร้างไว้
ClickFinish=คลิก เสร็จสิ้น เพื่อออกจากตัวติดตั้ง
FinishedRestartLabel=ต้องเริ่มเครื่องใหม่ การติดตั้ง [name] จึงจะเสร็จ ต้องการเริ่มเครื่องใหม่ตอนนี้หรือไม่
FinishedRestartMessage=ต้องเริ่มเครื่องใหม่ การติดตั้ง [name] จึงจะเสร็จ%n%nต้องการเริ่มเครื่องใหม่ตอนนี้หรือไม่
ShowReadmeCheck=ใช่ ฉันต้องการอ่านไฟล์ README
YesRadio=&ใช่ เริ่มเครื่องใหม่ตอนนี้
NoRadio=&ไม่ ฉันจะเริ่มเครื่องใหม่ภายหลัง
; used for example as 'Run MyProg.exe'
RunEntryExec=เปิด %1
; used for example as 'View Readme.txt'
RunEntryShellExec=ดู %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=ตัวติดตั้งต้องการแผ่นถัดไป
SelectDiskLabel2=กรุณาใส่แผ่นที่ %1 แล้วคลิก ตกลง%n%nหากไฟล์ในแผ่นนี้อยู่ในโฟลเดอร์อื่นที่ไม่ใช่โฟลเดอร์ด้านล่าง ให้ใส่ตำแหน่งที่ถูกต้อง หรือคลิก เลือก
PathLabel=&ตำแหน่ง:
FileNotInDir2=ไม่พบไฟล์ "%1" ใน "%2" กรุณาใส่แผ่นที่ถูกต้อง หรือเลือกโฟลเดอร์อื่น
SelectDirectoryLabel=กรุณาระบุตำแหน่งของแผ่นถัดไป

; *** Installation phase messages
SetupAborted=การติดตั้งไม่เสร็จ%n%nกรุณาแก้ไขปัญหา แล้วเรียกตัวติดตั้งอีกครั้ง
AbortRetryIgnoreSelectAction=เลือกสิ่งที่จะทำ
AbortRetryIgnoreRetry=&ลองอีกครั้ง
AbortRetryIgnoreIgnore=&ข้ามข้อผิดพลาดนี้แล้วทำต่อ
AbortRetryIgnoreCancel=ยกเลิกการติดตั้ง

; *** Installation status messages
StatusClosingApplications=กำลังปิดโปรแกรม...
StatusCreateDirs=กำลังสร้างโฟลเดอร์...
StatusExtractFiles=กำลังแตกไฟล์...
StatusCreateIcons=กำลังสร้างทางลัด...
StatusCreateIniEntries=กำลังบันทึกค่าในไฟล์ INI...
StatusCreateRegistryEntries=กำลังบันทึกค่าในรีจิสทรี...
StatusRegisterFiles=กำลังลงทะเบียนไฟล์...
StatusSavingUninstall=กำลังบันทึกข้อมูลสำหรับถอนการติดตั้ง...
StatusRunProgram=กำลังจบการติดตั้ง...
StatusRestartingApplications=กำลังเปิดโปรแกรมขึ้นมาใหม่...
StatusRollback=กำลังย้อนการเปลี่ยนแปลง...

; *** Misc. errors
ErrorInternal2=ข้อผิดพลาดภายใน: %1
ErrorFunctionFailedNoCode=%1 ไม่สำเร็จ
ErrorFunctionFailed=%1 ไม่สำเร็จ รหัส %2
ErrorFunctionFailedWithMessage=%1 ไม่สำเร็จ รหัส %2%n%3
ErrorExecutingProgram=เรียกใช้ไฟล์ไม่ได้:%n%1

; *** Registry errors
ErrorRegOpenKey=เปิดคีย์รีจิสทรีไม่ได้:%n%1\%2
ErrorRegCreateKey=สร้างคีย์รีจิสทรีไม่ได้:%n%1\%2
ErrorRegWriteKey=เขียนคีย์รีจิสทรีไม่ได้:%n%1\%2

; *** INI errors
ErrorIniEntry=บันทึกค่าในไฟล์ INI "%1" ไม่ได้

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=&ข้ามไฟล์นี้ (ไม่แนะนำ)
FileAbortRetryIgnoreIgnoreNotRecommended=ข้ามข้อผิดพลาดนี้แล้ว&ทำต่อ (ไม่แนะนำ)
SourceIsCorrupted=ไฟล์ต้นฉบับเสียหาย
SourceDoesntExist=ไม่มีไฟล์ต้นฉบับ "%1"
ExistingFileReadOnly2=แทนที่ไฟล์เดิมไม่ได้ เพราะไฟล์นั้นตั้งค่าไว้ให้อ่านได้อย่างเดียว
ExistingFileReadOnlyRetry=&เอาค่าอ่านได้อย่างเดียวออก แล้วลองอีกครั้ง
ExistingFileReadOnlyKeepExisting=&เก็บไฟล์เดิมไว้
ErrorReadingExistingDest=เกิดข้อผิดพลาดขณะอ่านไฟล์เดิม:
FileExistsSelectAction=เลือกสิ่งที่จะทำ
FileExists2=มีไฟล์นี้อยู่แล้ว
FileExistsOverwriteExisting=&เขียนทับไฟล์เดิม
FileExistsKeepExisting=&เก็บไฟล์เดิมไว้
FileExistsOverwriteOrKeepAll=ทำ&แบบนี้กับไฟล์ที่ซ้ำต่อจากนี้ด้วย
ExistingFileNewerSelectAction=เลือกสิ่งที่จะทำ
ExistingFileNewer2=ไฟล์เดิมใหม่กว่าไฟล์ที่ตัวติดตั้งจะติดตั้ง
ExistingFileNewerOverwriteExisting=&เขียนทับไฟล์เดิม
ExistingFileNewerKeepExisting=&เก็บไฟล์เดิมไว้ (แนะนำ)
ExistingFileNewerOverwriteOrKeepAll=ทำ&แบบนี้กับไฟล์ที่ซ้ำต่อจากนี้ด้วย
ErrorChangingAttr=เกิดข้อผิดพลาดขณะเปลี่ยนคุณสมบัติของไฟล์เดิม:
ErrorCreatingTemp=เกิดข้อผิดพลาดขณะสร้างไฟล์ในโฟลเดอร์ที่ติดตั้ง:
ErrorReadingSource=เกิดข้อผิดพลาดขณะอ่านไฟล์ต้นฉบับ:
ErrorCopying=เกิดข้อผิดพลาดขณะคัดลอกไฟล์:
ErrorReplacingExistingFile=เกิดข้อผิดพลาดขณะแทนที่ไฟล์เดิม:
ErrorRestartReplace=แทนที่ไฟล์หลังเริ่มเครื่องใหม่ (RestartReplace) ไม่สำเร็จ:
ErrorRenamingTemp=เกิดข้อผิดพลาดขณะเปลี่ยนชื่อไฟล์ในโฟลเดอร์ที่ติดตั้ง:
ErrorRegisterServer=ลงทะเบียน DLL/OCX ไม่ได้: %1
ErrorRegSvr32Failed=RegSvr32 ไม่สำเร็จ รหัสออก %1
ErrorRegisterTypeLib=ลงทะเบียนไลบรารีชนิดข้อมูล (type library) ไม่ได้: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 บิต
UninstallDisplayNameMark64Bit=64 บิต
UninstallDisplayNameMarkAllUsers=ผู้ใช้ทุกคน
UninstallDisplayNameMarkCurrentUser=ผู้ใช้คนนี้

; *** Post-installation errors
ErrorOpeningReadme=เกิดข้อผิดพลาดขณะเปิดไฟล์ README
ErrorRestartingComputer=ตัวติดตั้งเริ่มเครื่องใหม่ไม่ได้ กรุณาเริ่มเครื่องใหม่เอง

; *** Uninstaller messages
UninstallNotFound=ไม่มีไฟล์ "%1" ถอนการติดตั้งไม่ได้
UninstallOpenError=เปิดไฟล์ "%1" ไม่ได้ ถอนการติดตั้งไม่ได้
UninstallUnsupportedVer=ไฟล์บันทึกการถอนการติดตั้ง "%1" เป็นรูปแบบที่ตัวถอนการติดตั้งรุ่นนี้ไม่รู้จัก ถอนการติดตั้งไม่ได้
UninstallUnknownEntry=พบรายการที่ไม่รู้จัก (%1) ในบันทึกการถอนการติดตั้ง
ConfirmUninstall=ต้องการถอนการติดตั้ง %1 และส่วนประกอบทั้งหมดของโปรแกรมหรือไม่ (ข้อมูลของกองทุนจะไม่ถูกลบ)
UninstallOnlyOnWin64=ถอนการติดตั้งนี้ได้เฉพาะบน Windows 64 บิต
OnlyAdminCanUninstall=ถอนการติดตั้งนี้ได้เฉพาะผู้ใช้ที่มีสิทธิ์ผู้ดูแลระบบ
UninstallStatusLabel=กรุณารอสักครู่ กำลังถอน %1 ออกจากเครื่องนี้
UninstalledAll=ถอน %1 ออกจากเครื่องนี้เรียบร้อยแล้ว
UninstalledMost=ถอนการติดตั้ง %1 เสร็จแล้ว%n%nมีบางส่วนที่ถอนออกไม่ได้ ลบส่วนนั้นเองได้
UninstalledAndNeedsRestart=ต้องเริ่มเครื่องใหม่ การถอนการติดตั้ง %1 จึงจะเสร็จ%n%nต้องการเริ่มเครื่องใหม่ตอนนี้หรือไม่
UninstallDataCorrupted=ไฟล์ "%1" เสียหาย ถอนการติดตั้งไม่ได้

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=ลบไฟล์ที่ใช้ร่วมกันหรือไม่
ConfirmDeleteSharedFile2=ระบบแจ้งว่าไม่มีโปรแกรมใดใช้ไฟล์ที่ใช้ร่วมกันต่อไปนี้แล้ว ต้องการให้ลบไฟล์นี้หรือไม่%n%nหากยังมีโปรแกรมใช้ไฟล์นี้อยู่แต่ไฟล์ถูกลบ โปรแกรมนั้นอาจทำงานผิดปกติ หากไม่แน่ใจ ให้เลือก ไม่ การเก็บไฟล์ไว้ไม่ทำให้เกิดความเสียหาย
SharedFileNameLabel=ชื่อไฟล์:
SharedFileLocationLabel=ตำแหน่ง:
WizardUninstalling=สถานะการถอนการติดตั้ง
StatusUninstalling=กำลังถอนการติดตั้ง %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=กำลังติดตั้ง %1
ShutdownBlockReasonUninstallingApp=กำลังถอนการติดตั้ง %1

[CustomMessages]

NameAndVersion=%1 รุ่น %2
AdditionalIcons=ทางลัดเพิ่มเติม:
CreateDesktopIcon=สร้างทางลัดบน&เดสก์ท็อป
CreateQuickLaunchIcon=สร้างทางลัดใน &Quick Launch
ProgramOnTheWeb=%1 บนเว็บ
UninstallProgram=ถอนการติดตั้ง %1
LaunchProgram=เปิด %1
AssocFileExtension=&เปิดไฟล์นามสกุล %2 ด้วย %1
AssocingFileExtension=กำลังตั้งให้เปิดไฟล์นามสกุล %2 ด้วย %1...
AutoStartProgramGroupDescription=เริ่มพร้อม Windows:
AutoStartProgram=เปิด %1 ทุกครั้งที่เริ่ม Windows
AddonHostProgramNotFound=ไม่พบ %1 ในโฟลเดอร์ที่เลือก%n%nต้องการทำต่อหรือไม่
