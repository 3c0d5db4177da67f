	.file	"asmflags.c"
	.machine "440"
	.section	".text"
	.section	.rodata
	.align 2
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
	.align 2
	.type	XIN, @object
	.size	XIN, 16
XIN:
	.long	0
	.long	536870912
	.long	-1073741824
	.long	-536870912
	.lcomm	hash,4,4
	.type	hash, @object
	.section	".text"
	.align 2
	.type	mix, @function
mix:
.LFB0:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lis 9,hash@ha
	lwz 10,hash@l(9)
	lwz 9,8(31)
	xor 10,10,9
	lis 9,0x100
	ori 9,9,0x193
	mullw 10,10,9
	lis 9,hash@ha
	stw 10,hash@l(9)
	nop
	addi 11,31,32
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE0:
	.size	mix,.-mix
	.align 2
	.type	report, @function
report:
.LFB1:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,8(31)
	lwz 3,8(31)
	bl print_str
	li 3,32
	bl print_char
	lis 9,hash@ha
	lwz 9,hash@l(9)
	mr 3,9
	bl print_hex
	bl print_nl
	lis 9,hash@ha
	lis 10,0x811c
	ori 10,10,0x9dc5
	stw 10,hash@l(9)
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE1:
	.size	report,.-report
	.section	.rodata
	.align 2
.LC0:
	.string	"add"
	.section	".text"
	.align 2
	.type	t_add, @function
t_add:
.LFB2:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L4
.L9:
	li 9,0
	stw 9,12(31)
	b .L5
.L8:
	li 9,0
	stw 9,16(31)
	b .L6
.L7:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	add 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L6:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L7
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L5:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L8
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L4:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L9
	lis 9,.LC0@ha
	la 3,.LC0@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE2:
	.size	t_add,.-t_add
	.section	.rodata
	.align 2
.LC1:
	.string	"addo"
	.section	".text"
	.align 2
	.type	t_addo, @function
t_addo:
.LFB3:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L11
.L16:
	li 9,0
	stw 9,12(31)
	b .L12
.L15:
	li 9,0
	stw 9,16(31)
	b .L13
.L14:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addo 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L13:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L14
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L12:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L15
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L11:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L16
	lis 9,.LC1@ha
	la 3,.LC1@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE3:
	.size	t_addo,.-t_addo
	.section	.rodata
	.align 2
.LC2:
	.string	"add."
	.section	".text"
	.align 2
	.type	t_add_, @function
t_add_:
.LFB4:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L18
.L23:
	li 9,0
	stw 9,12(31)
	b .L19
.L22:
	li 9,0
	stw 9,16(31)
	b .L20
.L21:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	add. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L20:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L21
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L19:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L22
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L18:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L23
	lis 9,.LC2@ha
	la 3,.LC2@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE4:
	.size	t_add_,.-t_add_
	.section	.rodata
	.align 2
.LC3:
	.string	"addo."
	.section	".text"
	.align 2
	.type	t_addo_, @function
t_addo_:
.LFB5:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L25
.L30:
	li 9,0
	stw 9,12(31)
	b .L26
.L29:
	li 9,0
	stw 9,16(31)
	b .L27
.L28:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 84 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L27:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L28
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L26:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L29
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L25:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L30
	lis 9,.LC3@ha
	la 3,.LC3@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE5:
	.size	t_addo_,.-t_addo_
	.section	.rodata
	.align 2
.LC4:
	.string	"addc"
	.section	".text"
	.align 2
	.type	t_addc, @function
t_addc:
.LFB6:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L32
.L37:
	li 9,0
	stw 9,12(31)
	b .L33
.L36:
	li 9,0
	stw 9,16(31)
	b .L34
.L35:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addc 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L34:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L35
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L33:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L36
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L32:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L37
	lis 9,.LC4@ha
	la 3,.LC4@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE6:
	.size	t_addc,.-t_addc
	.section	.rodata
	.align 2
.LC5:
	.string	"addco."
	.section	".text"
	.align 2
	.type	t_addco_, @function
t_addco_:
.LFB7:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L39
.L44:
	li 9,0
	stw 9,12(31)
	b .L40
.L43:
	li 9,0
	stw 9,16(31)
	b .L41
.L42:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addco. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L41:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L42
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L40:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L43
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L39:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L44
	lis 9,.LC5@ha
	la 3,.LC5@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE7:
	.size	t_addco_,.-t_addco_
	.section	.rodata
	.align 2
.LC6:
	.string	"adde"
	.section	".text"
	.align 2
	.type	t_adde, @function
t_adde:
.LFB8:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L46
.L51:
	li 9,0
	stw 9,12(31)
	b .L47
.L50:
	li 9,0
	stw 9,16(31)
	b .L48
.L49:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	adde 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L48:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L49
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L47:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L50
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L46:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L51
	lis 9,.LC6@ha
	la 3,.LC6@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE8:
	.size	t_adde,.-t_adde
	.section	.rodata
	.align 2
.LC7:
	.string	"addeo."
	.section	".text"
	.align 2
	.type	t_addeo_, @function
t_addeo_:
.LFB9:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L53
.L58:
	li 9,0
	stw 9,12(31)
	b .L54
.L57:
	li 9,0
	stw 9,16(31)
	b .L55
.L56:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 85 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addeo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L55:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L56
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L54:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L57
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L53:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L58
	lis 9,.LC7@ha
	la 3,.LC7@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE9:
	.size	t_addeo_,.-t_addeo_
	.section	.rodata
	.align 2
.LC8:
	.string	"subf"
	.section	".text"
	.align 2
	.type	t_subf, @function
t_subf:
.LFB10:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L60
.L65:
	li 9,0
	stw 9,12(31)
	b .L61
.L64:
	li 9,0
	stw 9,16(31)
	b .L62
.L63:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subf 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L62:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L63
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L61:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L64
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L60:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L65
	lis 9,.LC8@ha
	la 3,.LC8@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE10:
	.size	t_subf,.-t_subf
	.section	.rodata
	.align 2
.LC9:
	.string	"subfo."
	.section	".text"
	.align 2
	.type	t_subfo_, @function
t_subfo_:
.LFB11:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L67
.L72:
	li 9,0
	stw 9,12(31)
	b .L68
.L71:
	li 9,0
	stw 9,16(31)
	b .L69
.L70:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L69:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L70
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L68:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L71
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L67:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L72
	lis 9,.LC9@ha
	la 3,.LC9@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE11:
	.size	t_subfo_,.-t_subfo_
	.section	.rodata
	.align 2
.LC10:
	.string	"subfc"
	.section	".text"
	.align 2
	.type	t_subfc, @function
t_subfc:
.LFB12:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L74
.L79:
	li 9,0
	stw 9,12(31)
	b .L75
.L78:
	li 9,0
	stw 9,16(31)
	b .L76
.L77:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfc 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L76:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L77
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L75:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L78
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L74:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L79
	lis 9,.LC10@ha
	la 3,.LC10@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE12:
	.size	t_subfc,.-t_subfc
	.section	.rodata
	.align 2
.LC11:
	.string	"subfco."
	.section	".text"
	.align 2
	.type	t_subfco_, @function
t_subfco_:
.LFB13:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L81
.L86:
	li 9,0
	stw 9,12(31)
	b .L82
.L85:
	li 9,0
	stw 9,16(31)
	b .L83
.L84:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 86 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfco. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L83:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L84
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L82:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L85
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L81:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L86
	lis 9,.LC11@ha
	la 3,.LC11@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE13:
	.size	t_subfco_,.-t_subfco_
	.section	.rodata
	.align 2
.LC12:
	.string	"subfe"
	.section	".text"
	.align 2
	.type	t_subfe, @function
t_subfe:
.LFB14:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L88
.L93:
	li 9,0
	stw 9,12(31)
	b .L89
.L92:
	li 9,0
	stw 9,16(31)
	b .L90
.L91:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfe 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L90:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L91
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L89:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L92
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L88:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L93
	lis 9,.LC12@ha
	la 3,.LC12@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE14:
	.size	t_subfe,.-t_subfe
	.section	.rodata
	.align 2
.LC13:
	.string	"subfeo."
	.section	".text"
	.align 2
	.type	t_subfeo_, @function
t_subfeo_:
.LFB15:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L95
.L100:
	li 9,0
	stw 9,12(31)
	b .L96
.L99:
	li 9,0
	stw 9,16(31)
	b .L97
.L98:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 87 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfeo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L97:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L98
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L96:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L99
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L95:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L100
	lis 9,.LC13@ha
	la 3,.LC13@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE15:
	.size	t_subfeo_,.-t_subfeo_
	.section	.rodata
	.align 2
.LC14:
	.string	"mullw"
	.section	".text"
	.align 2
	.type	t_mullw, @function
t_mullw:
.LFB16:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L102
.L107:
	li 9,0
	stw 9,12(31)
	b .L103
.L106:
	li 9,0
	stw 9,16(31)
	b .L104
.L105:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mullw 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L104:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L105
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L103:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L106
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L102:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L107
	lis 9,.LC14@ha
	la 3,.LC14@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE16:
	.size	t_mullw,.-t_mullw
	.section	.rodata
	.align 2
.LC15:
	.string	"mullwo."
	.section	".text"
	.align 2
	.type	t_mullwo_, @function
t_mullwo_:
.LFB17:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L109
.L114:
	li 9,0
	stw 9,12(31)
	b .L110
.L113:
	li 9,0
	stw 9,16(31)
	b .L111
.L112:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mullwo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L111:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L112
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L110:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L113
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L109:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L114
	lis 9,.LC15@ha
	la 3,.LC15@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE17:
	.size	t_mullwo_,.-t_mullwo_
	.section	.rodata
	.align 2
.LC16:
	.string	"mulhw."
	.section	".text"
	.align 2
	.type	t_mulhw_, @function
t_mulhw_:
.LFB18:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L116
.L121:
	li 9,0
	stw 9,12(31)
	b .L117
.L120:
	li 9,0
	stw 9,16(31)
	b .L118
.L119:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mulhw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L118:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L119
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L117:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L120
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L116:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L121
	lis 9,.LC16@ha
	la 3,.LC16@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE18:
	.size	t_mulhw_,.-t_mulhw_
	.section	.rodata
	.align 2
.LC17:
	.string	"mulhwu."
	.section	".text"
	.align 2
	.type	t_mulhwu_, @function
t_mulhwu_:
.LFB19:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L123
.L128:
	li 9,0
	stw 9,12(31)
	b .L124
.L127:
	li 9,0
	stw 9,16(31)
	b .L125
.L126:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 88 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mulhwu. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L125:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L126
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L124:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L127
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L123:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L128
	lis 9,.LC17@ha
	la 3,.LC17@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE19:
	.size	t_mulhwu_,.-t_mulhwu_
	.section	.rodata
	.align 2
.LC18:
	.string	"divwo."
	.section	".text"
	.align 2
	.type	t_divw, @function
t_divw:
.LFB20:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L130
.L135:
	li 9,0
	stw 9,12(31)
	b .L131
.L134:
	li 9,0
	stw 9,16(31)
	b .L132
.L133:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	divwo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L132:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L133
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L131:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L134
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L130:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L135
	lis 9,.LC18@ha
	la 3,.LC18@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE20:
	.size	t_divw,.-t_divw
	.section	.rodata
	.align 2
.LC19:
	.string	"divwuo."
	.section	".text"
	.align 2
	.type	t_divwu, @function
t_divwu:
.LFB21:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L137
.L142:
	li 9,0
	stw 9,12(31)
	b .L138
.L141:
	li 9,0
	stw 9,16(31)
	b .L139
.L140:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	divwuo. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L139:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L140
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L138:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L141
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L137:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L142
	lis 9,.LC19@ha
	la 3,.LC19@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE21:
	.size	t_divwu,.-t_divwu
	.section	.rodata
	.align 2
.LC20:
	.string	"divw"
	.section	".text"
	.align 2
	.type	t_divw2, @function
t_divw2:
.LFB22:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L144
.L149:
	li 9,0
	stw 9,12(31)
	b .L145
.L148:
	li 9,0
	stw 9,16(31)
	b .L146
.L147:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	divw 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L146:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L147
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L145:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L148
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L144:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L149
	lis 9,.LC20@ha
	la 3,.LC20@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE22:
	.size	t_divw2,.-t_divw2
	.section	.rodata
	.align 2
.LC21:
	.string	"divwu"
	.section	".text"
	.align 2
	.type	t_divwu2, @function
t_divwu2:
.LFB23:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L151
.L156:
	li 9,0
	stw 9,12(31)
	b .L152
.L155:
	li 9,0
	stw 9,16(31)
	b .L153
.L154:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 89 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	divwu 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L153:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L154
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L152:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L155
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L151:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L156
	lis 9,.LC21@ha
	la 3,.LC21@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE23:
	.size	t_divwu2,.-t_divwu2
	.section	.rodata
	.align 2
.LC22:
	.string	"and."
	.section	".text"
	.align 2
	.type	t_and_, @function
t_and_:
.LFB24:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L158
.L163:
	li 9,0
	stw 9,12(31)
	b .L159
.L162:
	li 9,0
	stw 9,16(31)
	b .L160
.L161:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	and. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L160:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L161
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L159:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L162
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L158:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L163
	lis 9,.LC22@ha
	la 3,.LC22@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE24:
	.size	t_and_,.-t_and_
	.section	.rodata
	.align 2
.LC23:
	.string	"andc."
	.section	".text"
	.align 2
	.type	t_andc_, @function
t_andc_:
.LFB25:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L165
.L170:
	li 9,0
	stw 9,12(31)
	b .L166
.L169:
	li 9,0
	stw 9,16(31)
	b .L167
.L168:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	andc. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L167:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L168
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L166:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L169
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L165:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L170
	lis 9,.LC23@ha
	la 3,.LC23@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE25:
	.size	t_andc_,.-t_andc_
	.section	.rodata
	.align 2
.LC24:
	.string	"or."
	.section	".text"
	.align 2
	.type	t_or_, @function
t_or_:
.LFB26:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L172
.L177:
	li 9,0
	stw 9,12(31)
	b .L173
.L176:
	li 9,0
	stw 9,16(31)
	b .L174
.L175:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	or. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L174:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L175
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L173:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L176
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L172:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L177
	lis 9,.LC24@ha
	la 3,.LC24@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE26:
	.size	t_or_,.-t_or_
	.section	.rodata
	.align 2
.LC25:
	.string	"orc."
	.section	".text"
	.align 2
	.type	t_orc_, @function
t_orc_:
.LFB27:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L179
.L184:
	li 9,0
	stw 9,12(31)
	b .L180
.L183:
	li 9,0
	stw 9,16(31)
	b .L181
.L182:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	orc. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L181:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L182
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L180:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L183
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L179:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L184
	lis 9,.LC25@ha
	la 3,.LC25@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE27:
	.size	t_orc_,.-t_orc_
	.section	.rodata
	.align 2
.LC26:
	.string	"xor."
	.section	".text"
	.align 2
	.type	t_xor_, @function
t_xor_:
.LFB28:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L186
.L191:
	li 9,0
	stw 9,12(31)
	b .L187
.L190:
	li 9,0
	stw 9,16(31)
	b .L188
.L189:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 90 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	xor. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L188:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L189
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L187:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L190
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L186:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L191
	lis 9,.LC26@ha
	la 3,.LC26@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE28:
	.size	t_xor_,.-t_xor_
	.section	.rodata
	.align 2
.LC27:
	.string	"nand."
	.section	".text"
	.align 2
	.type	t_nand_, @function
t_nand_:
.LFB29:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L193
.L198:
	li 9,0
	stw 9,12(31)
	b .L194
.L197:
	li 9,0
	stw 9,16(31)
	b .L195
.L196:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	nand. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L195:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L196
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L194:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L197
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L193:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L198
	lis 9,.LC27@ha
	la 3,.LC27@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE29:
	.size	t_nand_,.-t_nand_
	.section	.rodata
	.align 2
.LC28:
	.string	"nor."
	.section	".text"
	.align 2
	.type	t_nor_, @function
t_nor_:
.LFB30:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L200
.L205:
	li 9,0
	stw 9,12(31)
	b .L201
.L204:
	li 9,0
	stw 9,16(31)
	b .L202
.L203:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	nor. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L202:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L203
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L201:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L204
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L200:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L205
	lis 9,.LC28@ha
	la 3,.LC28@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE30:
	.size	t_nor_,.-t_nor_
	.section	.rodata
	.align 2
.LC29:
	.string	"eqv."
	.section	".text"
	.align 2
	.type	t_eqv_, @function
t_eqv_:
.LFB31:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L207
.L212:
	li 9,0
	stw 9,12(31)
	b .L208
.L211:
	li 9,0
	stw 9,16(31)
	b .L209
.L210:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 91 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	eqv. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L209:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L210
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L208:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L211
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L207:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L212
	lis 9,.LC29@ha
	la 3,.LC29@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE31:
	.size	t_eqv_,.-t_eqv_
	.section	.rodata
	.align 2
.LC30:
	.string	"slw."
	.section	".text"
	.align 2
	.type	t_slw_, @function
t_slw_:
.LFB32:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L214
.L219:
	li 9,0
	stw 9,12(31)
	b .L215
.L218:
	li 9,0
	stw 9,16(31)
	b .L216
.L217:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	slw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L216:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L217
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L215:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L218
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L214:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L219
	lis 9,.LC30@ha
	la 3,.LC30@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE32:
	.size	t_slw_,.-t_slw_
	.section	.rodata
	.align 2
.LC31:
	.string	"srw."
	.section	".text"
	.align 2
	.type	t_srw_, @function
t_srw_:
.LFB33:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L221
.L226:
	li 9,0
	stw 9,12(31)
	b .L222
.L225:
	li 9,0
	stw 9,16(31)
	b .L223
.L224:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	srw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L223:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L224
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L222:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L225
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L221:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L226
	lis 9,.LC31@ha
	la 3,.LC31@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE33:
	.size	t_srw_,.-t_srw_
	.section	.rodata
	.align 2
.LC32:
	.string	"sraw"
	.section	".text"
	.align 2
	.type	t_sraw, @function
t_sraw:
.LFB34:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L228
.L233:
	li 9,0
	stw 9,12(31)
	b .L229
.L232:
	li 9,0
	stw 9,16(31)
	b .L230
.L231:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	sraw 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L230:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L231
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L229:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L232
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L228:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L233
	lis 9,.LC32@ha
	la 3,.LC32@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE34:
	.size	t_sraw,.-t_sraw
	.section	.rodata
	.align 2
.LC33:
	.string	"sraw."
	.section	".text"
	.align 2
	.type	t_sraw_, @function
t_sraw_:
.LFB35:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L235
.L240:
	li 9,0
	stw 9,12(31)
	b .L236
.L239:
	li 9,0
	stw 9,16(31)
	b .L237
.L238:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 92 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	sraw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L237:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L238
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L236:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L239
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L235:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L240
	lis 9,.LC33@ha
	la 3,.LC33@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE35:
	.size	t_sraw_,.-t_sraw_
	.section	.rodata
	.align 2
.LC34:
	.string	"mulhhw."
	.section	".text"
	.align 2
	.type	t_mulhhw_, @function
t_mulhhw_:
.LFB36:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L242
.L247:
	li 9,0
	stw 9,12(31)
	b .L243
.L246:
	li 9,0
	stw 9,16(31)
	b .L244
.L245:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mulhhw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L244:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L245
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L243:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L246
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L242:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L247
	lis 9,.LC34@ha
	la 3,.LC34@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE36:
	.size	t_mulhhw_,.-t_mulhhw_
	.section	.rodata
	.align 2
.LC35:
	.string	"mullhwu."
	.section	".text"
	.align 2
	.type	t_mullhwu_, @function
t_mullhwu_:
.LFB37:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L249
.L254:
	li 9,0
	stw 9,12(31)
	b .L250
.L253:
	li 9,0
	stw 9,16(31)
	b .L251
.L252:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mullhwu. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L251:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L252
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L250:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L253
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L249:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L254
	lis 9,.LC35@ha
	la 3,.LC35@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE37:
	.size	t_mullhwu_,.-t_mullhwu_
	.section	.rodata
	.align 2
.LC36:
	.string	"mulchw."
	.section	".text"
	.align 2
	.type	t_mulchw_, @function
t_mulchw_:
.LFB38:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L256
.L261:
	li 9,0
	stw 9,12(31)
	b .L257
.L260:
	li 9,0
	stw 9,16(31)
	b .L258
.L259:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,16(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	lis 8,XIN@ha
	la 7,XIN@l(8)
	lwz 8,8(31)
	slwi 8,8,2
	add 8,7,8
	lwz 8,0(8)
	li 7,0
#APP
 # 93 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mulchw. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,20(31)
	stw 5,24(31)
	stw 6,28(31)
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L258:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L259
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L257:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L260
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L256:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L261
	lis 9,.LC36@ha
	la 3,.LC36@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE38:
	.size	t_mulchw_,.-t_mulchw_
	.section	.rodata
	.align 2
.LC37:
	.string	"addmeo."
	.section	".text"
	.align 2
	.type	t_addme, @function
t_addme:
.LFB39:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L263
.L266:
	li 9,0
	stw 9,12(31)
	b .L264
.L265:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	addmeo. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L264:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L265
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L263:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L266
	lis 9,.LC37@ha
	la 3,.LC37@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE39:
	.size	t_addme,.-t_addme
	.section	.rodata
	.align 2
.LC38:
	.string	"addzeo."
	.section	".text"
	.align 2
	.type	t_addze, @function
t_addze:
.LFB40:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L268
.L271:
	li 9,0
	stw 9,12(31)
	b .L269
.L270:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	addzeo. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L269:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L270
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L268:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L271
	lis 9,.LC38@ha
	la 3,.LC38@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE40:
	.size	t_addze,.-t_addze
	.section	.rodata
	.align 2
.LC39:
	.string	"subfmeo."
	.section	".text"
	.align 2
	.type	t_subfme, @function
t_subfme:
.LFB41:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L273
.L276:
	li 9,0
	stw 9,12(31)
	b .L274
.L275:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	subfmeo. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L274:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L275
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L273:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L276
	lis 9,.LC39@ha
	la 3,.LC39@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE41:
	.size	t_subfme,.-t_subfme
	.section	.rodata
	.align 2
.LC40:
	.string	"subfzeo."
	.section	".text"
	.align 2
	.type	t_subfze, @function
t_subfze:
.LFB42:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L278
.L281:
	li 9,0
	stw 9,12(31)
	b .L279
.L280:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 94 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	subfzeo. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L279:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L280
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L278:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L281
	lis 9,.LC40@ha
	la 3,.LC40@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE42:
	.size	t_subfze,.-t_subfze
	.section	.rodata
	.align 2
.LC41:
	.string	"addme"
	.section	".text"
	.align 2
	.type	t_addme2, @function
t_addme2:
.LFB43:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L283
.L286:
	li 9,0
	stw 9,12(31)
	b .L284
.L285:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	addme 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L284:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L285
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L283:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L286
	lis 9,.LC41@ha
	la 3,.LC41@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE43:
	.size	t_addme2,.-t_addme2
	.section	.rodata
	.align 2
.LC42:
	.string	"addze"
	.section	".text"
	.align 2
	.type	t_addze2, @function
t_addze2:
.LFB44:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L288
.L291:
	li 9,0
	stw 9,12(31)
	b .L289
.L290:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	addze 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L289:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L290
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L288:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L291
	lis 9,.LC42@ha
	la 3,.LC42@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE44:
	.size	t_addze2,.-t_addze2
	.section	.rodata
	.align 2
.LC43:
	.string	"subfme"
	.section	".text"
	.align 2
	.type	t_subfme2, @function
t_subfme2:
.LFB45:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L293
.L296:
	li 9,0
	stw 9,12(31)
	b .L294
.L295:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	subfme 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L294:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L295
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L293:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L296
	lis 9,.LC43@ha
	la 3,.LC43@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE45:
	.size	t_subfme2,.-t_subfme2
	.section	.rodata
	.align 2
.LC44:
	.string	"subfze"
	.section	".text"
	.align 2
	.type	t_subfze2, @function
t_subfze2:
.LFB46:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L298
.L301:
	li 9,0
	stw 9,12(31)
	b .L299
.L300:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 95 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	subfze 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L299:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L300
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L298:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L301
	lis 9,.LC44@ha
	la 3,.LC44@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE46:
	.size	t_subfze2,.-t_subfze2
	.section	.rodata
	.align 2
.LC45:
	.string	"nego."
	.section	".text"
	.align 2
	.type	t_neg, @function
t_neg:
.LFB47:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L303
.L306:
	li 9,0
	stw 9,12(31)
	b .L304
.L305:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	nego. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L304:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L305
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L303:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L306
	lis 9,.LC45@ha
	la 3,.LC45@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE47:
	.size	t_neg,.-t_neg
	.section	.rodata
	.align 2
.LC46:
	.string	"neg"
	.section	".text"
	.align 2
	.type	t_neg2, @function
t_neg2:
.LFB48:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L308
.L311:
	li 9,0
	stw 9,12(31)
	b .L309
.L310:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	neg 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L309:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L310
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L308:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L311
	lis 9,.LC46@ha
	la 3,.LC46@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE48:
	.size	t_neg2,.-t_neg2
	.section	.rodata
	.align 2
.LC47:
	.string	"extsb."
	.section	".text"
	.align 2
	.type	t_extsb, @function
t_extsb:
.LFB49:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L313
.L316:
	li 9,0
	stw 9,12(31)
	b .L314
.L315:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	extsb. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L314:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L315
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L313:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L316
	lis 9,.LC47@ha
	la 3,.LC47@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE49:
	.size	t_extsb,.-t_extsb
	.section	.rodata
	.align 2
.LC48:
	.string	"extsh."
	.section	".text"
	.align 2
	.type	t_extsh, @function
t_extsh:
.LFB50:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L318
.L321:
	li 9,0
	stw 9,12(31)
	b .L319
.L320:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	extsh. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L319:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L320
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L318:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L321
	lis 9,.LC48@ha
	la 3,.LC48@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE50:
	.size	t_extsh,.-t_extsh
	.section	.rodata
	.align 2
.LC49:
	.string	"cntlzw."
	.section	".text"
	.align 2
	.type	t_cntlzw, @function
t_cntlzw:
.LFB51:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L323
.L326:
	li 9,0
	stw 9,12(31)
	b .L324
.L325:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,XIN@ha
	la 8,XIN@l(10)
	lwz 10,8(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 96 "asmflags.c" 1
	mtcrf 255,8
	mtxer 10
	cntlzw. 5,9
	mfxer 6
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L324:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L325
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L323:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L326
	lis 9,.LC49@ha
	la 3,.LC49@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE51:
	.size	t_cntlzw,.-t_cntlzw
	.section	.rodata
	.align 2
.LC50:
	.string	"addic -1"
	.section	".text"
	.align 2
	.type	t_addic, @function
t_addic:
.LFB52:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L328
.L331:
	li 9,0
	stw 9,12(31)
	b .L329
.L330:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addic 9,10,-1
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L329:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L330
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L328:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L331
	lis 9,.LC50@ha
	la 3,.LC50@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE52:
	.size	t_addic,.-t_addic
	.section	.rodata
	.align 2
.LC51:
	.string	"addic. 32767"
	.section	".text"
	.align 2
	.type	t_addic_, @function
t_addic_:
.LFB53:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L333
.L336:
	li 9,0
	stw 9,12(31)
	b .L334
.L335:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	addic. 9,10,32767
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L334:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L335
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L333:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L336
	lis 9,.LC51@ha
	la 3,.LC51@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE53:
	.size	t_addic_,.-t_addic_
	.section	.rodata
	.align 2
.LC52:
	.string	"subfic -5"
	.section	".text"
	.align 2
	.type	t_subfic, @function
t_subfic:
.LFB54:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L338
.L341:
	li 9,0
	stw 9,12(31)
	b .L339
.L340:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfic 9,10,-5
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L339:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L340
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L338:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L341
	lis 9,.LC52@ha
	la 3,.LC52@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE54:
	.size	t_subfic,.-t_subfic
	.section	.rodata
	.align 2
.LC53:
	.string	"subfic 0"
	.section	".text"
	.align 2
	.type	t_subfic0, @function
t_subfic0:
.LFB55:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L343
.L346:
	li 9,0
	stw 9,12(31)
	b .L344
.L345:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 97 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	subfic 9,10,0
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L344:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L345
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L343:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L346
	lis 9,.LC53@ha
	la 3,.LC53@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE55:
	.size	t_subfic0,.-t_subfic0
	.section	.rodata
	.align 2
.LC54:
	.string	"srawi 0"
	.section	".text"
	.align 2
	.type	t_srawi0, @function
t_srawi0:
.LFB56:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L348
.L351:
	li 9,0
	stw 9,12(31)
	b .L349
.L350:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	srawi 9,10,0
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L349:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L350
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L348:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L351
	lis 9,.LC54@ha
	la 3,.LC54@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE56:
	.size	t_srawi0,.-t_srawi0
	.section	.rodata
	.align 2
.LC55:
	.string	"srawi. 1"
	.section	".text"
	.align 2
	.type	t_srawi1, @function
t_srawi1:
.LFB57:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L353
.L356:
	li 9,0
	stw 9,12(31)
	b .L354
.L355:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	srawi. 9,10,1
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L354:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L355
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L353:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L356
	lis 9,.LC55@ha
	la 3,.LC55@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE57:
	.size	t_srawi1,.-t_srawi1
	.section	.rodata
	.align 2
.LC56:
	.string	"srawi. 31"
	.section	".text"
	.align 2
	.type	t_srawi31, @function
t_srawi31:
.LFB58:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L358
.L361:
	li 9,0
	stw 9,12(31)
	b .L359
.L360:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 98 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	srawi. 9,10,31
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L359:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L360
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L358:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L361
	lis 9,.LC56@ha
	la 3,.LC56@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE58:
	.size	t_srawi31,.-t_srawi31
	.section	.rodata
	.align 2
.LC57:
	.string	"andi. 0x8001"
	.section	".text"
	.align 2
	.type	t_andi, @function
t_andi:
.LFB59:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L363
.L366:
	li 9,0
	stw 9,12(31)
	b .L364
.L365:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	andi. 9,10,0x8001
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L364:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L365
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L363:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L366
	lis 9,.LC57@ha
	la 3,.LC57@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE59:
	.size	t_andi,.-t_andi
	.section	.rodata
	.align 2
.LC58:
	.string	"andis. 0x8001"
	.section	".text"
	.align 2
	.type	t_andis, @function
t_andis:
.LFB60:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L368
.L371:
	li 9,0
	stw 9,12(31)
	b .L369
.L370:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	andis. 9,10,0x8001
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L369:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L370
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L368:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L371
	lis 9,.LC58@ha
	la 3,.LC58@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE60:
	.size	t_andis,.-t_andis
	.section	.rodata
	.align 2
.LC59:
	.string	"mulli -300"
	.section	".text"
	.align 2
	.type	t_mulli, @function
t_mulli:
.LFB61:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L373
.L376:
	li 9,0
	stw 9,12(31)
	b .L374
.L375:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 99 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	mulli 9,10,-300
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L374:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L375
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L373:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L376
	lis 9,.LC59@ha
	la 3,.LC59@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE61:
	.size	t_mulli,.-t_mulli
	.section	.rodata
	.align 2
.LC60:
	.string	"rlwinm. 5,27,3"
	.section	".text"
	.align 2
	.type	t_rlwinm, @function
t_rlwinm:
.LFB62:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L378
.L381:
	li 9,0
	stw 9,12(31)
	b .L379
.L380:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	rlwinm. 9,10,5,27,3
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L379:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L380
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L378:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L381
	lis 9,.LC60@ha
	la 3,.LC60@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE62:
	.size	t_rlwinm,.-t_rlwinm
	.section	.rodata
	.align 2
.LC61:
	.string	"rlwinm. 0,31,31"
	.section	".text"
	.align 2
	.type	t_rlwinm2, @function
t_rlwinm2:
.LFB63:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L383
.L386:
	li 9,0
	stw 9,12(31)
	b .L384
.L385:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	rlwinm. 9,10,0,31,31
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L384:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L385
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L383:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L386
	lis 9,.LC61@ha
	la 3,.LC61@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE63:
	.size	t_rlwinm2,.-t_rlwinm2
	.section	.rodata
	.align 2
.LC62:
	.string	"rlwimi. 12,4,19"
	.section	".text"
	.align 2
	.type	t_rlwimi, @function
t_rlwimi:
.LFB64:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L388
.L391:
	li 9,0
	stw 9,12(31)
	b .L389
.L390:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 100 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	rlwimi. 9,10,12,4,19
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L389:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L390
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L388:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L391
	lis 9,.LC62@ha
	la 3,.LC62@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE64:
	.size	t_rlwimi,.-t_rlwimi
	.section	.rodata
	.align 2
.LC63:
	.string	"rlwimi 31,30,1"
	.section	".text"
	.align 2
	.type	t_rlwimi2, @function
t_rlwimi2:
.LFB65:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L393
.L396:
	li 9,0
	stw 9,12(31)
	b .L394
.L395:
	lis 9,0x5a5a
	ori 9,9,0x5a5a
	stw 9,16(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,XIN@ha
	la 8,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	li 7,0
	lwz 9,16(31)
#APP
 # 101 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	rlwimi 9,10,31,30,1
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 9,16(31)
	stw 5,20(31)
	stw 6,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L394:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L395
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L393:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L396
	lis 9,.LC63@ha
	la 3,.LC63@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE65:
	.size	t_rlwimi2,.-t_rlwimi2
	.section	.rodata
	.align 2
	.type	ACC, @object
	.size	ACC, 16
ACC:
	.long	0
	.long	1
	.long	-65536
	.long	-1
	.align 2
.LC64:
	.string	"machhwsu"
	.section	".text"
	.align 2
	.type	t_machhwsu, @function
t_machhwsu:
.LFB66:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L398
.L405:
	li 9,0
	stw 9,12(31)
	b .L399
.L404:
	li 9,0
	stw 9,16(31)
	b .L400
.L403:
	li 9,0
	stw 9,20(31)
	b .L401
.L402:
	lis 9,ACC@ha
	la 10,ACC@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,24(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
	lwz 9,24(31)
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	machhwsu 9,10,8
	mfxer 4
	mfcr 5
 # 0 "" 2
#NO_APP
	stw 9,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 3,32(31)
	bl mix
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L401:
	lwz 9,20(31)
	cmplwi 0,9,11
	ble 0,.L402
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L400:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L403
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L399:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L404
	lwz 9,8(31)
	addi 9,9,2
	stw 9,8(31)
.L398:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L405
	lis 9,.LC64@ha
	la 3,.LC64@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE66:
	.size	t_machhwsu,.-t_machhwsu
	.section	.rodata
	.align 2
.LC65:
	.string	"macchwsuo."
	.section	".text"
	.align 2
	.type	t_macchwsuo_, @function
t_macchwsuo_:
.LFB67:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L407
.L414:
	li 9,0
	stw 9,12(31)
	b .L408
.L413:
	li 9,0
	stw 9,16(31)
	b .L409
.L412:
	li 9,0
	stw 9,20(31)
	b .L410
.L411:
	lis 9,ACC@ha
	la 10,ACC@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,24(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
	lwz 9,24(31)
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	macchwsuo. 9,10,8
	mfxer 4
	mfcr 5
 # 0 "" 2
#NO_APP
	stw 9,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 3,32(31)
	bl mix
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L410:
	lwz 9,20(31)
	cmplwi 0,9,11
	ble 0,.L411
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L409:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L412
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L408:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L413
	lwz 9,8(31)
	addi 9,9,2
	stw 9,8(31)
.L407:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L414
	lis 9,.LC65@ha
	la 3,.LC65@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE67:
	.size	t_macchwsuo_,.-t_macchwsuo_
	.section	.rodata
	.align 2
.LC66:
	.string	"maclhwsu"
	.section	".text"
	.align 2
	.type	t_maclhwsu, @function
t_maclhwsu:
.LFB68:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L416
.L423:
	li 9,0
	stw 9,12(31)
	b .L417
.L422:
	li 9,0
	stw 9,16(31)
	b .L418
.L421:
	li 9,0
	stw 9,20(31)
	b .L419
.L420:
	lis 9,ACC@ha
	la 10,ACC@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,24(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
	lwz 9,24(31)
#APP
 # 125 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	maclhwsu 9,10,8
	mfxer 4
	mfcr 5
 # 0 "" 2
#NO_APP
	stw 9,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 3,32(31)
	bl mix
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L419:
	lwz 9,20(31)
	cmplwi 0,9,11
	ble 0,.L420
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L418:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L421
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L417:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L422
	lwz 9,8(31)
	addi 9,9,2
	stw 9,8(31)
.L416:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L423
	lis 9,.LC66@ha
	la 3,.LC66@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE68:
	.size	t_maclhwsu,.-t_maclhwsu
	.section	.rodata
	.align 2
.LC67:
	.string	"machhwuo."
	.section	".text"
	.align 2
	.type	t_machhwuo_, @function
t_machhwuo_:
.LFB69:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L425
.L432:
	li 9,0
	stw 9,12(31)
	b .L426
.L431:
	li 9,0
	stw 9,16(31)
	b .L427
.L430:
	li 9,0
	stw 9,20(31)
	b .L428
.L429:
	lis 9,ACC@ha
	la 10,ACC@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,24(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
	lwz 9,24(31)
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	machhwuo. 9,10,8
	mfxer 4
	mfcr 5
 # 0 "" 2
#NO_APP
	stw 9,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 3,32(31)
	bl mix
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L428:
	lwz 9,20(31)
	cmplwi 0,9,11
	ble 0,.L429
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L427:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L430
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L426:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L431
	lwz 9,8(31)
	addi 9,9,2
	stw 9,8(31)
.L425:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L432
	lis 9,.LC67@ha
	la 3,.LC67@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE69:
	.size	t_machhwuo_,.-t_machhwuo_
	.section	.rodata
	.align 2
.LC68:
	.string	"maclhwuo"
	.section	".text"
	.align 2
	.type	t_maclhwuo, @function
t_maclhwuo:
.LFB70:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L434
.L441:
	li 9,0
	stw 9,12(31)
	b .L435
.L440:
	li 9,0
	stw 9,16(31)
	b .L436
.L439:
	li 9,0
	stw 9,20(31)
	b .L437
.L438:
	lis 9,ACC@ha
	la 10,ACC@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	stw 9,24(31)
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,20(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
	lwz 9,24(31)
#APP
 # 126 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	maclhwuo 9,10,8
	mfxer 4
	mfcr 5
 # 0 "" 2
#NO_APP
	stw 9,24(31)
	stw 4,28(31)
	stw 5,32(31)
	lwz 3,24(31)
	bl mix
	lwz 3,28(31)
	bl mix
	lwz 3,32(31)
	bl mix
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L437:
	lwz 9,20(31)
	cmplwi 0,9,11
	ble 0,.L438
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L436:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L439
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L435:
	lwz 9,12(31)
	cmplwi 0,9,3
	ble 0,.L440
	lwz 9,8(31)
	addi 9,9,2
	stw 9,8(31)
.L434:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L441
	lis 9,.LC68@ha
	la 3,.LC68@l(9)
	bl report
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE70:
	.size	t_maclhwuo,.-t_maclhwuo
	.section	.rodata
	.align 2
.LC69:
	.string	"rlwnm"
	.section	".text"
	.align 2
	.type	t_rlwnm, @function
t_rlwnm:
.LFB71:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	stw 31,44(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L443
.L446:
	li 9,0
	stw 9,12(31)
	b .L444
.L445:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,12(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	li 8,0
#APP
 # 133 "asmflags.c" 1
	mtcrf 255,8
	rlwnm. 5,9,10,8,23
	rlwnm 6,9,10,28,3
	mfcr 7
 # 0 "" 2
#NO_APP
	stw 5,16(31)
	stw 6,20(31)
	stw 7,24(31)
	lwz 3,16(31)
	bl mix
	lwz 3,20(31)
	bl mix
	lwz 3,24(31)
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L444:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L445
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L443:
	lwz 9,8(31)
	cmplwi 0,9,11
	ble 0,.L446
	lis 9,.LC69@ha
	la 3,.LC69@l(9)
	bl report
	nop
	addi 11,31,48
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE71:
	.size	t_rlwnm,.-t_rlwnm
	.section	.rodata
	.align 2
.LC70:
	.string	"cr "
	.align 2
.LC71:
	.string	" -> "
	.align 2
.LC72:
	.string	"crlogic"
	.section	".text"
	.align 2
	.type	t_crlogic, @function
t_crlogic:
.LFB72:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	mflr 0
	stw 0,68(1)
	mfcr 12
	stw 31,60(1)
	stw 12,56(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.cfi_offset 70, -8
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L448
.L451:
	lis 9,crs.3@ha
	la 10,crs.3@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
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
	stw 11,16(31)
	stw 3,20(31)
	stw 4,24(31)
	stw 5,28(31)
	stw 6,32(31)
	stw 7,36(31)
	stw 8,40(31)
	stw 10,44(31)
	li 9,0
	stw 9,12(31)
	b .L449
.L450:
	lwz 9,12(31)
	slwi 9,9,2
	addi 10,31,8
	add 9,10,9
	addi 9,9,8
	lwz 9,0(9)
	mr 3,9
	bl mix
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L449:
	lwz 9,12(31)
	cmpwi 0,9,7
	ble 0,.L450
	lis 9,.LC70@ha
	la 3,.LC70@l(9)
	bl print_str
	lis 9,crs.3@ha
	la 10,crs.3@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	mr 3,9
	bl print_hex
	lis 9,.LC71@ha
	la 3,.LC71@l(9)
	bl print_str
	lwz 9,44(31)
	mr 3,9
	bl print_hex
	bl print_nl
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L448:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L451
	lis 9,.LC72@ha
	la 3,.LC72@l(9)
	bl report
	nop
	addi 11,31,64
	lwz 0,4(11)
	lwz 12,-8(11)
	.cfi_register 70, 12
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mtcrf 32,12
	mtcrf 16,12
	mtcrf 8,12
	.cfi_restore 70
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE72:
	.size	t_crlogic,.-t_crlogic
	.section	.rodata
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
	.section	".text"
	.align 2
	.type	t_crmove, @function
t_crmove:
.LFB73:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	mflr 0
	stw 0,52(1)
	mfcr 12
	stw 31,44(1)
	stw 12,40(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.cfi_offset 70, -8
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L453
.L456:
	lis 9,crs.2@ha
	la 10,crs.2@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lwz 9,8(31)
	cmpwi 0,9,0
	beq 0,.L454
	lis 9,0xe000
	b .L455
.L454:
	lis 9,0x4000
.L455:
	lis 8,0xa5a5
	ori 8,8,0xa5a5
#APP
 # 179 "asmflags.c" 1
	mtcrf 255,10
	mcrf 0,7
	mcrf 5,2
	mfcr 3
	mtcrf 0x81,8
	mfcr 4
	mtcrf 0x24,8
	mfcr 5
	mtxer 9
	mcrxr 3
	mfcr 6
	mfxer 7
 # 0 "" 2
#NO_APP
	stw 3,12(31)
	stw 4,16(31)
	stw 5,20(31)
	stw 6,24(31)
	stw 7,28(31)
	lwz 4,12(31)
	lis 9,.LC73@ha
	la 3,.LC73@l(9)
	bl show_hex
	lwz 4,16(31)
	lis 9,.LC74@ha
	la 3,.LC74@l(9)
	bl show_hex
	lwz 4,20(31)
	lis 9,.LC75@ha
	la 3,.LC75@l(9)
	bl show_hex
	lwz 4,24(31)
	lis 9,.LC76@ha
	la 3,.LC76@l(9)
	bl show_hex
	lwz 4,28(31)
	lis 9,.LC77@ha
	la 3,.LC77@l(9)
	bl show_hex
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L453:
	lwz 9,8(31)
	cmplwi 0,9,1
	ble 0,.L456
	nop
	nop
	addi 11,31,48
	lwz 0,4(11)
	lwz 12,-8(11)
	.cfi_register 70, 12
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mtcrf 32,12
	mtcrf 16,12
	mtcrf 8,12
	.cfi_restore 70
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE73:
	.size	t_crmove,.-t_crmove
	.section	.rodata
	.align 2
.LC78:
	.string	"compare"
	.section	".text"
	.align 2
	.type	t_compare, @function
t_compare:
.LFB74:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	mfcr 12
	stw 31,28(1)
	stw 12,24(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	.cfi_offset 70, -8
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L458
.L463:
	li 9,0
	stw 9,12(31)
	b .L459
.L462:
	li 9,0
	stw 9,16(31)
	b .L460
.L461:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,12(31)
	slwi 9,9,2
	add 9,10,9
	lwz 10,0(9)
	lis 9,V@ha
	la 8,V@l(9)
	lwz 9,16(31)
	slwi 9,9,2
	add 9,8,9
	lwz 8,0(9)
	lis 9,XIN@ha
	la 7,XIN@l(9)
	lwz 9,8(31)
	slwi 9,9,2
	add 9,7,9
	lwz 7,0(9)
	li 6,0
#APP
 # 203 "asmflags.c" 1
	mtcrf 255,6
	mtxer 7
	cmpw 1,10,8
	cmplw 6,10,8
	cmpwi 3,10,-2
	cmplwi 4,8,0x8000
	mfcr 9
 # 0 "" 2
#NO_APP
	stw 9,20(31)
	lwz 3,20(31)
	bl mix
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L460:
	lwz 9,16(31)
	cmplwi 0,9,11
	ble 0,.L461
	lwz 9,12(31)
	addi 9,9,1
	stw 9,12(31)
.L459:
	lwz 9,12(31)
	cmplwi 0,9,11
	ble 0,.L462
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L458:
	lwz 9,8(31)
	cmplwi 0,9,3
	ble 0,.L463
	lis 9,.LC78@ha
	la 3,.LC78@l(9)
	bl report
	nop
	addi 11,31,32
	lwz 0,4(11)
	lwz 12,-8(11)
	.cfi_register 70, 12
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mtcrf 16,12
	mtcrf 8,12
	.cfi_restore 70
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE74:
	.size	t_compare,.-t_compare
	.section	.rodata
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
	.section	".text"
	.align 2
	.type	t_memory, @function
t_memory:
.LFB75:
	.cfi_startproc
	stwu 1,-176(1)
	.cfi_def_cfa_offset 176
	mflr 0
	stw 0,180(1)
	stw 25,148(1)
	stw 26,152(1)
	stw 27,156(1)
	stw 28,160(1)
	stw 29,164(1)
	stw 30,168(1)
	stw 31,172(1)
	.cfi_offset 65, 4
	.cfi_offset 25, -28
	.cfi_offset 26, -24
	.cfi_offset 27, -20
	.cfi_offset 28, -16
	.cfi_offset 29, -12
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L465
.L466:
	lwz 9,8(31)
	mulli 9,9,37
	addi 9,9,11
	mr 8,9
	lis 9,buf.1@ha
	la 10,buf.1@l(9)
	lwz 9,8(31)
	stbx 8,10,9
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L465:
	lwz 9,8(31)
	cmpwi 0,9,63
	ble 0,.L466
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	li 10,6
	li 8,3
	li 7,9
#APP
 # 218 "asmflags.c" 1
	lwbrx 3,0,9
	lhbrx 4,9,10
	lwzx 5,9,8
	lhzx 6,9,7
 # 0 "" 2
#NO_APP
	stw 3,44(31)
	stw 4,48(31)
	stw 5,52(31)
	stw 6,56(31)
	lwz 4,44(31)
	lis 9,.LC79@ha
	la 3,.LC79@l(9)
	bl show_hex
	lwz 4,48(31)
	lis 9,.LC80@ha
	la 3,.LC80@l(9)
	bl show_hex
	lwz 4,52(31)
	lis 9,.LC81@ha
	la 3,.LC81@l(9)
	bl show_hex
	lwz 4,56(31)
	lis 9,.LC82@ha
	la 3,.LC82@l(9)
	bl show_hex
	lis 9,0x1122
	ori 9,9,0x3344
	lis 10,0xa1b2
	ori 10,10,0xc3d4
	lis 8,buf.1@ha
	la 8,buf.1@l(8)
	li 7,4
	li 6,13
	li 5,19
#APP
 # 226 "asmflags.c" 1
	stwbrx 9,0,8
	sthbrx 9,8,7
	stwx 10,8,6
	sthx 10,8,5
 # 0 "" 2
#NO_APP
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,16(31)
	b .L467
.L468:
	lwz 9,12(31)
	mulli 10,9,31
	lis 9,buf.1@ha
	la 8,buf.1@l(9)
	lwz 9,16(31)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,12(31)
	lwz 9,16(31)
	addi 9,9,1
	stw 9,16(31)
.L467:
	lwz 9,16(31)
	cmpwi 0,9,23
	ble 0,.L468
	lwz 4,12(31)
	lis 9,.LC83@ha
	la 3,.LC83@l(9)
	bl show_hex
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	li 10,5
#APP
 # 235 "asmflags.c" 1
	lhax 9,9,10
 # 0 "" 2
#NO_APP
	stw 9,60(31)
	lwz 4,60(31)
	lis 9,.LC84@ha
	la 3,.LC84@l(9)
	bl show_hex
	li 9,0
	stw 9,104(31)
	li 9,0
	stw 9,108(31)
	li 9,0
	stw 9,112(31)
	li 9,0
	stw 9,116(31)
	li 9,0
	stw 9,120(31)
	li 9,0
	stw 9,124(31)
	li 9,0
	stw 9,128(31)
	li 9,0
	stw 9,132(31)
	addi 9,31,104
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
	mr 9,10
	mr 4,9
	lis 9,.LC85@ha
	la 3,.LC85@l(9)
	bl show_hex
	lwz 9,112(31)
	mr 4,9
	lis 9,.LC86@ha
	la 3,.LC86@l(9)
	bl show_hex
	addi 9,31,104
	addi 9,9,2
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
	mr 9,10
	mr 4,9
	lis 9,.LC87@ha
	la 3,.LC87@l(9)
	bl show_hex
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,20(31)
	b .L469
.L470:
	lwz 9,12(31)
	mulli 10,9,31
	lwz 9,20(31)
	addi 8,31,104
	add 9,8,9
	lbz 9,0(9)
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,12(31)
	lwz 9,20(31)
	addi 9,9,1
	stw 9,20(31)
.L469:
	lwz 9,20(31)
	cmpwi 0,9,23
	ble 0,.L470
	lwz 4,12(31)
	lis 9,.LC88@ha
	la 3,.LC88@l(9)
	bl show_hex
	lis 9,buf.1+33@ha
	la 9,buf.1+33@l(9)
	stw 9,64(31)
	li 10,1
	li 8,5
	li 7,12
	lwz 9,64(31)
#APP
 # 280 "asmflags.c" 1
	lwbrx 3,0,9
	lhbrx 4,9,10
	stwbrx 3,9,8
	sthbrx 4,9,7
	lwzu 5,3(9)
	lhau 6,-7(9)
 # 0 "" 2
#NO_APP
	stw 3,68(31)
	stw 4,72(31)
	stw 5,76(31)
	stw 6,80(31)
	stw 9,64(31)
	lwz 4,68(31)
	lis 9,.LC89@ha
	la 3,.LC89@l(9)
	bl show_hex
	lwz 4,72(31)
	lis 9,.LC90@ha
	la 3,.LC90@l(9)
	bl show_hex
	lwz 4,76(31)
	lis 9,.LC91@ha
	la 3,.LC91@l(9)
	bl show_hex
	lwz 4,80(31)
	lis 9,.LC92@ha
	la 3,.LC92@l(9)
	bl show_hex
	lwz 10,64(31)
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	subf 9,9,10
	mr 4,9
	lis 9,.LC93@ha
	la 3,.LC93@l(9)
	bl show_int
	li 9,0
	stw 9,12(31)
	li 9,32
	stw 9,24(31)
	b .L471
.L472:
	lwz 9,12(31)
	mulli 10,9,31
	lis 9,buf.1@ha
	la 8,buf.1@l(9)
	lwz 9,24(31)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,12(31)
	lwz 9,24(31)
	addi 9,9,1
	stw 9,24(31)
.L471:
	lwz 9,24(31)
	cmpwi 0,9,63
	ble 0,.L472
	lwz 4,12(31)
	lis 9,.LC94@ha
	la 3,.LC94@l(9)
	bl show_hex
	lis 9,buf.1+8@ha
	la 9,buf.1+8@l(9)
	stw 9,84(31)
	li 10,4
	li 8,-3
	li 7,6
	lwz 9,84(31)
#APP
 # 297 "asmflags.c" 1
	lwzux 3,9,10
	lbzux 4,9,8
	lhzux 5,9,7
	lhaux 6,9,8
	stwux 3,9,10
	stbux 4,9,7
	sthux 6,9,8
 # 0 "" 2
#NO_APP
	stw 3,88(31)
	stw 4,92(31)
	stw 5,96(31)
	stw 6,100(31)
	stw 9,84(31)
	lwz 4,88(31)
	lis 9,.LC95@ha
	la 3,.LC95@l(9)
	bl show_hex
	lwz 4,92(31)
	lis 9,.LC96@ha
	la 3,.LC96@l(9)
	bl show_hex
	lwz 4,96(31)
	lis 9,.LC97@ha
	la 3,.LC97@l(9)
	bl show_hex
	lwz 4,100(31)
	lis 9,.LC98@ha
	la 3,.LC98@l(9)
	bl show_hex
	lwz 10,84(31)
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	subf 9,9,10
	mr 4,9
	lis 9,.LC99@ha
	la 3,.LC99@l(9)
	bl show_int
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,28(31)
	b .L473
.L474:
	lwz 9,12(31)
	mulli 10,9,31
	lis 9,buf.1@ha
	la 8,buf.1@l(9)
	lwz 9,28(31)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,12(31)
	lwz 9,28(31)
	addi 9,9,1
	stw 9,28(31)
.L473:
	lwz 9,28(31)
	cmpwi 0,9,31
	ble 0,.L474
	lwz 4,12(31)
	lis 9,.LC100@ha
	la 3,.LC100@l(9)
	bl show_hex
	li 9,0
	stw 9,32(31)
	li 9,0
	stw 9,36(31)
	b .L475
.L476:
	lis 9,V@ha
	la 10,V@l(9)
	lwz 9,36(31)
	slwi 9,9,2
	add 9,10,9
	lwz 9,0(9)
	lis 10,V@ha
	la 8,V@l(10)
	lwz 10,36(31)
	slwi 10,10,2
	add 10,8,10
	lwz 10,0(10)
	xori 10,10,0x1
#APP
 # 316 "asmflags.c" 1
	twi 4,9,0x1234
	tw 4,9,10
	twi 1,9,-1
	twi 2,9,0
	tw 24,9,9
 # 0 "" 2
#NO_APP
	lwz 9,32(31)
	addi 9,9,1
	stw 9,32(31)
	lwz 9,36(31)
	addi 9,9,1
	stw 9,36(31)
.L475:
	lwz 9,36(31)
	cmplwi 0,9,11
	ble 0,.L476
	lwz 4,32(31)
	lis 9,.LC101@ha
	la 3,.LC101@l(9)
	bl show_int
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	li 10,37
#APP
 # 323 "asmflags.c" 1
	dcbz 9,10
 # 0 "" 2
#NO_APP
	li 9,0
	stw 9,12(31)
	li 9,0
	stw 9,40(31)
	b .L477
.L478:
	lwz 9,12(31)
	mulli 10,9,31
	lis 9,buf.1@ha
	la 8,buf.1@l(9)
	lwz 9,40(31)
	lbzx 9,8,9
	rlwinm 9,9,0,0xff
	add 9,10,9
	stw 9,12(31)
	lwz 9,40(31)
	addi 9,9,1
	stw 9,40(31)
.L477:
	lwz 9,40(31)
	cmpwi 0,9,63
	ble 0,.L478
	lwz 4,12(31)
	lis 9,.LC102@ha
	la 3,.LC102@l(9)
	bl show_hex
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	lbz 9,32(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L479
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	lbz 9,63(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	bne 0,.L479
	lis 9,buf.1@ha
	la 9,buf.1@l(9)
	lbz 9,31(9)
	rlwinm 9,9,0,0xff
	cmpwi 0,9,0
	beq 0,.L479
	li 9,1
	b .L480
.L479:
	li 9,0
.L480:
	mr 4,9
	lis 9,.LC103@ha
	la 3,.LC103@l(9)
	bl show_int
	nop
	addi 11,31,176
	lwz 0,4(11)
	mtlr 0
	lwz 25,-28(11)
	lwz 26,-24(11)
	lwz 27,-20(11)
	lwz 28,-16(11)
	lwz 29,-12(11)
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_restore 29
	.cfi_restore 28
	.cfi_restore 27
	.cfi_restore 26
	.cfi_restore 25
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE75:
	.size	t_memory,.-t_memory
	.section	.rodata
	.align 2
.LC104:
	.string	"dlmzb "
	.section	".text"
	.align 2
	.type	t_dlmzb, @function
t_dlmzb:
.LFB76:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	li 9,0
	stw 9,8(31)
	b .L482
.L483:
	lis 9,pairs.0@ha
	la 10,pairs.0@l(9)
	lwz 9,8(31)
	slwi 9,9,3
	add 9,10,9
	lwz 9,0(9)
	lis 10,pairs.0@ha
	la 8,pairs.0@l(10)
	lwz 10,8(31)
	slwi 10,10,3
	add 10,8,10
	addi 10,10,4
	lwz 10,0(10)
	lwz 8,8(31)
	slwi 8,8,31
	li 7,0
#APP
 # 339 "asmflags.c" 1
	mtcrf 255,7
	mtxer 8
	dlmzb. 4,9,10
	mfxer 5
	mfcr 6
 # 0 "" 2
#NO_APP
	stw 4,12(31)
	stw 5,16(31)
	stw 6,20(31)
	lis 9,.LC104@ha
	la 3,.LC104@l(9)
	bl print_str
	lwz 3,12(31)
	bl print_uint
	li 3,32
	bl print_char
	lwz 3,16(31)
	bl print_hex
	li 3,32
	bl print_char
	lwz 3,20(31)
	bl print_hex
	bl print_nl
	lwz 9,8(31)
	addi 9,9,1
	stw 9,8(31)
.L482:
	lwz 9,8(31)
	cmplwi 0,9,5
	ble 0,.L483
	nop
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE76:
	.size	t_dlmzb,.-t_dlmzb
	.align 2
	.type	raw_syscall, @function
raw_syscall:
.LFB77:
	.cfi_startproc
	stwu 1,-64(1)
	.cfi_def_cfa_offset 64
	stw 30,56(1)
	stw 31,60(1)
	.cfi_offset 30, -8
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	stw 3,24(31)
	stw 4,28(31)
	stw 5,32(31)
	stw 6,36(31)
	stw 7,40(31)
	lwz 0,24(31)
	lwz 3,28(31)
	lwz 4,32(31)
	lwz 5,36(31)
#APP
 # 360 "asmflags.c" 1
	sc
	mfcr 30
 # 0 "" 2
#NO_APP
	stw 30,8(31)
	lwz 9,8(31)
	srwi 10,9,28
	lwz 9,40(31)
	stw 10,0(9)
	mr 9,3
	mr 3,9
	addi 11,31,64
	lwz 30,-8(11)
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE77:
	.size	raw_syscall,.-raw_syscall
	.section	.rodata
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
	.section	".text"
	.align 2
	.type	t_syscalls, @function
t_syscalls:
.LFB78:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	stw 0,36(1)
	stw 31,28(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,.LC105@ha
	la 9,.LC105@l(9)
	addi 10,31,12
	mr 7,10
	li 6,7
	mr 5,9
	li 4,1
	li 3,4
	bl raw_syscall
	stw 3,8(31)
	lis 9,.LC106@ha
	la 3,.LC106@l(9)
	bl print_str
	lwz 3,8(31)
	bl print_int
	li 3,32
	bl print_char
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	mr 3,9
	bl print_uint
	bl print_nl
	lis 9,.LC107@ha
	la 9,.LC107@l(9)
	addi 10,31,12
	mr 7,10
	li 6,0
	mr 5,9
	li 4,1
	li 3,4
	bl raw_syscall
	stw 3,8(31)
	lis 9,.LC108@ha
	la 3,.LC108@l(9)
	bl print_str
	lwz 3,8(31)
	bl print_int
	li 3,32
	bl print_char
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	mr 3,9
	bl print_uint
	bl print_nl
	lis 9,.LC109@ha
	la 9,.LC109@l(9)
	addi 10,31,12
	mr 7,10
	li 6,1
	mr 5,9
	li 4,77
	li 3,4
	bl raw_syscall
	stw 3,8(31)
	lis 9,.LC110@ha
	la 3,.LC110@l(9)
	bl print_str
	lwz 3,8(31)
	bl print_int
	li 3,32
	bl print_char
	lwz 9,12(31)
	rlwinm 9,9,0,31,31
	mr 3,9
	bl print_uint
	bl print_nl
	nop
	addi 11,31,32
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE78:
	.size	t_syscalls,.-t_syscalls
	.align 2
	.globl main
	.type	main, @function
main:
.LFB79:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 0,20(1)
	stw 31,12(1)
	.cfi_offset 65, 4
	.cfi_offset 31, -4
	mr 31,1
	.cfi_def_cfa_register 31
	lis 9,hash@ha
	lis 10,0x811c
	ori 10,10,0x9dc5
	stw 10,hash@l(9)
	bl t_add
	bl t_addo
	bl t_add_
	bl t_addo_
	bl t_addc
	bl t_addco_
	bl t_adde
	bl t_addeo_
	bl t_subf
	bl t_subfo_
	bl t_subfc
	bl t_subfco_
	bl t_subfe
	bl t_subfeo_
	bl t_mullw
	bl t_mullwo_
	bl t_mulhw_
	bl t_mulhwu_
	bl t_divw
	bl t_divwu
	bl t_divw2
	bl t_divwu2
	bl t_and_
	bl t_andc_
	bl t_or_
	bl t_orc_
	bl t_xor_
	bl t_nand_
	bl t_nor_
	bl t_eqv_
	bl t_slw_
	bl t_srw_
	bl t_sraw
	bl t_sraw_
	bl t_mulhhw_
	bl t_mullhwu_
	bl t_mulchw_
	bl t_addme
	bl t_addze
	bl t_subfme
	bl t_subfze
	bl t_addme2
	bl t_addze2
	bl t_subfme2
	bl t_subfze2
	bl t_neg
	bl t_neg2
	bl t_extsb
	bl t_extsh
	bl t_cntlzw
	bl t_addic
	bl t_addic_
	bl t_subfic
	bl t_subfic0
	bl t_srawi0
	bl t_srawi1
	bl t_srawi31
	bl t_andi
	bl t_andis
	bl t_mulli
	bl t_rlwinm
	bl t_rlwinm2
	bl t_rlwimi
	bl t_rlwimi2
	bl t_rlwnm
	bl t_machhwsu
	bl t_macchwsuo_
	bl t_maclhwsu
	bl t_machhwuo_
	bl t_maclhwuo
	bl t_crlogic
	bl t_crmove
	bl t_compare
	bl t_memory
	bl t_dlmzb
	bl t_syscalls
	li 9,77
	mr 3,9
	addi 11,31,16
	lwz 0,4(11)
	mtlr 0
	lwz 31,-4(11)
	.cfi_def_cfa 11, 0
	mr 1,11
	.cfi_restore 31
	.cfi_def_cfa_register 1
	blr
	.cfi_endproc
.LFE79:
	.size	main,.-main
	.section	.rodata
	.align 2
	.type	crs.3, @object
	.size	crs.3, 16
crs.3:
	.long	0
	.long	-1
	.long	-1975755007
	.long	305441741
	.align 2
	.type	crs.2, @object
	.size	crs.2, 8
crs.2:
	.long	324508639
	.long	-38177487
	.lcomm	buf.1,64,32
	.type	buf.1, @object
	.align 2
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
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
