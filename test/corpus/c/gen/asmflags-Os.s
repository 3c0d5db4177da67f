	.file	"asmflags.c"
	.machine "440"
	.section	".text"
	.align 2
	.type	mix, @function
mix:
.LFB0:
	.cfi_startproc
	lis 9,.LANCHOR0@ha
	lwz 10,.LANCHOR0@l(9)
	xor 3,3,10
	lis 10,0x100
	ori 10,10,0x193
	mullw 3,3,10
	stw 3,.LANCHOR0@l(9)
	blr
	.cfi_endproc
.LFE0:
	.size	mix,.-mix
	.align 2
	.type	report, @function
report:
.LFB1:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	bl print_str
	lis 31,.LANCHOR0@ha
	li 3,32
	bl print_char
	lwz 3,.LANCHOR0@l(31)
	bl print_hex
	bl print_nl
	lis 9,0x811c
	ori 9,9,0x9dc5
	stw 9,.LANCHOR0@l(31)
	addi 11,1,16
	b _restgpr_31_x
	.cfi_restore 31
	.cfi_restore 65
	.cfi_endproc
.LFE1:
	.size	report,.-report
	.section	.rodata.str1.1,"aMS",@progbits,1
.LC0:
	.string	"add"
.LC1:
	.string	"addo"
.LC2:
	.string	"add."
.LC3:
	.string	"addo."
.LC4:
	.string	"addc"
.LC5:
	.string	"addco."
.LC6:
	.string	"adde"
.LC7:
	.string	"addeo."
.LC8:
	.string	"subf"
.LC9:
	.string	"subfo."
.LC10:
	.string	"subfc"
.LC11:
	.string	"subfco."
.LC12:
	.string	"subfe"
.LC13:
	.string	"subfeo."
.LC14:
	.string	"mullw"
.LC15:
	.string	"mullwo."
.LC16:
	.string	"mulhw."
.LC17:
	.string	"mulhwu."
.LC18:
	.string	"divwo."
.LC19:
	.string	"divwuo."
.LC20:
	.string	"divw"
.LC21:
	.string	"divwu"
.LC22:
	.string	"and."
.LC23:
	.string	"andc."
.LC24:
	.string	"or."
.LC25:
	.string	"orc."
.LC26:
	.string	"xor."
.LC27:
	.string	"nand."
.LC28:
	.string	"nor."
.LC29:
	.string	"eqv."
.LC30:
	.string	"slw."
.LC31:
	.string	"srw."
.LC32:
	.string	"sraw"
.LC33:
	.string	"sraw."
.LC34:
	.string	"mulhhw."
.LC35:
	.string	"mullhwu."
.LC36:
	.string	"mulchw."
.LC37:
	.string	"addmeo."
.LC38:
	.string	"addzeo."
.LC39:
	.string	"subfmeo."
.LC40:
	.string	"subfzeo."
.LC41:
	.string	"addme"
.LC42:
	.string	"addze"
.LC43:
	.string	"subfme"
.LC44:
	.string	"subfze"
.LC45:
	.string	"nego."
.LC46:
	.string	"neg"
.LC47:
	.string	"extsb."
.LC48:
	.string	"extsh."
.LC49:
	.string	"cntlzw."
.LC50:
	.string	"addic -1"
.LC51:
	.string	"addic. 32767"
.LC52:
	.string	"subfic -5"
.LC53:
	.string	"subfic 0"
.LC54:
	.string	"srawi 0"
.LC55:
	.string	"srawi. 1"
.LC56:
	.string	"srawi. 31"
.LC57:
	.string	"andi. 0x8001"
.LC58:
	.string	"andis. 0x8001"
.LC59:
	.string	"mulli -300"
.LC60:
	.string	"rlwinm. 5,27,3"
.LC61:
	.string	"rlwinm. 0,31,31"
.LC62:
	.string	"rlwimi. 12,4,19"
.LC63:
	.string	"rlwimi 31,30,1"
.LC64:
	.string	"rlwnm"
.LC65:
	.string	"machhwsu"
.LC66:
	.string	"macchwsuo."
.LC67:
	.string	"maclhwsu"
.LC68:
	.string	"machhwuo."
.LC69:
	.string	"maclhwuo"
.LC70:
	.string	"cr "
.LC71:
	.string	" -> "
.LC72:
	.string	"crlogic"
.LC73:
	.string	"mcrf"
.LC74:
	.string	"mtcrf 0x81"
.LC75:
	.string	"mtcrf 0x24"
.LC76:
	.string	"mcrxr"
.LC77:
	.string	"xer after mcrxr"
.LC78:
	.string	"compare"
.LC79:
	.string	"lwbrx"
.LC80:
	.string	"lhbrx"
.LC81:
	.string	"lwz misaligned"
.LC82:
	.string	"lhz misaligned"
.LC83:
	.string	"after stores"
.LC84:
	.string	"lhax misaligned"
.LC85:
	.string	"stmw/lmw"
.LC86:
	.string	"stmw slot 2"
.LC87:
	.string	"misaligned stmw/lmw"
.LC88:
	.string	"misaligned stmw image"
.LC89:
	.string	"lwbrx misaligned"
.LC90:
	.string	"lhbrx misaligned"
.LC91:
	.string	"lwzu misaligned"
.LC92:
	.string	"lhau misaligned"
.LC93:
	.string	"update address"
.LC94:
	.string	"after misaligned stores"
.LC95:
	.string	"lwzux"
.LC96:
	.string	"lbzux"
.LC97:
	.string	"lhzux"
.LC98:
	.string	"lhaux"
.LC99:
	.string	"indexed update address"
.LC100:
	.string	"after indexed updates"
.LC101:
	.string	"traps not taken"
.LC102:
	.string	"after dcbz"
.LC103:
	.string	"dcbz zeroed"
.LC104:
	.string	"dlmzb "
.LC105:
	.string	"via sc\n"
.LC106:
	.string	"write ok: "
.LC107:
	.string	""
.LC108:
	.string	"write empty: "
.LC109:
	.string	"x"
.LC110:
	.string	"write bad fd: "
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB79:
	.cfi_startproc
	stwu 1,-112(1)
	.cfi_def_cfa_offset 112
	mfcr 12
	lis 10,0x811c
	mflr 0
	lis 9,.LANCHOR0@ha
	ori 10,10,0x9dc5
	stmw 17,52(1)
	.cfi_register 65, 0
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 24, -32
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	lis 30,.LANCHOR1@ha
	stw 0,116(1)
	la 30,.LANCHOR1@l(30)
	stw 12,48(1)
	.cfi_offset 65, 4
	.cfi_offset 70, -64
	li 23,0
	stw 10,.LANCHOR0@l(9)
	addi 29,30,48
	li 22,0
.L5:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L9
.L6:
	lwzu 9,4(27)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	add 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L6
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L7
.L9:
	addi 31,30,-4
	slwi 9,24,2
	lwzx 21,30,9
	mr 27,31
	li 20,12
	b .L6
.L7:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L5
	lis 3,.LC0@ha
	li 23,0
	la 3,.LC0@l(3)
	li 22,0
	bl report
.L10:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L14
.L11:
	lwzu 9,4(27)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addo 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L11
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L12
.L14:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L11
.L12:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L10
	lis 3,.LC1@ha
	li 23,0
	la 3,.LC1@l(3)
	li 22,0
	bl report
.L15:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L19
.L16:
	lwzu 9,4(27)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	add. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L16
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L17
.L19:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L16
.L17:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L15
	lis 3,.LC2@ha
	li 23,0
	la 3,.LC2@l(3)
	li 22,0
	bl report
.L20:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L24
.L21:
	lwzu 9,4(27)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L21
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L22
.L24:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L21
.L22:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L20
	lis 3,.LC3@ha
	li 23,0
	la 3,.LC3@l(3)
	li 22,0
	bl report
.L25:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L29
.L26:
	lwzu 9,4(27)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addc 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L26
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L27
.L29:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L26
.L27:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L25
	lis 3,.LC4@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC4@l(3)
	li 23,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 22,0
.L30:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L34
.L31:
	lwzu 9,4(27)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addco. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L31
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L32
.L34:
	slwi 9,24,2
	mr 27,31
	lwzx 21,9,30
	li 20,12
	b .L31
.L32:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L30
	lis 3,.LC5@ha
	li 23,0
	la 3,.LC5@l(3)
	addi 29,30,48
	bl report
	li 22,0
.L35:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L39
.L36:
	lwzu 9,4(27)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	adde 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L36
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L37
.L39:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L36
.L37:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L35
	lis 3,.LC6@ha
	li 23,0
	la 3,.LC6@l(3)
	li 22,0
	bl report
.L40:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L44
.L41:
	lwzu 9,4(27)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addeo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L41
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L42
.L44:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L41
.L42:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L40
	lis 3,.LC7@ha
	li 23,0
	la 3,.LC7@l(3)
	li 22,0
	bl report
.L45:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L49
.L46:
	lwzu 9,4(27)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subf 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L46
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L47
.L49:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L46
.L47:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L45
	lis 3,.LC8@ha
	li 23,0
	la 3,.LC8@l(3)
	li 22,0
	bl report
.L50:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L54
.L51:
	lwzu 9,4(27)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L51
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L52
.L54:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L51
.L52:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L50
	lis 3,.LC9@ha
	li 23,0
	la 3,.LC9@l(3)
	li 22,0
	bl report
.L55:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L59
.L56:
	lwzu 9,4(27)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfc 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L56
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L57
.L59:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L56
.L57:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L55
	lis 3,.LC10@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC10@l(3)
	li 23,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 22,0
.L60:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L64
.L61:
	lwzu 9,4(27)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfco. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L61
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L62
.L64:
	slwi 9,24,2
	mr 27,31
	lwzx 21,9,30
	li 20,12
	b .L61
.L62:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L60
	lis 3,.LC11@ha
	li 23,0
	la 3,.LC11@l(3)
	addi 29,30,48
	bl report
	li 22,0
.L65:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L69
.L66:
	lwzu 9,4(27)
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfe 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L66
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L67
.L69:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L66
.L67:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L65
	lis 3,.LC12@ha
	li 23,0
	la 3,.LC12@l(3)
	li 22,0
	bl report
.L70:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L74
.L71:
	lwzu 9,4(27)
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfeo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L71
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L72
.L74:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L71
.L72:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L70
	lis 3,.LC13@ha
	li 23,0
	la 3,.LC13@l(3)
	li 22,0
	bl report
.L75:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L79
.L76:
	lwzu 9,4(27)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mullw 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L76
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L77
.L79:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L76
.L77:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L75
	lis 3,.LC14@ha
	li 23,0
	la 3,.LC14@l(3)
	li 22,0
	bl report
.L80:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L84
.L81:
	lwzu 9,4(27)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mullwo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L81
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L82
.L84:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L81
.L82:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L80
	lis 3,.LC15@ha
	li 23,0
	la 3,.LC15@l(3)
	li 22,0
	bl report
.L85:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L89
.L86:
	lwzu 9,4(27)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mulhw. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L86
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L87
.L89:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L86
.L87:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L85
	lis 3,.LC16@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC16@l(3)
	li 23,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 22,0
.L90:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L94
.L91:
	lwzu 9,4(27)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mulhwu. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L91
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L92
.L94:
	slwi 9,24,2
	mr 27,31
	lwzx 21,9,30
	li 20,12
	b .L91
.L92:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L90
	lis 3,.LC17@ha
	li 23,0
	la 3,.LC17@l(3)
	addi 29,30,48
	bl report
	li 22,0
.L95:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L99
.L96:
	lwzu 9,4(27)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	divwo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L96
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L97
.L99:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L96
.L97:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L95
	lis 3,.LC18@ha
	li 23,0
	la 3,.LC18@l(3)
	li 22,0
	bl report
.L100:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L104
.L101:
	lwzu 9,4(27)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	divwuo. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L101
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L102
.L104:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L101
.L102:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L100
	lis 3,.LC19@ha
	li 23,0
	la 3,.LC19@l(3)
	li 22,0
	bl report
.L105:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L109
.L106:
	lwzu 9,4(27)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	divw 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L106
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L107
.L109:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L106
.L107:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L105
	lis 3,.LC20@ha
	li 23,0
	la 3,.LC20@l(3)
	li 22,0
	bl report
.L110:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L114
.L111:
	lwzu 9,4(27)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	divwu 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L111
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L112
.L114:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L111
.L112:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L110
	lis 3,.LC21@ha
	li 23,0
	la 3,.LC21@l(3)
	li 22,0
	bl report
.L115:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L119
.L116:
	lwzu 9,4(27)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	and. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L116
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L117
.L119:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L116
.L117:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L115
	lis 3,.LC22@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC22@l(3)
	li 23,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 22,0
.L120:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L124
.L121:
	lwzu 9,4(27)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	andc. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L121
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L122
.L124:
	slwi 9,24,2
	mr 27,31
	lwzx 21,9,30
	li 20,12
	b .L121
.L122:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L120
	lis 3,.LC23@ha
	li 23,0
	la 3,.LC23@l(3)
	addi 29,30,48
	bl report
	li 22,0
.L125:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L129
.L126:
	lwzu 9,4(27)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	or. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L126
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L127
.L129:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L126
.L127:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L125
	lis 3,.LC24@ha
	li 23,0
	la 3,.LC24@l(3)
	li 22,0
	bl report
.L130:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L134
.L131:
	lwzu 9,4(27)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	orc. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L131
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L132
.L134:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L131
.L132:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L130
	lis 3,.LC25@ha
	li 23,0
	la 3,.LC25@l(3)
	li 22,0
	bl report
.L135:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L139
.L136:
	lwzu 9,4(27)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	xor. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L136
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L137
.L139:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L136
.L137:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L135
	lis 3,.LC26@ha
	li 23,0
	la 3,.LC26@l(3)
	li 22,0
	bl report
.L140:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L144
.L141:
	lwzu 9,4(27)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	nand. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L141
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L142
.L144:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L141
.L142:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L140
	lis 3,.LC27@ha
	li 23,0
	la 3,.LC27@l(3)
	li 22,0
	bl report
.L145:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L149
.L146:
	lwzu 9,4(27)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	nor. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L146
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L147
.L149:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L146
.L147:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L145
	lis 3,.LC28@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC28@l(3)
	li 23,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 22,0
.L150:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L154
.L151:
	lwzu 9,4(27)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	eqv. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L151
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L152
.L154:
	slwi 9,24,2
	mr 27,31
	lwzx 21,9,30
	li 20,12
	b .L151
.L152:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L150
	lis 3,.LC29@ha
	li 23,0
	la 3,.LC29@l(3)
	addi 29,30,48
	bl report
	li 22,0
.L155:
	slwi 9,23,2
	li 24,0
	lwzx 28,9,29
	b .L159
.L156:
	lwzu 9,4(27)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	slw. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L156
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L157
.L159:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L156
.L157:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L155
	lis 3,.LC30@ha
	li 23,0
	la 3,.LC30@l(3)
	li 22,0
	bl report
.L160:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L164
.L161:
	lwzu 9,4(27)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	srw. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L161
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L162
.L164:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L161
.L162:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L160
	lis 3,.LC31@ha
	li 23,0
	la 3,.LC31@l(3)
	li 22,0
	bl report
.L165:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L169
.L166:
	lwzu 9,4(27)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	sraw 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L166
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L167
.L169:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L166
.L167:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L165
	lis 3,.LC32@ha
	li 23,0
	la 3,.LC32@l(3)
	li 22,0
	bl report
.L170:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L174
.L171:
	lwzu 9,4(27)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	sraw. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L171
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L172
.L174:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L171
.L172:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L170
	lis 3,.LC33@ha
	li 23,0
	la 3,.LC33@l(3)
	li 22,0
	bl report
.L175:
	slwi 9,23,2
	li 24,0
	lwzx 28,29,9
	b .L179
.L176:
	lwzu 9,4(27)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mulhhw. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L176
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L177
.L179:
	slwi 9,24,2
	mr 27,31
	lwzx 21,30,9
	li 20,12
	b .L176
.L177:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L175
	lis 3,.LC34@ha
	lis 24,.LANCHOR1@ha
	la 3,.LC34@l(3)
	li 23,0
	bl report
	la 24,.LANCHOR1@l(24)
	li 22,0
.L180:
	slwi 9,23,2
	li 30,0
	lwzx 28,29,9
	b .L184
.L181:
	lwzu 9,4(27)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	mullhwu. 3,21,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 20,20,-1
	bne+ 0,.L181
	addi 30,30,1
	cmplwi 0,30,12
	beq- 0,.L182
.L184:
	slwi 9,30,2
	mr 27,31
	lwzx 21,9,24
	li 20,12
	b .L181
.L182:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L180
	lis 3,.LC35@ha
	li 22,0
	la 3,.LC35@l(3)
	addi 30,24,48
	bl report
	li 21,0
.L185:
	slwi 9,22,2
	li 23,0
	lwzx 28,9,30
	b .L189
.L186:
	lwzu 9,4(27)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,21
	mtxer 28
	mulchw. 3,20,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 29,29,-1
	bne+ 0,.L186
	addi 23,23,1
	cmplwi 0,23,12
	beq- 0,.L187
.L189:
	slwi 9,23,2
	mr 27,31
	lwzx 20,24,9
	li 29,12
	b .L186
.L187:
	addi 22,22,1
	cmplwi 0,22,4
	bne+ 0,.L185
	lis 3,.LC36@ha
	li 23,0
	la 3,.LC36@l(3)
	bl report
.L190:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L191:
	lwzu 9,4(27)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	addmeo. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L191
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L190
	lis 3,.LC37@ha
	li 23,0
	la 3,.LC37@l(3)
	bl report
.L193:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 29,12
.L194:
	lwzu 9,4(27)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	addzeo. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 29,29,-1
	bne+ 0,.L194
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L193
	lis 3,.LC38@ha
	li 23,0
	la 3,.LC38@l(3)
	bl report
.L196:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L197:
	lwzu 9,4(27)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	subfmeo. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L197
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L196
	lis 3,.LC39@ha
	li 23,0
	la 3,.LC39@l(3)
	bl report
.L199:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 29,12
.L200:
	lwzu 9,4(27)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	subfzeo. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 29,29,-1
	bne+ 0,.L200
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L199
	lis 3,.LC40@ha
	li 23,0
	la 3,.LC40@l(3)
	bl report
.L202:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L203:
	lwzu 9,4(27)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	addme 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L203
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L202
	lis 3,.LC41@ha
	li 22,0
	la 3,.LC41@l(3)
	lis 29,.LANCHOR1@ha
	bl report
.L205:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 23,12
.L206:
	lwzu 9,4(27)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addze 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 23,23,-1
	bne+ 0,.L206
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L205
	lis 3,.LC42@ha
	li 22,0
	la 3,.LC42@l(3)
	bl report
.L208:
	slwi 9,23,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L209:
	lwzu 9,4(27)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	subfme 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L209
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L208
	lis 3,.LC43@ha
	la 29,.LANCHOR1@l(29)
	la 3,.LC43@l(3)
	addi 29,29,48
	bl report
	li 23,0
.L211:
	slwi 9,24,2
	mr 27,31
	lwzx 28,9,29
	li 30,12
.L212:
	lwzu 9,4(27)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	subfze 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 30,30,-1
	bne+ 0,.L212
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L211
	lis 3,.LC44@ha
	li 23,0
	la 3,.LC44@l(3)
	bl report
.L214:
	slwi 9,30,2
	mr 27,31
	lwzx 28,29,9
	li 24,12
.L215:
	lwzu 9,4(27)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	nego. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L215
	addi 30,30,1
	cmplwi 0,30,4
	bne+ 0,.L214
	lis 3,.LC45@ha
	li 23,0
	la 3,.LC45@l(3)
	bl report
.L217:
	slwi 9,24,2
	mr 27,31
	lwzx 28,29,9
	li 30,12
.L218:
	lwzu 9,4(27)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	neg 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 30,30,-1
	bne+ 0,.L218
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L217
	lis 3,.LC46@ha
	li 23,0
	la 3,.LC46@l(3)
	bl report
.L220:
	slwi 9,30,2
	mr 27,31
	lwzx 28,29,9
	li 24,12
.L221:
	lwzu 9,4(27)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	extsb. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L221
	addi 30,30,1
	cmplwi 0,30,4
	bne+ 0,.L220
	lis 3,.LC47@ha
	li 23,0
	la 3,.LC47@l(3)
	bl report
.L223:
	slwi 9,24,2
	mr 27,31
	lwzx 28,29,9
	li 30,12
.L224:
	lwzu 9,4(27)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	extsh. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 30,30,-1
	bne+ 0,.L224
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L223
	lis 3,.LC48@ha
	li 23,0
	la 3,.LC48@l(3)
	bl report
.L226:
	slwi 9,30,2
	mr 27,31
	lwzx 28,29,9
	li 24,12
.L227:
	lwzu 9,4(27)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	cntlzw. 3,9
	mfxer 25
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 24,24,-1
	bne+ 0,.L227
	addi 30,30,1
	cmplwi 0,30,4
	bne+ 0,.L226
	lis 3,.LC49@ha
	lis 26,0x5a5a
	la 3,.LC49@l(3)
	li 22,0
	bl report
	ori 26,26,0x5a5a
	lis 30,.LANCHOR1@ha
.L229:
	slwi 9,24,2
	mr 27,31
	lwzx 28,29,9
	li 23,12
.L230:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addic 3,9,-1
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 23,23,-1
	bne+ 0,.L230
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L229
	lis 3,.LC50@ha
	lis 26,0x5a5a
	la 3,.LC50@l(3)
	li 22,0
	bl report
	ori 26,26,0x5a5a
.L232:
	slwi 9,23,2
	mr 27,31
	lwzx 28,29,9
	li 24,12
.L233:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,22
	mtxer 28
	addic. 3,9,32767
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 24,24,-1
	bne+ 0,.L233
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L232
	lis 3,.LC51@ha
	la 30,.LANCHOR1@l(30)
	la 3,.LC51@l(3)
	lis 26,0x5a5a
	bl report
	addi 30,30,48
	li 23,0
	ori 26,26,0x5a5a
.L235:
	slwi 9,24,2
	mr 27,31
	lwzx 28,9,30
	li 29,12
.L236:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	subfic 3,9,-5
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L236
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L235
	lis 3,.LC52@ha
	lis 26,0x5a5a
	la 3,.LC52@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L238:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L239:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	subfic 3,9,0
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 24,24,-1
	bne+ 0,.L239
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L238
	lis 3,.LC53@ha
	lis 26,0x5a5a
	la 3,.LC53@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L241:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 29,12
.L242:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	srawi 3,9,0
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L242
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L241
	lis 3,.LC54@ha
	lis 26,0x5a5a
	la 3,.LC54@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L244:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L245:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	srawi. 3,9,1
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 24,24,-1
	bne+ 0,.L245
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L244
	lis 3,.LC55@ha
	lis 26,0x5a5a
	la 3,.LC55@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L247:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 29,12
.L248:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	srawi. 3,9,31
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L248
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L247
	lis 3,.LC56@ha
	lis 26,0x5a5a
	la 3,.LC56@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L250:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L251:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	andi. 3,9,0x8001
	mfxer 22
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,22
	bl mix
	mr 3,25
	bl mix
	addic. 24,24,-1
	bne+ 0,.L251
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L250
	lis 3,.LC57@ha
	lis 26,0x5a5a
	la 3,.LC57@l(3)
	lis 22,.LANCHOR1@ha
	bl report
	li 23,0
	ori 26,26,0x5a5a
	la 22,.LANCHOR1@l(22)
.L253:
	slwi 9,24,2
	mr 27,31
	lwzx 28,30,9
	li 29,12
.L254:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	andis. 3,9,0x8001
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L254
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L253
	lis 3,.LC58@ha
	lis 26,0x5a5a
	la 3,.LC58@l(3)
	li 23,0
	bl report
	ori 26,26,0x5a5a
.L256:
	slwi 9,29,2
	mr 27,31
	lwzx 28,30,9
	li 24,12
.L257:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,23
	mtxer 28
	mulli 3,9,-300
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 24,24,-1
	bne+ 0,.L257
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L256
	lis 3,.LC59@ha
	lis 26,0x5a5a
	la 3,.LC59@l(3)
	addi 23,22,48
	bl report
	li 28,0
	ori 26,26,0x5a5a
.L259:
	slwi 9,24,2
	mr 27,31
	lwzx 30,9,23
	li 29,12
.L260:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,28
	mtxer 30
	rlwinm. 3,9,5,27,3
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L260
	addi 24,24,1
	cmplwi 0,24,4
	bne+ 0,.L259
	lis 3,.LC60@ha
	lis 26,0x5a5a
	la 3,.LC60@l(3)
	li 24,0
	bl report
	ori 26,26,0x5a5a
.L262:
	slwi 9,29,2
	mr 27,31
	lwzx 28,23,9
	li 30,12
.L263:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,24
	mtxer 28
	rlwinm. 3,9,0,31,31
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 30,30,-1
	bne+ 0,.L263
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L262
	lis 3,.LC61@ha
	lis 26,0x5a5a
	la 3,.LC61@l(3)
	li 24,0
	bl report
	ori 26,26,0x5a5a
.L265:
	slwi 9,30,2
	mr 27,31
	lwzx 28,23,9
	li 29,12
.L266:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,24
	mtxer 28
	rlwimi. 3,9,12,4,19
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 29,29,-1
	bne+ 0,.L266
	addi 30,30,1
	cmplwi 0,30,4
	bne+ 0,.L265
	lis 3,.LC62@ha
	lis 26,0x5a5a
	la 3,.LC62@l(3)
	li 24,0
	bl report
	ori 26,26,0x5a5a
.L268:
	slwi 9,29,2
	mr 27,31
	lwzx 28,23,9
	li 30,12
.L269:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 101 "asmflags.c" 1
	mtcrf 255,24
	mtxer 28
	rlwimi 3,9,31,30,1
	mfxer 21
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,21
	bl mix
	mr 3,25
	bl mix
	addic. 30,30,-1
	bne+ 0,.L269
	addi 29,29,1
	cmplwi 0,29,4
	bne+ 0,.L268
	lis 3,.LC63@ha
	li 24,0
	la 3,.LC63@l(3)
	bl report
.L271:
	slwi 9,30,2
	mr 27,31
	lwzx 29,22,9
	li 28,12
.L272:
	lwzu 9,4(27)
#APP
 # 133 "asmflags.c" 1
	mtcrf 255,24
	rlwnm. 3,29,9,8,23
	rlwnm 25,29,9,28,3
	mfcr 26
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,25
	bl mix
	mr 3,26
	bl mix
	addic. 28,28,-1
	bne+ 0,.L272
	addi 30,30,1
	cmplwi 0,30,12
	bne+ 0,.L271
	lis 3,.LC64@ha
	li 24,0
	la 3,.LC64@l(3)
	addi 21,22,64
	bl report
	li 20,0
.L274:
	slwi 9,24,2
	li 30,0
	lwzx 28,23,9
	b .L280
.L275:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,20
	mtxer 28
	machhwsu 3,19,9
	mfxer 17
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,17
	bl mix
	mr 3,25
	bl mix
	addic. 18,18,-1
	bne+ 0,.L275
	addi 29,29,1
	cmplwi 0,29,12
	beq- 0,.L276
.L278:
	slwi 9,29,2
	mr 27,31
	lwzx 19,22,9
	li 18,12
	b .L275
.L276:
	addi 30,30,1
	cmplwi 0,30,4
	beq- 0,.L277
.L280:
	slwi 9,30,2
	li 29,0
	lwzx 26,9,21
	b .L278
.L277:
	cmplwi 0,24,2
	beq- 0,.L279
	li 24,2
	b .L274
.L279:
	lis 3,.LC65@ha
	lis 30,.LANCHOR1@ha
	la 3,.LC65@l(3)
	li 22,0
	bl report
	la 30,.LANCHOR1@l(30)
	li 20,0
.L281:
	slwi 9,22,2
	li 29,0
	lwzx 28,23,9
	b .L287
.L282:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,20
	mtxer 28
	macchwsuo. 3,19,9
	mfxer 17
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,17
	bl mix
	mr 3,25
	bl mix
	addic. 18,18,-1
	bne+ 0,.L282
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L283
.L285:
	slwi 9,24,2
	mr 27,31
	lwzx 19,9,30
	li 18,12
	b .L282
.L283:
	addi 29,29,1
	cmplwi 0,29,4
	beq- 0,.L284
.L287:
	slwi 9,29,2
	li 24,0
	lwzx 26,21,9
	b .L285
.L284:
	cmplwi 0,22,2
	beq- 0,.L286
	li 22,2
	b .L281
.L286:
	lis 3,.LC66@ha
	li 22,0
	la 3,.LC66@l(3)
	addi 29,30,48
	bl report
	li 20,0
.L288:
	slwi 9,22,2
	li 24,0
	lwzx 28,9,29
	b .L294
.L289:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,20
	mtxer 28
	maclhwsu 3,19,9
	mfxer 17
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,17
	bl mix
	mr 3,25
	bl mix
	addic. 18,18,-1
	bne+ 0,.L289
	addi 23,23,1
	cmplwi 0,23,12
	beq- 0,.L290
.L292:
	slwi 9,23,2
	mr 27,31
	lwzx 19,30,9
	li 18,12
	b .L289
.L290:
	addi 24,24,1
	cmplwi 0,24,4
	beq- 0,.L291
.L294:
	slwi 9,24,2
	li 23,0
	lwzx 26,21,9
	b .L292
.L291:
	cmplwi 0,22,2
	beq- 0,.L293
	li 22,2
	b .L288
.L293:
	lis 3,.LC67@ha
	li 20,0
	la 3,.LC67@l(3)
	li 19,0
	bl report
.L295:
	slwi 9,20,2
	li 24,0
	lwzx 22,29,9
	b .L301
.L296:
	lwzu 9,4(27)
	mr 3,26
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,19
	mtxer 22
	machhwuo. 3,18,9
	mfxer 17
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,17
	bl mix
	mr 3,25
	bl mix
	addic. 28,28,-1
	bne+ 0,.L296
	addi 23,23,1
	cmplwi 0,23,12
	beq- 0,.L297
.L299:
	slwi 9,23,2
	mr 27,31
	lwzx 18,30,9
	li 28,12
	b .L296
.L297:
	addi 24,24,1
	cmplwi 0,24,4
	beq- 0,.L298
.L301:
	slwi 9,24,2
	li 23,0
	lwzx 26,21,9
	b .L299
.L298:
	cmplwi 0,20,2
	beq- 0,.L300
	li 20,2
	b .L295
.L300:
	lis 3,.LC68@ha
	li 21,0
	la 3,.LC68@l(3)
	addi 27,30,64
	bl report
	li 20,0
.L302:
	slwi 9,21,2
	li 24,0
	lwzx 22,29,9
	b .L308
.L303:
	lwzu 9,4(28)
	mr 3,26
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,20
	mtxer 22
	maclhwuo 3,19,9
	mfxer 17
	mfcr 25
 # 0 "" 2
#NO_APP
	bl mix
	mr 3,17
	bl mix
	mr 3,25
	bl mix
	addic. 18,18,-1
	bne+ 0,.L303
	addi 23,23,1
	cmplwi 0,23,12
	beq- 0,.L304
.L306:
	slwi 9,23,2
	mr 28,31
	lwzx 19,30,9
	li 18,12
	b .L303
.L304:
	addi 24,24,1
	cmplwi 0,24,4
	beq- 0,.L305
.L308:
	slwi 9,24,2
	li 23,0
	lwzx 26,9,27
	b .L306
.L305:
	cmplwi 0,21,2
	beq- 0,.L307
	li 21,2
	b .L302
.L307:
	lis 3,.LC69@ha
	lis 22,.LC70@ha
	la 3,.LC69@l(3)
	lis 23,.LC71@ha
	addi 24,30,76
	bl report
	addi 30,30,92
	la 22,.LC70@l(22)
	la 23,.LC71@l(23)
.L310:
	lwzu 9,4(24)
#APP
 # 150 "asmflags.c" 1
	mtcrf 255,9
	crand 0,1,2
	mfcr 11
	cror 5,4,31
	mfcr 3
	crxor 9,10,11
	mfcr 4
	crnand 13,14,0
	mfcr 5
	crnor 17,18,9
	mfcr 6
	creqv 21,22,5
	mfcr 7
	crandc 25,26,13
	mfcr 8
	crorc 29,30,17
	mfcr 10
	
 # 0 "" 2
#NO_APP
	stw 11,8(1)
	addi 28,1,4
	stw 3,12(1)
	li 21,8
	stw 4,16(1)
	stw 5,20(1)
	stw 6,24(1)
	stw 7,28(1)
	stw 8,32(1)
	stw 10,36(1)
.L309:
	lwzu 3,4(28)
	bl mix
	addic. 21,21,-1
	bne+ 0,.L309
	mr 3,22
	bl print_str
	lwz 3,0(24)
	bl print_hex
	mr 3,23
	bl print_str
	lwz 3,36(1)
	bl print_hex
	bl print_nl
	cmplw 0,30,24
	bne+ 0,.L310
	lis 3,.LC72@ha
	lis 30,0xa5a5
	la 3,.LC72@l(3)
	lis 20,.LC73@ha
	bl report
	lis 21,.LC74@ha
	lis 9,0x1357
	lis 22,.LC75@ha
	lis 23,.LC76@ha
	lis 24,.LC77@ha
	lis 27,0xfdb9
	li 28,0
	ori 9,9,0x9bdf
	lis 10,0x4000
	ori 30,30,0xa5a5
	la 20,.LC73@l(20)
	la 21,.LC74@l(21)
	la 22,.LC75@l(22)
	la 23,.LC76@l(23)
	la 24,.LC77@l(24)
	ori 27,27,0x7531
.L311:
#APP
 # 179 "asmflags.c" 1
	mtcrf 255,9
	mcrf 0,7
	mcrf 5,2
	mfcr 4
	mtcrf 0x81,30
	mfcr 25
	mtcrf 0x24,30
	mfcr 26
	mtxer 10
	mcrxr 3
	mfcr 18
	mfxer 19
 # 0 "" 2
#NO_APP
	mr 3,20
	bl show_hex
	mr 4,25
	mr 3,21
	bl show_hex
	mr 4,26
	mr 3,22
	bl show_hex
	mr 4,18
	mr 3,23
	bl show_hex
	mr 4,19
	mr 3,24
	bl show_hex
	lis 10,0xe000
	cmplwi 0,28,1
	mr 9,27
	bne+ 0,.L326
	lis 22,.LANCHOR1@ha
	li 23,0
	la 22,.LANCHOR1@l(22)
	li 21,0
.L312:
	slwi 9,23,2
	li 24,0
	lwzx 27,29,9
	b .L316
.L326:
	li 28,1
	b .L311
.L313:
	lwzu 9,4(28)
#APP
 # 203 "asmflags.c" 1
	mtcrf 255,21
	mtxer 27
	cmpw 1,20,9
	cmplw 6,20,9
	cmpwi 3,20,-2
	cmplwi 4,9,0x8000
	mfcr 3
 # 0 "" 2
#NO_APP
	bl mix
	addic. 30,30,-1
	bne+ 0,.L313
	addi 24,24,1
	cmplwi 0,24,12
	beq- 0,.L314
.L316:
	slwi 9,24,2
	mr 28,31
	lwzx 20,9,22
	li 30,12
	b .L313
.L314:
	addi 23,23,1
	cmplwi 0,23,4
	bne+ 0,.L312
	lis 23,.LANCHOR0@ha
	lis 3,.LC78@ha
	la 23,.LANCHOR0@l(23)
	la 3,.LC78@l(3)
	addi 20,23,31
	bl report
	mr 8,20
	li 10,11
.L317:
	addi 9,10,37
	stbu 10,1(8)
	mr 10,9
	rlwinm 9,9,0,0xff
	cmpwi 0,9,75
	bne+ 0,.L317
	addi 21,23,32
	li 9,6
	li 10,3
	li 8,9
#APP
 # 218 "asmflags.c" 1
	lwbrx 4,0,21
	lhbrx 27,21,9
	lwzx 28,21,10
	lhzx 29,21,8
 # 0 "" 2
#NO_APP
	lis 3,.LC79@ha
	la 3,.LC79@l(3)
	bl show_hex
	lis 3,.LC80@ha
	mr 4,27
	la 3,.LC80@l(3)
	bl show_hex
	lis 3,.LC81@ha
	mr 4,28
	la 3,.LC81@l(3)
	bl show_hex
	lis 3,.LC82@ha
	mr 4,29
	la 3,.LC82@l(3)
	bl show_hex
	lis 9,0x1122
	lis 10,0xa1b2
	ori 9,9,0x3344
	ori 10,10,0xc3d4
	li 8,4
	li 7,13
	li 6,19
#APP
 # 226 "asmflags.c" 1
	stwbrx 9,0,21
	sthbrx 9,21,8
	stwx 10,21,7
	sthx 10,21,6
 # 0 "" 2
#NO_APP
	li 10,24
	mr 9,20
	li 19,24
	mtctr 10
.L318:
	lbzu 10,1(9)
	mulli 30,30,31
	addi 19,19,-1
	add 30,10,30
	bdnz .L318
	lis 3,.LC83@ha
	mr 4,30
	la 3,.LC83@l(3)
	bl show_hex
	li 4,5
#APP
 # 235 "asmflags.c" 1
	lhax 4,21,4
 # 0 "" 2
#NO_APP
	lis 3,.LC84@ha
	addi 18,1,8
	la 3,.LC84@l(3)
	bl show_hex
	li 5,32
	li 4,0
	mr 3,18
	bl memset
	mr 9,18
#APP
 # 243 "asmflags.c" 1
	stw 31,28(9)
	li 25,1
	li 26,2
	lis 27,0x8000
	li 28,-1
	li 29,5
	li 30,6
	li 31,7
	stmw 25,0(9)
	li 25,0
	li 26,0
	li 27,0
	li 28,0
	li 29,0
	li 30,0
	li 31,0
	lmw 26,4(9)
	add 10,26,27
	add 10,10,28
	add 10,10,29
	add 10,10,30
	add 10,10,31
	add 10,10,25
	lwz 31,28(9)
 # 0 "" 2
#NO_APP
	lis 3,.LC85@ha
	mr 4,10
	la 3,.LC85@l(3)
	bl show_hex
	lwz 4,16(1)
	lis 3,.LC86@ha
	la 3,.LC86@l(3)
	bl show_hex
	addi 9,1,10
#APP
 # 260 "asmflags.c" 1
	stw 31,24(9)
	li 25,11
	li 26,-22
	li 27,33
	li 28,-44
	li 29,55
	li 30,-66
	li 31,77
	stmw 29,0(9)
	li 29,0
	li 30,0
	li 31,0
	lmw 30,4(9)
	add 10,30,31
	add 10,10,29
	lwz 31,24(9)
 # 0 "" 2
#NO_APP
	lis 3,.LC87@ha
	mr 4,10
	la 3,.LC87@l(3)
	bl show_hex
	li 10,24
	li 4,0
	li 9,0
	mtctr 10
.L319:
	lbzx 10,18,9
	mulli 4,4,31
	addi 9,9,1
	add 4,10,4
	bdnz .L319
	lis 3,.LC88@ha
	addi 30,23,65
	la 3,.LC88@l(3)
	bl show_hex
	li 9,1
	li 10,5
	li 8,12
#APP
 # 280 "asmflags.c" 1
	lwbrx 4,0,30
	lhbrx 27,30,9
	stwbrx 4,30,10
	sthbrx 27,30,8
	lwzu 28,3(30)
	lhau 29,-7(30)
 # 0 "" 2
#NO_APP
	lis 3,.LC89@ha
	la 3,.LC89@l(3)
	bl show_hex
	lis 3,.LC90@ha
	mr 4,27
	la 3,.LC90@l(3)
	bl show_hex
	lis 3,.LC91@ha
	mr 4,28
	la 3,.LC91@l(3)
	bl show_hex
	lis 3,.LC92@ha
	mr 4,29
	la 3,.LC92@l(3)
	bl show_hex
	lis 3,.LC93@ha
	subf 4,21,30
	la 3,.LC93@l(3)
	bl show_int
	li 10,32
	addi 9,23,63
	li 29,32
	mtctr 10
.L320:
	lbzu 10,1(9)
	mulli 19,19,31
	addi 29,29,-1
	add 19,10,19
	bdnz .L320
	lis 3,.LC94@ha
	mr 4,19
	la 3,.LC94@l(3)
	addi 30,23,40
	bl show_hex
	li 9,4
	li 10,-3
	li 8,6
#APP
 # 297 "asmflags.c" 1
	lwzux 4,30,9
	lbzux 19,30,10
	lhzux 27,30,8
	lhaux 28,30,10
	stwux 4,30,9
	stbux 19,30,8
	sthux 28,30,10
 # 0 "" 2
#NO_APP
	lis 3,.LC95@ha
	la 3,.LC95@l(3)
	bl show_hex
	lis 3,.LC96@ha
	mr 4,19
	la 3,.LC96@l(3)
	bl show_hex
	lis 3,.LC97@ha
	mr 4,27
	la 3,.LC97@l(3)
	bl show_hex
	lis 3,.LC98@ha
	mr 4,28
	la 3,.LC98@l(3)
	bl show_hex
	lis 3,.LC99@ha
	subf 4,21,30
	la 3,.LC99@l(3)
	bl show_int
	li 10,32
	mr 9,20
	mtctr 10
.L321:
	lbzu 10,1(9)
	mulli 29,29,31
	add 29,10,29
	bdnz .L321
	lis 3,.LC100@ha
	mr 4,29
	la 3,.LC100@l(3)
	bl show_hex
	li 9,12
	mtctr 9
.L322:
	lwzu 9,4(31)
	xori 10,9,0x1
#APP
 # 316 "asmflags.c" 1
	twi 4,9,0x1234
	tw 4,9,10
	twi 1,9,-1
	twi 2,9,0
	tw 24,9,9
 # 0 "" 2
#NO_APP
	addi 24,24,-1
	bdnz .L322
	lis 3,.LC101@ha
	li 4,12
	la 3,.LC101@l(3)
	bl show_int
	li 9,37
#APP
 # 323 "asmflags.c" 1
	dcbz 21,9
 # 0 "" 2
#NO_APP
	li 9,64
	li 30,64
	mtctr 9
.L323:
	lbzu 9,1(20)
	mulli 24,24,31
	addi 30,30,-1
	add 24,9,24
	bdnz .L323
	lis 3,.LC102@ha
	mr 4,24
	la 3,.LC102@l(3)
	bl show_hex
	lbz 9,64(23)
	lbz 10,95(23)
	li 4,0
	or 9,9,10
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne- 0,.L324
	lbz 9,63(23)
	addic 4,9,-1
	subfe 4,4,9
.L324:
	lis 3,.LC103@ha
	lis 29,.LC104@ha
	la 3,.LC103@l(3)
	addi 22,22,96
	bl show_int
	li 24,0
	la 29,.LC104@l(29)
.L325:
	lwz 9,0(22)
	slwi 8,30,31
	lwz 10,4(22)
#APP
 # 339 "asmflags.c" 1
	mtcrf 255,24
	mtxer 8
	dlmzb. 23,9,10
	mfxer 27
	mfcr 28
 # 0 "" 2
#NO_APP
	mr 3,29
	addi 30,30,1
	bl print_str
	mr 3,23
	bl print_uint
	li 3,32
	bl print_char
	mr 3,27
	bl print_hex
	li 3,32
	bl print_char
	mr 3,28
	bl print_hex
	addi 22,22,8
	bl print_nl
	cmplwi 0,30,6
	bne+ 0,.L325
	lis 4,.LC105@ha
	li 0,4
	li 3,1
	la 4,.LC105@l(4)
	li 5,7
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	mr 31,3
	lis 3,.LC106@ha
	la 3,.LC106@l(3)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lis 4,.LC107@ha
	li 0,4
	li 3,1
	la 4,.LC107@l(4)
	li 5,0
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	mr 31,3
	lis 3,.LC108@ha
	la 3,.LC108@l(3)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lis 4,.LC109@ha
	li 0,4
	li 3,77
	la 4,.LC109@l(4)
	li 5,1
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	mr 31,3
	lis 3,.LC110@ha
	la 3,.LC110@l(3)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lwz 12,48(1)
	addi 11,1,112
	li 3,77
	mtcrf 56,12
	b _restgpr_17_x
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_restore 24
	.cfi_restore 23
	.cfi_restore 22
	.cfi_restore 21
	.cfi_restore 20
	.cfi_restore 19
	.cfi_restore 18
	.cfi_restore 17
	.cfi_restore 65
	.cfi_restore 70
	.cfi_endproc
.LFE79:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	V, @object
	.size	V, 48
V:
	.long	0
	.long	1
	.long	2147483647
	.long	-2147483648
	.long	-2147483647
	.long	-1
	.long	65535
	.long	305419896
	.long	-559038737
	.long	31
	.long	32
	.long	-32768
	.type	XIN, @object
	.size	XIN, 16
XIN:
	.long	0
	.long	536870912
	.long	-1073741824
	.long	-536870912
	.type	ACC, @object
	.size	ACC, 16
ACC:
	.long	0
	.long	1
	.long	-65536
	.long	-1
	.type	crs.3, @object
	.size	crs.3, 16
crs.3:
	.long	0
	.long	-1
	.long	-1975755007
	.long	305441741
	.type	pairs.0, @object
	.size	pairs.0, 48
pairs.0:
	.long	1094861636
	.long	1162233672
	.long	4276803
	.long	1094861636
	.long	1090536003
	.long	0
	.long	1094861568
	.long	1
	.long	1094861636
	.long	4539975
	.long	1094861636
	.long	1162233600
	.section	".bss"
	.align 5
	.set	.LANCHOR0,. + 0
	.type	hash, @object
	.size	hash, 4
hash:
	.zero	4
	.zero	28
	.type	buf.1, @object
	.size	buf.1, 64
buf.1:
	.zero	64
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
