	.file	"asmflags.c"
	.machine "440"
	.section	".text"
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
	lwz 0,20(1)
	lis 9,0x811c
	ori 9,9,0x9dc5
	stw 9,.LANCHOR0@l(31)
	mtlr 0
	.cfi_restore 65
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE1:
	.size	report,.-report
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"add"
	.align 2
.LC1:
	.string	"addo"
	.align 2
.LC2:
	.string	"add."
	.align 2
.LC3:
	.string	"addo."
	.align 2
.LC4:
	.string	"addc"
	.align 2
.LC5:
	.string	"addco."
	.align 2
.LC6:
	.string	"adde"
	.align 2
.LC7:
	.string	"addeo."
	.align 2
.LC8:
	.string	"subf"
	.align 2
.LC9:
	.string	"subfo."
	.align 2
.LC10:
	.string	"subfc"
	.align 2
.LC11:
	.string	"subfco."
	.align 2
.LC12:
	.string	"subfe"
	.align 2
.LC13:
	.string	"subfeo."
	.align 2
.LC14:
	.string	"mullw"
	.align 2
.LC15:
	.string	"mullwo."
	.align 2
.LC16:
	.string	"mulhw."
	.align 2
.LC17:
	.string	"mulhwu."
	.align 2
.LC18:
	.string	"divwo."
	.align 2
.LC19:
	.string	"divwuo."
	.align 2
.LC20:
	.string	"divw"
	.align 2
.LC21:
	.string	"divwu"
	.align 2
.LC22:
	.string	"and."
	.align 2
.LC23:
	.string	"andc."
	.align 2
.LC24:
	.string	"or."
	.align 2
.LC25:
	.string	"orc."
	.align 2
.LC26:
	.string	"xor."
	.align 2
.LC27:
	.string	"nand."
	.align 2
.LC28:
	.string	"nor."
	.align 2
.LC29:
	.string	"eqv."
	.align 2
.LC30:
	.string	"slw."
	.align 2
.LC31:
	.string	"srw."
	.align 2
.LC32:
	.string	"sraw"
	.align 2
.LC33:
	.string	"sraw."
	.align 2
.LC34:
	.string	"mulhhw."
	.align 2
.LC35:
	.string	"mullhwu."
	.align 2
.LC36:
	.string	"mulchw."
	.align 2
.LC37:
	.string	"addmeo."
	.align 2
.LC38:
	.string	"addzeo."
	.align 2
.LC39:
	.string	"subfmeo."
	.align 2
.LC40:
	.string	"subfzeo."
	.align 2
.LC41:
	.string	"addme"
	.align 2
.LC42:
	.string	"addze"
	.align 2
.LC43:
	.string	"subfme"
	.align 2
.LC44:
	.string	"subfze"
	.align 2
.LC45:
	.string	"nego."
	.align 2
.LC46:
	.string	"neg"
	.align 2
.LC47:
	.string	"extsb."
	.align 2
.LC48:
	.string	"extsh."
	.align 2
.LC49:
	.string	"cntlzw."
	.align 2
.LC50:
	.string	"addic -1"
	.align 2
.LC51:
	.string	"addic. 32767"
	.align 2
.LC52:
	.string	"subfic -5"
	.align 2
.LC53:
	.string	"subfic 0"
	.align 2
.LC54:
	.string	"srawi 0"
	.align 2
.LC55:
	.string	"srawi. 1"
	.align 2
.LC56:
	.string	"srawi. 31"
	.align 2
.LC57:
	.string	"andi. 0x8001"
	.align 2
.LC58:
	.string	"andis. 0x8001"
	.align 2
.LC59:
	.string	"mulli -300"
	.align 2
.LC60:
	.string	"rlwinm. 5,27,3"
	.align 2
.LC61:
	.string	"rlwinm. 0,31,31"
	.align 2
.LC62:
	.string	"rlwimi. 12,4,19"
	.align 2
.LC63:
	.string	"rlwimi 31,30,1"
	.align 2
.LC64:
	.string	"rlwnm"
	.align 2
.LC65:
	.string	"machhwsu"
	.align 2
.LC66:
	.string	"macchwsuo."
	.align 2
.LC67:
	.string	"maclhwsu"
	.align 2
.LC68:
	.string	"machhwuo."
	.align 2
.LC69:
	.string	"maclhwuo"
	.align 2
.LC70:
	.string	"cr "
	.align 2
.LC71:
	.string	" -> "
	.align 2
.LC72:
	.string	"crlogic"
	.align 2
.LC73:
	.string	"mcrf"
	.align 2
.LC74:
	.string	"mtcrf 0x81"
	.align 2
.LC75:
	.string	"mtcrf 0x24"
	.align 2
.LC76:
	.string	"mcrxr"
	.align 2
.LC77:
	.string	"xer after mcrxr"
	.align 2
.LC78:
	.string	"compare"
	.align 2
.LC79:
	.string	"lwbrx"
	.align 2
.LC80:
	.string	"lhbrx"
	.align 2
.LC81:
	.string	"lwz misaligned"
	.align 2
.LC82:
	.string	"lhz misaligned"
	.align 2
.LC83:
	.string	"after stores"
	.align 2
.LC84:
	.string	"lhax misaligned"
	.align 2
.LC85:
	.string	"stmw/lmw"
	.align 2
.LC86:
	.string	"stmw slot 2"
	.align 2
.LC87:
	.string	"misaligned stmw/lmw"
	.align 2
.LC88:
	.string	"misaligned stmw image"
	.align 2
.LC89:
	.string	"lwbrx misaligned"
	.align 2
.LC90:
	.string	"lhbrx misaligned"
	.align 2
.LC91:
	.string	"lwzu misaligned"
	.align 2
.LC92:
	.string	"lhau misaligned"
	.align 2
.LC93:
	.string	"update address"
	.align 2
.LC94:
	.string	"after misaligned stores"
	.align 2
.LC95:
	.string	"lwzux"
	.align 2
.LC96:
	.string	"lbzux"
	.align 2
.LC97:
	.string	"lhzux"
	.align 2
.LC98:
	.string	"lhaux"
	.align 2
.LC99:
	.string	"indexed update address"
	.align 2
.LC100:
	.string	"after indexed updates"
	.align 2
.LC101:
	.string	"traps not taken"
	.align 2
.LC102:
	.string	"after dcbz"
	.align 2
.LC103:
	.string	"dcbz zeroed"
	.align 2
.LC104:
	.string	"dlmzb "
	.align 2
.LC105:
	.string	"via sc\n"
	.align 2
.LC106:
	.string	"write ok: "
	.align 2
.LC107:
	.string	""
	.align 2
.LC108:
	.string	"write empty: "
	.align 2
.LC109:
	.string	"x"
	.align 2
.LC110:
	.string	"write bad fd: "
	.section	.text.startup,"ax",@progbits
	.align 2
	.globl main
	.type	main, @function
main:
.LFB79:
	.cfi_startproc
	stwu 1,-128(1)
	.cfi_def_cfa_offset 128
	mfcr 12
	mflr 0
	lis 11,0x811c
	lis 7,0x100
	ori 11,11,0x9dc5
	stw 24,96(1)
	.cfi_register 65, 0
	.cfi_offset 24, -32
	lis 24,.LANCHOR1@ha
	la 24,.LANCHOR1@l(24)
	stw 0,132(1)
	stw 14,56(1)
	ori 7,7,0x193
	stw 15,60(1)
	li 5,0
	stw 16,64(1)
	stw 17,68(1)
	stw 18,72(1)
	stw 19,76(1)
	stw 20,80(1)
	stw 21,84(1)
	stw 22,88(1)
	stw 23,92(1)
	stw 28,112(1)
	stw 31,124(1)
	stw 12,52(1)
	stw 27,108(1)
	.cfi_offset 65, 4
	.cfi_offset 14, -72
	.cfi_offset 15, -68
	.cfi_offset 16, -64
	.cfi_offset 17, -60
	.cfi_offset 18, -56
	.cfi_offset 19, -52
	.cfi_offset 20, -48
	.cfi_offset 21, -44
	.cfi_offset 22, -40
	.cfi_offset 23, -36
	.cfi_offset 28, -16
	.cfi_offset 31, -4
	.cfi_offset 70, -76
	.cfi_offset 27, -20
	addi 27,24,-4
	stw 25,100(1)
	.cfi_offset 25, -28
	mr 25,27
	stw 26,104(1)
	.cfi_offset 26, -24
	mr 26,24
	stw 29,116(1)
	.cfi_offset 29, -12
	addi 29,24,12
	stw 30,120(1)
	.cfi_offset 30, -8
	addi 30,24,60
.L5:
	lwzu 6,4(25)
	addi 31,24,12
	mr 3,31
.L9:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L6:
	lwzu 10,4(4)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	add 9,8,10
	mfxer 28
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,28
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L6
	cmplw 0,3,30
	bne+ 0,.L9
	cmplw 0,25,29
	bne+ 0,.L5
	lis 3,.LC0@ha
	lis 28,.LANCHOR0@ha
	la 3,.LC0@l(3)
	stw 11,.LANCHOR0@l(28)
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	mr 25,27
	ori 7,7,0x193
	li 5,0
.L10:
	lwzu 6,4(25)
	mr 3,31
.L14:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L11:
	lwzu 10,4(4)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	addo 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L11
	cmplw 0,3,30
	bne+ 0,.L14
	cmplw 0,25,29
	bne+ 0,.L10
	lis 3,.LC1@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC1@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L15:
	lwzu 6,4(25)
	mr 3,31
.L19:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L16:
	lwzu 10,4(4)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	add. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L16
	cmplw 0,3,30
	bne+ 0,.L19
	cmplw 0,25,29
	bne+ 0,.L15
	lis 3,.LC2@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC2@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L20:
	lwzu 6,4(25)
	mr 3,31
.L24:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L21:
	lwzu 10,4(4)
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	addo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L21
	cmplw 0,3,30
	bne+ 0,.L24
	cmplw 0,25,29
	bne+ 0,.L20
	lis 3,.LC3@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC3@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L25:
	lwzu 6,4(25)
	mr 3,31
.L29:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L26:
	lwzu 10,4(4)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	addc 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L26
	cmplw 0,3,30
	bne+ 0,.L29
	cmplw 0,25,29
	bne+ 0,.L25
	lis 3,.LC4@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC4@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L30:
	lwzu 6,4(25)
	mr 3,31
.L34:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L31:
	lwzu 10,4(4)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	addco. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L31
	cmplw 0,3,30
	bne+ 0,.L34
	cmplw 0,25,29
	bne+ 0,.L30
	lis 3,.LC5@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC5@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L35:
	lwzu 6,4(25)
	mr 3,31
.L39:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L36:
	lwzu 10,4(4)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	adde 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L36
	cmplw 0,3,30
	bne+ 0,.L39
	cmplw 0,25,29
	bne+ 0,.L35
	lis 3,.LC6@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC6@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L40:
	lwzu 6,4(25)
	mr 3,31
.L44:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L41:
	lwzu 10,4(4)
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	addeo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L41
	cmplw 0,3,30
	bne+ 0,.L44
	cmplw 0,25,29
	bne+ 0,.L40
	lis 3,.LC7@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC7@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L45:
	lwzu 6,4(25)
	mr 3,31
.L49:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L46:
	lwzu 10,4(4)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subf 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L46
	cmplw 0,3,30
	bne+ 0,.L49
	cmplw 0,25,29
	bne+ 0,.L45
	lis 3,.LC8@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC8@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L50:
	lwzu 6,4(25)
	mr 3,31
.L54:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L51:
	lwzu 10,4(4)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subfo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L51
	cmplw 0,3,30
	bne+ 0,.L54
	cmplw 0,25,29
	bne+ 0,.L50
	lis 3,.LC9@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC9@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L55:
	lwzu 6,4(25)
	mr 3,31
.L59:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L56:
	lwzu 10,4(4)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subfc 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L56
	cmplw 0,3,30
	bne+ 0,.L59
	cmplw 0,25,29
	bne+ 0,.L55
	lis 3,.LC10@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC10@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L60:
	lwzu 6,4(25)
	mr 3,31
.L64:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L61:
	lwzu 10,4(4)
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subfco. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L61
	cmplw 0,3,30
	bne+ 0,.L64
	cmplw 0,25,29
	bne+ 0,.L60
	lis 3,.LC11@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC11@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L65:
	lwzu 6,4(25)
	mr 3,31
.L69:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L66:
	lwzu 10,4(4)
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subfe 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L66
	cmplw 0,3,30
	bne+ 0,.L69
	cmplw 0,25,29
	bne+ 0,.L65
	lis 3,.LC12@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC12@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L70:
	lwzu 6,4(25)
	mr 3,31
.L74:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L71:
	lwzu 10,4(4)
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	subfeo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L71
	cmplw 0,3,30
	bne+ 0,.L74
	cmplw 0,25,29
	bne+ 0,.L70
	lis 3,.LC13@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC13@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L75:
	lwzu 6,4(25)
	mr 3,31
.L79:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L76:
	lwzu 10,4(4)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mullw 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L76
	cmplw 0,3,30
	bne+ 0,.L79
	cmplw 0,25,29
	bne+ 0,.L75
	lis 3,.LC14@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC14@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L80:
	lwzu 6,4(25)
	mr 3,31
.L84:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L81:
	lwzu 10,4(4)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mullwo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L81
	cmplw 0,3,30
	bne+ 0,.L84
	cmplw 0,25,29
	bne+ 0,.L80
	lis 3,.LC15@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC15@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L85:
	lwzu 6,4(25)
	mr 3,31
.L89:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L86:
	lwzu 10,4(4)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mulhw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L86
	cmplw 0,3,30
	bne+ 0,.L89
	cmplw 0,25,29
	bne+ 0,.L85
	lis 3,.LC16@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC16@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L90:
	lwzu 6,4(25)
	mr 3,31
.L94:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L91:
	lwzu 10,4(4)
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mulhwu. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L91
	cmplw 0,3,30
	bne+ 0,.L94
	cmplw 0,25,29
	bne+ 0,.L90
	lis 3,.LC17@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC17@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L95:
	lwzu 6,4(25)
	mr 3,31
.L99:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L96:
	lwzu 10,4(4)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	divwo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L96
	cmplw 0,3,30
	bne+ 0,.L99
	cmplw 0,25,29
	bne+ 0,.L95
	lis 3,.LC18@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC18@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L100:
	lwzu 6,4(25)
	mr 3,31
.L104:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L101:
	lwzu 10,4(4)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	divwuo. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L101
	cmplw 0,3,30
	bne+ 0,.L104
	cmplw 0,25,29
	bne+ 0,.L100
	lis 3,.LC19@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC19@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L105:
	lwzu 6,4(25)
	mr 3,31
.L109:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L106:
	lwzu 10,4(4)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	divw 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L106
	cmplw 0,3,30
	bne+ 0,.L109
	cmplw 0,25,29
	bne+ 0,.L105
	lis 3,.LC20@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC20@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L110:
	lwzu 6,4(25)
	mr 3,31
.L114:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L111:
	lwzu 10,4(4)
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	divwu 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L111
	cmplw 0,3,30
	bne+ 0,.L114
	cmplw 0,25,29
	bne+ 0,.L110
	lis 3,.LC21@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC21@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L115:
	lwzu 6,4(25)
	mr 3,31
.L119:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L116:
	lwzu 10,4(4)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	and. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L116
	cmplw 0,3,30
	bne+ 0,.L119
	cmplw 0,25,29
	bne+ 0,.L115
	lis 3,.LC22@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC22@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L120:
	lwzu 6,4(25)
	mr 3,31
.L124:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L121:
	lwzu 10,4(4)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	andc. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L121
	cmplw 0,3,30
	bne+ 0,.L124
	cmplw 0,25,29
	bne+ 0,.L120
	lis 3,.LC23@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC23@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L125:
	lwzu 6,4(25)
	mr 3,31
.L129:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L126:
	lwzu 10,4(4)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	or. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L126
	cmplw 0,3,30
	bne+ 0,.L129
	cmplw 0,25,29
	bne+ 0,.L125
	lis 3,.LC24@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC24@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L130:
	lwzu 6,4(25)
	mr 3,31
.L134:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L131:
	lwzu 10,4(4)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	orc. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L131
	cmplw 0,3,30
	bne+ 0,.L134
	cmplw 0,25,29
	bne+ 0,.L130
	lis 3,.LC25@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC25@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L135:
	lwzu 6,4(25)
	mr 3,31
.L139:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L136:
	lwzu 10,4(4)
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	xor. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L136
	cmplw 0,3,30
	bne+ 0,.L139
	cmplw 0,25,29
	bne+ 0,.L135
	lis 3,.LC26@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC26@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L140:
	lwzu 6,4(25)
	mr 3,31
.L144:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L141:
	lwzu 10,4(4)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	nand. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L141
	cmplw 0,3,30
	bne+ 0,.L144
	cmplw 0,25,29
	bne+ 0,.L140
	lis 3,.LC27@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC27@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L145:
	lwzu 6,4(25)
	mr 3,31
.L149:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L146:
	lwzu 10,4(4)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	nor. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L146
	cmplw 0,3,30
	bne+ 0,.L149
	cmplw 0,25,29
	bne+ 0,.L145
	lis 3,.LC28@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC28@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L150:
	lwzu 6,4(25)
	mr 3,31
.L154:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L151:
	lwzu 10,4(4)
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	eqv. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L151
	cmplw 0,3,30
	bne+ 0,.L154
	cmplw 0,25,29
	bne+ 0,.L150
	lis 3,.LC29@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC29@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L155:
	lwzu 6,4(25)
	mr 3,31
.L159:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L156:
	lwzu 10,4(4)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	slw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L156
	cmplw 0,3,30
	bne+ 0,.L159
	cmplw 0,25,29
	bne+ 0,.L155
	lis 3,.LC30@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC30@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L160:
	lwzu 6,4(25)
	mr 3,31
.L164:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L161:
	lwzu 10,4(4)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	srw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L161
	cmplw 0,3,30
	bne+ 0,.L164
	cmplw 0,25,29
	bne+ 0,.L160
	lis 3,.LC31@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC31@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L165:
	lwzu 6,4(25)
	mr 3,31
.L169:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L166:
	lwzu 10,4(4)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	sraw 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L166
	cmplw 0,3,30
	bne+ 0,.L169
	cmplw 0,25,29
	bne+ 0,.L165
	lis 3,.LC32@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC32@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L170:
	lwzu 6,4(25)
	mr 3,31
.L174:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L171:
	lwzu 10,4(4)
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	sraw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L171
	cmplw 0,3,30
	bne+ 0,.L174
	cmplw 0,25,29
	bne+ 0,.L170
	lis 3,.LC33@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC33@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L175:
	lwzu 6,4(25)
	mr 3,31
.L179:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L176:
	lwzu 10,4(4)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mulhhw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L176
	cmplw 0,3,30
	bne+ 0,.L179
	cmplw 0,25,29
	bne+ 0,.L175
	lis 3,.LC34@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC34@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L180:
	lwzu 6,4(25)
	mr 3,31
.L184:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L181:
	lwzu 10,4(4)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mullhwu. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L181
	cmplw 0,3,30
	bne+ 0,.L184
	cmplw 0,25,29
	bne+ 0,.L180
	lis 3,.LC35@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC35@l(3)
	mr 25,27
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	li 5,0
	ori 7,7,0x193
.L185:
	lwzu 6,4(25)
	mr 3,31
.L189:
	lwzu 8,4(3)
	li 9,12
	mr 4,31
	mtctr 9
.L186:
	lwzu 10,4(4)
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,5
	mtxer 6
	mulchw. 9,8,10
	mfxer 23
	mfcr 0
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,23
	mullw 9,9,7
	xor 9,9,0
	mullw 11,9,7
	bdnz .L186
	cmplw 0,3,30
	bne+ 0,.L189
	cmplw 0,25,29
	bne+ 0,.L185
	lis 3,.LC36@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC36@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L190:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L191:
	lwzu 10,4(5)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addmeo. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L191
	cmplw 0,25,29
	bne+ 0,.L190
	lis 3,.LC37@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC37@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L193:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L194:
	lwzu 10,4(5)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addzeo. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L194
	cmplw 0,25,29
	bne+ 0,.L193
	lis 3,.LC38@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC38@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L196:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L197:
	lwzu 10,4(5)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfmeo. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L197
	cmplw 0,25,29
	bne+ 0,.L196
	lis 3,.LC39@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC39@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L199:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L200:
	lwzu 10,4(5)
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfzeo. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L200
	cmplw 0,25,29
	bne+ 0,.L199
	lis 3,.LC40@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC40@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L202:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L203:
	lwzu 10,4(5)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addme 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L203
	cmplw 0,25,29
	bne+ 0,.L202
	lis 3,.LC41@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC41@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L205:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L206:
	lwzu 10,4(5)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addze 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L206
	cmplw 0,25,29
	bne+ 0,.L205
	lis 3,.LC42@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC42@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L208:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L209:
	lwzu 10,4(5)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfme 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L209
	cmplw 0,25,29
	bne+ 0,.L208
	lis 3,.LC43@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC43@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L211:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L212:
	lwzu 10,4(5)
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfze 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L212
	cmplw 0,25,29
	bne+ 0,.L211
	lis 3,.LC44@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC44@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L214:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L215:
	lwzu 10,4(5)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	nego. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L215
	cmplw 0,25,29
	bne+ 0,.L214
	lis 3,.LC45@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC45@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L217:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L218:
	lwzu 10,4(5)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	neg 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L218
	cmplw 0,25,29
	bne+ 0,.L217
	lis 3,.LC46@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC46@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L220:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L221:
	lwzu 10,4(5)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	extsb. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L221
	cmplw 0,25,29
	bne+ 0,.L220
	lis 3,.LC47@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC47@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L223:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L224:
	lwzu 10,4(5)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	extsh. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L224
	cmplw 0,25,29
	bne+ 0,.L223
	lis 3,.LC48@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC48@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 8,0x100
	li 6,0
	ori 8,8,0x193
.L226:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L227:
	lwzu 10,4(5)
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	cntlzw. 9,10
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L227
	cmplw 0,25,29
	bne+ 0,.L226
	lis 3,.LC49@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC49@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L229:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L230:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addic 9,10,-1
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L230
	cmplw 0,25,29
	bne+ 0,.L229
	lis 3,.LC50@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC50@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L232:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L233:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	addic. 9,10,32767
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L233
	cmplw 0,25,29
	bne+ 0,.L232
	lis 3,.LC51@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC51@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L235:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L236:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfic 9,10,-5
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L236
	cmplw 0,25,29
	bne+ 0,.L235
	lis 3,.LC52@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC52@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L238:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L239:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	subfic 9,10,0
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L239
	cmplw 0,25,29
	bne+ 0,.L238
	lis 3,.LC53@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC53@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L241:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L242:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	srawi 9,10,0
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L242
	cmplw 0,25,29
	bne+ 0,.L241
	lis 3,.LC54@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC54@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L244:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L245:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	srawi. 9,10,1
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L245
	cmplw 0,25,29
	bne+ 0,.L244
	lis 3,.LC55@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC55@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L247:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L248:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	srawi. 9,10,31
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L248
	cmplw 0,25,29
	bne+ 0,.L247
	lis 3,.LC56@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC56@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L250:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L251:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	andi. 9,10,0x8001
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L251
	cmplw 0,25,29
	bne+ 0,.L250
	lis 3,.LC57@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC57@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L253:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L254:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	andis. 9,10,0x8001
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L254
	cmplw 0,25,29
	bne+ 0,.L253
	lis 3,.LC58@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC58@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L256:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L257:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	mulli 9,10,-300
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L257
	cmplw 0,25,29
	bne+ 0,.L256
	lis 3,.LC59@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC59@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L259:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L260:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	rlwinm. 9,10,5,27,3
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L260
	cmplw 0,25,29
	bne+ 0,.L259
	lis 3,.LC60@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC60@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L262:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L263:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	rlwinm. 9,10,0,31,31
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L263
	cmplw 0,25,29
	bne+ 0,.L262
	lis 3,.LC61@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC61@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L265:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L266:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	rlwimi. 9,10,12,4,19
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L266
	cmplw 0,25,29
	bne+ 0,.L265
	lis 3,.LC62@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC62@l(3)
	mr 25,27
	bl report
	lwz 4,.LANCHOR0@l(28)
	lis 0,0x5a5a
	lis 8,0x100
	ori 0,0,0x5a5a
	ori 8,8,0x193
	li 6,0
.L268:
	lwzu 7,4(25)
	li 9,12
	mr 5,31
	mtctr 9
.L269:
	lwzu 10,4(5)
	mr 9,0
#APP
 # 101 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	rlwimi 9,10,31,30,1
	mfxer 11
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,4
	mullw 9,9,8
	xor 9,9,11
	mullw 9,9,8
	xor 9,9,3
	mullw 4,9,8
	bdnz .L269
	cmplw 0,25,29
	bne+ 0,.L268
	lis 3,.LC63@ha
	stw 4,.LANCHOR0@l(28)
	la 3,.LC63@l(3)
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 7,0x100
	mr 4,31
	ori 7,7,0x193
	li 6,0
.L271:
	lwzu 8,4(4)
	li 9,12
	mr 5,31
	mtctr 9
.L272:
	lwzu 10,4(5)
#APP
 # 133 "asmflags.c" 1
	mtcrf 255,6
	rlwnm. 9,8,10,8,23
	rlwnm 0,8,10,28,3
	mfcr 3
 # 0 "" 2
#NO_APP
	xor 9,9,11
	mullw 9,9,7
	xor 9,9,0
	mullw 9,9,7
	xor 9,9,3
	mullw 11,9,7
	bdnz .L272
	cmplw 0,4,30
	bne+ 0,.L271
	lis 3,.LC64@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC64@l(3)
	addi 22,24,16
	bl report
	lwz 0,.LANCHOR0@l(28)
	lis 3,0x100
	mr 11,24
	ori 3,3,0x193
	addi 23,24,60
	addi 25,24,76
	li 21,0
.L274:
	lwz 20,0(11)
	mr 6,23
.L280:
	lwzu 4,4(6)
	mr 9,31
.L278:
	lwzu 8,4(9)
	mr 7,31
	li 10,12
.L275:
	lwzu 19,4(7)
	mr 5,4
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,21
	mtxer 20
	machhwsu 5,8,19
	mfxer 18
	mfcr 12
 # 0 "" 2
#NO_APP
	xor 5,5,0
	cmpwi 0,10,1
	mullw 5,5,3
	addi 10,10,-1
	xor 5,5,18
	mullw 5,5,3
	xor 5,5,12
	mullw 0,5,3
	bne+ 0,.L275
	cmplw 0,9,30
	bne+ 0,.L278
	cmplw 0,6,25
	bne+ 0,.L280
	addi 11,11,8
	cmplw 0,11,22
	bne+ 0,.L274
	lis 3,.LC65@ha
	stw 0,.LANCHOR0@l(28)
	la 3,.LC65@l(3)
	mr 21,24
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 3,0x100
	li 20,0
	ori 3,3,0x193
.L281:
	lwz 19,0(21)
	mr 6,23
.L287:
	lwzu 4,4(6)
	mr 9,31
.L285:
	lwzu 8,4(9)
	mr 7,31
	li 10,12
.L282:
	lwzu 0,4(7)
	mr 5,4
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,20
	mtxer 19
	macchwsuo. 5,8,0
	mfxer 18
	mfcr 12
 # 0 "" 2
#NO_APP
	xor 5,5,11
	cmpwi 0,10,1
	mullw 5,5,3
	addi 10,10,-1
	xor 5,5,18
	mullw 5,5,3
	xor 5,5,12
	mullw 11,5,3
	bne+ 0,.L282
	cmplw 0,9,30
	bne+ 0,.L285
	cmplw 0,6,25
	bne+ 0,.L287
	addi 21,21,8
	cmplw 0,21,22
	bne+ 0,.L281
	lis 3,.LC66@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC66@l(3)
	mr 21,24
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 3,0x100
	li 20,0
	ori 3,3,0x193
.L288:
	lwz 19,0(21)
	mr 6,23
.L294:
	lwzu 4,4(6)
	mr 9,31
.L292:
	lwzu 8,4(9)
	mr 7,31
	li 10,12
.L289:
	lwzu 0,4(7)
	mr 5,4
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,20
	mtxer 19
	maclhwsu 5,8,0
	mfxer 18
	mfcr 12
 # 0 "" 2
#NO_APP
	xor 5,5,11
	cmpwi 0,10,1
	mullw 5,5,3
	addi 10,10,-1
	xor 5,5,18
	mullw 5,5,3
	xor 5,5,12
	mullw 11,5,3
	bne+ 0,.L289
	cmplw 0,9,30
	bne+ 0,.L292
	cmplw 0,6,25
	bne+ 0,.L294
	addi 21,21,8
	cmplw 0,21,22
	bne+ 0,.L288
	lis 3,.LC67@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC67@l(3)
	mr 21,24
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 3,0x100
	li 20,0
	ori 3,3,0x193
.L295:
	lwz 19,0(21)
	mr 6,23
.L301:
	lwzu 4,4(6)
	mr 9,31
.L299:
	lwzu 8,4(9)
	mr 7,31
	li 10,12
.L296:
	lwzu 0,4(7)
	mr 5,4
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,20
	mtxer 19
	machhwuo. 5,8,0
	mfxer 18
	mfcr 12
 # 0 "" 2
#NO_APP
	xor 5,5,11
	cmpwi 0,10,1
	mullw 5,5,3
	addi 10,10,-1
	xor 5,5,18
	mullw 5,5,3
	xor 5,5,12
	mullw 11,5,3
	bne+ 0,.L296
	cmplw 0,9,30
	bne+ 0,.L299
	cmplw 0,6,25
	bne+ 0,.L301
	addi 21,21,8
	cmplw 0,21,22
	bne+ 0,.L295
	lis 3,.LC68@ha
	stw 11,.LANCHOR0@l(28)
	la 3,.LC68@l(3)
	li 21,0
	bl report
	lwz 11,.LANCHOR0@l(28)
	lis 3,0x100
	ori 3,3,0x193
.L302:
	lwz 20,0(26)
	mr 6,23
.L308:
	lwzu 4,4(6)
	mr 9,31
.L306:
	lwzu 8,4(9)
	mr 7,31
	li 10,12
.L303:
	lwzu 0,4(7)
	mr 5,4
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,21
	mtxer 20
	maclhwuo 5,8,0
	mfxer 12
	mfcr 19
 # 0 "" 2
#NO_APP
	xor 5,5,11
	cmpwi 0,10,1
	mullw 5,5,3
	addi 10,10,-1
	xor 5,5,12
	mullw 5,5,3
	xor 5,5,19
	mullw 11,5,3
	bne+ 0,.L303
	cmplw 0,9,30
	bne+ 0,.L306
	cmplw 0,6,25
	bne+ 0,.L308
	addi 26,26,8
	cmplw 0,26,22
	bne+ 0,.L302
	lis 3,.LC69@ha
	lis 23,.LANCHOR0@ha
	la 3,.LC69@l(3)
	lis 22,.LC70@ha
	lis 25,.LC71@ha
	lis 20,0x100
	stw 11,.LANCHOR0@l(28)
	addi 26,24,76
	bl report
	la 23,.LANCHOR0@l(23)
	la 22,.LC70@l(22)
	la 25,.LC71@l(25)
	ori 20,20,0x193
	addi 21,24,92
.L310:
	lwzu 9,4(26)
#APP
 # 150 "asmflags.c" 1
	mtcrf 255,9
	crand 0,1,2
	mfcr 10
	cror 5,4,31
	mfcr 11
	crxor 9,10,11
	mfcr 3
	crnand 13,14,0
	mfcr 4
	crnor 17,18,9
	mfcr 5
	creqv 21,22,5
	mfcr 6
	crandc 25,26,13
	mfcr 7
	crorc 29,30,17
	mfcr 8
	
 # 0 "" 2
#NO_APP
	li 9,4
	stw 11,12(1)
	mtctr 9
	stw 3,16(1)
	stw 4,20(1)
	li 19,8
	stw 5,24(1)
	stw 6,28(1)
	stw 7,32(1)
	stw 8,36(1)
	lwz 9,0(23)
	stw 10,8(1)
	addi 10,1,4
.L309:
	lwz 7,4(10)
	addi 19,19,-2
	lwz 8,8(10)
	addi 10,10,8
	xor 9,9,7
	mullw 9,9,20
	xor 9,9,8
	mullw 9,9,20
	bdnz .L309
	mr 3,22
	stw 9,0(23)
	bl print_str
	lwz 3,0(26)
	bl print_hex
	mr 3,25
	bl print_str
	lwz 3,36(1)
	bl print_hex
	bl print_nl
	cmplw 0,26,21
	bne+ 0,.L310
	lis 3,.LC72@ha
	lis 17,.LC73@ha
	la 3,.LC72@l(3)
	lis 18,.LC74@ha
	bl report
	lwz 10,96(24)
	lis 21,.LC75@ha
	lis 22,.LC76@ha
	lis 25,.LC77@ha
	lis 26,0xa5a5
	addi 20,24,96
	la 17,.LC73@l(17)
	la 18,.LC74@l(18)
	la 21,.LC75@l(21)
	la 22,.LC76@l(22)
	la 25,.LC77@l(25)
	ori 26,26,0xa5a5
	lis 9,0x4000
.L312:
#APP
 # 179 "asmflags.c" 1
	mtcrf 255,10
	mcrf 0,7
	mcrf 5,2
	mfcr 4
	mtcrf 0x81,26
	mfcr 8
	mtcrf 0x24,26
	mfcr 14
	mtxer 9
	mcrxr 3
	mfcr 15
	mfxer 16
 # 0 "" 2
#NO_APP
	mr 3,17
	stw 8,40(1)
	bl show_hex
	lwz 4,40(1)
	mr 3,18
	bl show_hex
	mr 4,14
	mr 3,21
	bl show_hex
	mr 4,15
	mr 3,22
	bl show_hex
	mr 4,16
	mr 3,25
	bl show_hex
	lis 9,0xe000
	cmplwi 0,19,1
	li 19,1
	beq- 0,.L311
	lwzu 10,4(20)
	b .L312
.L311:
	lwz 9,.LANCHOR0@l(28)
	lis 4,0x100
	ori 4,4,0x193
	li 11,0
.L313:
	lwzu 3,4(27)
	mr 5,31
.L317:
	lwzu 6,4(5)
	li 10,6
	mr 8,31
	li 22,12
	mtctr 10
.L314:
	addi 7,8,4
	lwz 8,4(8)
#APP
 # 203 "asmflags.c" 1
	mtcrf 255,11
	mtxer 3
	cmpw 1,6,8
	cmplw 6,6,8
	cmpwi 3,6,-2
	cmplwi 4,8,0x8000
	mfcr 10
 # 0 "" 2
#NO_APP
	xor 10,10,9
	addi 8,7,4
	mullw 10,10,4
	lwz 7,4(7)
	addi 22,22,-1
#APP
 # 203 "asmflags.c" 1
	mtcrf 255,11
	mtxer 3
	cmpw 1,6,7
	cmplw 6,6,7
	cmpwi 3,6,-2
	cmplwi 4,7,0x8000
	mfcr 9
 # 0 "" 2
#NO_APP
	xor 9,9,10
	addi 22,22,-1
	mullw 9,9,4
	bdnz .L314
	cmplw 0,5,30
	bne+ 0,.L317
	cmplw 0,27,29
	bne+ 0,.L313
	lis 3,.LC78@ha
	addi 21,23,31
	la 3,.LC78@l(3)
	stw 9,.LANCHOR0@l(28)
	bl report
	mr 8,21
	li 9,11
.L318:
	addi 10,9,37
	stbu 9,1(8)
	rlwinm 7,10,0,0xff
	mr 9,10
	cmpwi 0,7,75
	bne+ 0,.L318
	addi 20,23,32
	li 9,6
	li 10,3
	li 8,9
#APP
 # 218 "asmflags.c" 1
	lwbrx 4,0,20
	lhbrx 28,20,9
	lwzx 29,20,10
	lhzx 30,20,8
 # 0 "" 2
#NO_APP
	lis 3,.LC79@ha
	la 3,.LC79@l(3)
	bl show_hex
	lis 3,.LC80@ha
	mr 4,28
	la 3,.LC80@l(3)
	bl show_hex
	lis 3,.LC81@ha
	mr 4,29
	la 3,.LC81@l(3)
	bl show_hex
	lis 3,.LC82@ha
	mr 4,30
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
	stwbrx 9,0,20
	sthbrx 9,20,8
	stwx 10,20,7
	sthx 10,20,6
 # 0 "" 2
#NO_APP
	addi 8,23,55
	mr 9,21
	subf 10,21,8
	li 4,0
	andi. 7,10,0x3
	beq- 0,.L439
	cmpwi 0,7,1
	beq- 0,.L445
	cmpwi 0,7,2
	beq- 0,.L446
	lbzu 4,1(9)
.L446:
	lbzu 7,1(9)
	mulli 4,4,31
	add 4,7,4
.L445:
	lbzu 7,1(9)
	mulli 4,4,31
	cmplw 0,9,8
	add 4,7,4
	beq- 0,.L465
.L439:
	srwi 10,10,2
	mtctr 10
.L319:
	lbz 7,1(9)
	mulli 4,4,31
	lbz 8,2(9)
	lbz 10,3(9)
	add 7,7,4
	lbzu 4,4(9)
	mulli 7,7,31
	add 8,8,7
	mulli 8,8,31
	add 10,10,8
	mulli 10,10,31
	add 4,4,10
	bdnz .L319
.L465:
	lis 3,.LC83@ha
	la 3,.LC83@l(3)
	bl show_hex
	li 4,5
#APP
 # 235 "asmflags.c" 1
	lhax 4,20,4
 # 0 "" 2
#NO_APP
	lis 3,.LC84@ha
	la 3,.LC84@l(3)
	bl show_hex
	li 10,0
	stw 10,8(1)
	addi 9,1,8
	stw 10,12(1)
	stw 10,16(1)
	stw 10,20(1)
	stw 10,24(1)
	stw 10,28(1)
	stw 10,32(1)
	stw 10,36(1)
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
	li 9,6
	addi 7,1,7
	li 4,0
	mtctr 9
.L320:
	lbz 8,1(7)
	mulli 4,4,31
	lbz 10,2(7)
	lbz 9,3(7)
	add 8,8,4
	lbzu 4,4(7)
	mulli 8,8,31
	add 10,10,8
	mulli 10,10,31
	add 9,9,10
	mulli 9,9,31
	add 4,4,9
	bdnz .L320
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
	lhbrx 26,30,9
	stwbrx 4,30,10
	sthbrx 26,30,8
	lwzu 27,3(30)
	lhau 28,-7(30)
 # 0 "" 2
#NO_APP
	lis 3,.LC89@ha
	addi 29,20,63
	la 3,.LC89@l(3)
	bl show_hex
	lis 3,.LC90@ha
	mr 4,26
	la 3,.LC90@l(3)
	bl show_hex
	lis 3,.LC91@ha
	mr 4,27
	la 3,.LC91@l(3)
	bl show_hex
	lis 3,.LC92@ha
	mr 4,28
	la 3,.LC92@l(3)
	bl show_hex
	lis 3,.LC93@ha
	subf 4,20,30
	la 3,.LC93@l(3)
	bl show_int
	li 9,8
	addi 7,23,63
	li 4,0
	mtctr 9
.L321:
	lbz 8,1(7)
	mulli 4,4,31
	lbz 10,2(7)
	lbz 9,3(7)
	add 8,8,4
	lbzu 4,4(7)
	mulli 8,8,31
	add 10,10,8
	mulli 10,10,31
	add 9,9,10
	mulli 9,9,31
	add 4,4,9
	bdnz .L321
	lis 3,.LC94@ha
	addi 30,23,40
	la 3,.LC94@l(3)
	bl show_hex
	li 9,4
	li 10,-3
	li 8,6
#APP
 # 297 "asmflags.c" 1
	lwzux 4,30,9
	lbzux 26,30,10
	lhzux 27,30,8
	lhaux 28,30,10
	stwux 4,30,9
	stbux 26,30,8
	sthux 28,30,10
 # 0 "" 2
#NO_APP
	lis 3,.LC95@ha
	la 3,.LC95@l(3)
	bl show_hex
	lis 3,.LC96@ha
	mr 4,26
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
	subf 4,20,30
	la 3,.LC99@l(3)
	bl show_int
	addi 8,20,31
	subf 10,21,8
	mr 9,21
	andi. 7,10,0x3
	beq- 0,.L424
	cmpwi 0,7,1
	beq- 0,.L447
	cmpwi 0,7,2
	beq- 0,.L448
	lbzu 7,1(9)
	mulli 22,22,31
	add 22,7,22
.L448:
	lbzu 7,1(9)
	mulli 22,22,31
	add 22,7,22
.L447:
	lbzu 7,1(9)
	mulli 22,22,31
	cmplw 0,9,8
	add 22,7,22
	beq- 0,.L464
.L424:
	srwi 10,10,2
	mtctr 10
.L322:
	lbz 7,1(9)
	mulli 22,22,31
	lbz 8,2(9)
	lbz 10,3(9)
	add 7,7,22
	lbzu 22,4(9)
	mulli 7,7,31
	add 8,8,7
	mulli 8,8,31
	add 10,10,8
	mulli 10,10,31
	add 22,22,10
	bdnz .L322
.L464:
	lis 3,.LC100@ha
	mr 4,22
	la 3,.LC100@l(3)
	li 30,12
	bl show_hex
	li 9,6
	mtctr 9
.L323:
	lwz 9,4(31)
	addi 31,31,4
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
	lwz 9,4(31)
	addi 30,30,-1
	addi 31,31,4
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
	addi 30,30,-1
	bdnz .L323
	lis 3,.LC101@ha
	li 4,12
	la 3,.LC101@l(3)
	bl show_int
	li 9,37
#APP
 # 323 "asmflags.c" 1
	dcbz 20,9
 # 0 "" 2
#NO_APP
	subf 9,21,29
	li 4,0
	andi. 10,9,0x3
	beq- 0,.L414
	cmpwi 0,10,1
	beq- 0,.L449
	cmpwi 0,10,2
	beq- 0,.L450
	lbzu 4,1(21)
.L450:
	lbzu 10,1(21)
	mulli 4,4,31
	add 4,10,4
.L449:
	lbzu 10,1(21)
	mulli 4,4,31
	cmplw 0,29,21
	add 4,10,4
	beq- 0,.L463
.L414:
	srwi 9,9,2
	mtctr 9
.L324:
	lbz 8,1(21)
	mulli 4,4,31
	lbz 10,2(21)
	lbz 9,3(21)
	add 8,8,4
	lbzu 4,4(21)
	mulli 8,8,31
	add 10,10,8
	mulli 10,10,31
	add 9,9,10
	mulli 9,9,31
	add 4,4,9
	bdnz .L324
.L463:
	lis 3,.LC102@ha
	la 3,.LC102@l(3)
	bl show_hex
	lbz 9,64(23)
	lbz 10,95(23)
	li 4,0
	or 9,9,10
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq- 0,.L545
.L325:
	lis 3,.LC103@ha
	lis 25,.LC104@ha
	la 3,.LC103@l(3)
	addi 24,24,104
	bl show_int
	la 25,.LC104@l(25)
	li 29,6
	li 31,0
.L326:
	lwz 9,0(24)
	lwz 10,4(24)
#APP
 # 339 "asmflags.c" 1
	mtcrf 255,31
	mtxer 30
	dlmzb. 26,9,10
	mfxer 27
	mfcr 28
 # 0 "" 2
#NO_APP
	mr 3,25
	addi 24,24,8
	bl print_str
	mr 3,26
	bl print_uint
	li 3,32
	bl print_char
	mr 3,27
	bl print_hex
	li 3,32
	bl print_char
	mr 3,28
	bl print_hex
	addis 30,30,0x8000
	bl print_nl
	addic. 29,29,-1
	bne+ 0,.L326
	lis 4,.LC105@ha
	li 0,4
	la 4,.LC105@l(4)
	li 3,1
	li 5,7
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	lis 9,.LC106@ha
	mr 31,3
	la 3,.LC106@l(9)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lis 4,.LC107@ha
	la 4,.LC107@l(4)
	li 0,4
	li 3,1
	li 5,0
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	lis 9,.LC108@ha
	mr 31,3
	la 3,.LC108@l(9)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lis 4,.LC109@ha
	la 4,.LC109@l(4)
	li 0,4
	li 3,77
	li 5,1
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	lis 9,.LC110@ha
	mr 31,3
	la 3,.LC110@l(9)
	bl print_str
	mr 3,31
	bl print_int
	li 3,32
	bl print_char
	rlwinm 3,30,4,31,31
	bl print_uint
	bl print_nl
	lwz 12,52(1)
	.cfi_remember_state
	.cfi_register 70, 12
	lwz 0,132(1)
	li 3,77
	lwz 14,56(1)
	lwz 15,60(1)
	mtcrf 32,12
	lwz 16,64(1)
	mtcrf 16,12
	lwz 17,68(1)
	mtcrf 8,12
	.cfi_restore 70
	lwz 18,72(1)
	mtlr 0
	.cfi_restore 65
	lwz 19,76(1)
	lwz 20,80(1)
	lwz 21,84(1)
	lwz 22,88(1)
	lwz 23,92(1)
	lwz 24,96(1)
	lwz 25,100(1)
	lwz 26,104(1)
	lwz 27,108(1)
	lwz 28,112(1)
	lwz 29,116(1)
	lwz 30,120(1)
	lwz 31,124(1)
	addi 1,1,128
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
	.cfi_restore 16
	.cfi_restore 15
	.cfi_restore 14
	.cfi_def_cfa_offset 0
	blr
.L545:
	.cfi_restore_state
	lbz 9,63(23)
	addic 4,9,-1
	subfe 4,4,9
	b .L325
	.cfi_endproc
.LFE79:
	.size	main,.-main
	.section	.rodata
	.align 2
	.set	.LANCHOR1,. + 0
	.type	XIN, @object
	.size	XIN, 16
XIN:
	.long	0
	.long	536870912
	.long	-1073741824
	.long	-536870912
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
	.type	crs.2, @object
	.size	crs.2, 8
crs.2:
	.long	324508639
	.long	-38177487
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
