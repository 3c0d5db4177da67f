	.file	"rt.c"
	.machine "440"
	.section	".text"
	.align 2
	.globl write
	.type	write, @function
write:
.LFB0:
	.cfi_startproc
	li 0,4
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	blr
	.cfi_endproc
.LFE0:
	.size	write,.-write
	.align 2
	.globl exit
	.type	exit, @function
exit:
.LFB1:
	.cfi_startproc
	li 0,1
#APP
 # 23 "rt.c" 1
	sc
 # 0 "" 2
#NO_APP
.L4:
	b .L4
	.cfi_endproc
.LFE1:
	.size	exit,.-exit
	.align 2
	.globl memcpy
	.type	memcpy, @function
memcpy:
.LFB2:
	.cfi_startproc
	cmpwi 0,5,0
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	bne- 0,.L18
.L12:
	srwi 8,5,1
	mtctr 8
.L7:
	lbz 6,1(9)
	addi 7,9,1
	addi 8,10,1
	addi 9,9,2
	addi 10,10,2
	stb 6,-1(10)
	lbz 7,1(7)
	stb 7,1(8)
	bdnz .L7
	blr
.L18:
	cmpwi 0,8,0
	lbz 8,0(4)
	mr 9,4
	mr 10,3
	stb 8,0(3)
	bne+ 0,.L12
	blr
	.cfi_endproc
.LFE2:
	.size	memcpy,.-memcpy
	.align 2
	.globl memmove
	.type	memmove, @function
memmove:
.LFB3:
	.cfi_startproc
	cmplw 0,3,4
	blt- 0,.L20
	cmpwi 0,5,0
	add 4,4,5
	add 9,3,5
	beqlr- 0
	andi. 10,5,0x1
	addi 10,5,-1
	beq- 0,.L35
	cmpwi 0,10,0
	lbzu 8,-1(4)
	stbu 8,-1(9)
	beqlr- 0
.L35:
	srwi 10,5,1
	mtctr 10
.L24:
	lbz 7,-1(4)
	addi 8,4,-1
	addi 10,9,-1
	addi 4,4,-2
	addi 9,9,-2
	stb 7,1(9)
	lbz 8,-1(8)
	stb 8,-1(10)
	bdnz .L24
	blr
.L20:
	cmpwi 0,5,0
	beqlr- 0
	andi. 9,5,0x1
	addi 10,3,-1
	addi 9,4,-1
	addi 8,5,-1
	beq- 0,.L32
	cmpwi 0,8,0
	lbz 8,0(4)
	mr 9,4
	mr 10,3
	stb 8,0(3)
	beqlr- 0
.L32:
	srwi 8,5,1
	mtctr 8
.L23:
	lbz 6,1(9)
	addi 7,9,1
	addi 8,10,1
	addi 9,9,2
	addi 10,10,2
	stb 6,-1(10)
	lbz 7,1(7)
	stb 7,1(8)
	bdnz .L23
	blr
	.cfi_endproc
.LFE3:
	.size	memmove,.-memmove
	.align 2
	.globl memset
	.type	memset, @function
memset:
.LFB4:
	.cfi_startproc
	cmpwi 0,5,0
	mr 10,4
	addi 9,3,-1
	beqlr- 0
	andi. 7,5,0x3
	addi 6,5,-1
	mr 8,5
	beq- 0,.L56
	cmpwi 0,7,1
	beq- 0,.L61
	cmpwi 0,7,2
	beq- 0,.L62
	stb 4,0(3)
	mr 5,6
	mr 9,3
.L62:
	stbu 10,1(9)
	addi 5,5,-1
.L61:
	cmpwi 0,5,1
	stbu 10,1(9)
	beqlr- 0
.L56:
	srwi 8,8,2
	mtctr 8
.L47:
	stb 10,1(9)
	stb 10,2(9)
	stb 10,3(9)
	stbu 10,4(9)
	bdnz .L47
	blr
	.cfi_endproc
.LFE4:
	.size	memset,.-memset
	.align 2
	.globl memcmp
	.type	memcmp, @function
memcmp:
.LFB5:
	.cfi_startproc
	cmpwi 0,5,0
	beq- 0,.L73
	mr 8,5
	addi 5,5,-1
	andi. 9,8,0x1
	addi 7,3,-1
	add 5,3,5
	addi 6,4,-1
	bne- 0,.L86
.L78:
	srwi 9,8,1
	mtctr 9
	b .L72
.L71:
	lbz 10,1(5)
	lbz 9,1(8)
	cmpw 0,10,9
	bne- 0,.L83
	bdz .L73
.L72:
	lbz 10,1(7)
	addi 5,7,1
	lbz 9,1(6)
	addi 8,6,1
	addi 7,5,1
	addi 6,8,1
	cmpw 0,10,9
	beq+ 0,.L71
.L83:
	cmplw 0,10,9
	li 3,1
	bgelr- 0
	li 3,-1
	blr
.L86:
	lbz 10,0(3)
	mr 7,3
	lbz 9,0(4)
	mr 6,4
	cmpw 0,10,9
	bne- 0,.L83
	cmplw 0,3,5
	bne+ 0,.L78
.L73:
	li 3,0
	blr
	.cfi_endproc
.LFE5:
	.size	memcmp,.-memcmp
	.align 2
	.globl print_str
	.type	print_str, @function
print_str:
.LFB6:
	.cfi_startproc
	lbz 9,0(3)
	mr 4,3
	li 5,0
	cmpwi 0,9,0
	beq- 0,.L88
.L89:
	addi 5,5,1
	lbzx 9,4,5
	cmpwi 0,9,0
	bne+ 0,.L89
.L88:
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	blr
	.cfi_endproc
.LFE6:
	.size	print_str,.-print_str
	.align 2
	.globl print_char
	.type	print_char, @function
print_char:
.LFB7:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	li 0,4
	li 5,1
	stb 3,8(1)
	addi 4,1,8
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	addi 1,1,16
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE7:
	.size	print_char,.-print_char
	.align 2
	.globl print_nl
	.type	print_nl, @function
print_nl:
.LFB8:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	li 9,10
	li 0,4
	li 3,1
	li 5,1
	stb 9,8(1)
	addi 4,1,8
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	addi 1,1,32
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE8:
	.size	print_nl,.-print_nl
	.align 2
	.globl print_uint
	.type	print_uint, @function
print_uint:
.LFB9:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 7,0xcccc
	ori 7,7,0xcccd
	li 4,12
	addi 8,1,20
.L97:
	mulhwu 10,3,7
	addi 4,4,-1
	cmplwi 0,3,9
	srwi 10,10,3
	mulli 9,10,10
	subf 9,9,3
	mr 3,10
	addi 9,9,48
	stbu 9,-1(8)
	bgt+ 0,.L97
	addi 9,1,8
	subfic 5,4,12
	li 0,4
	add 4,9,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	addi 1,1,32
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE9:
	.size	print_uint,.-print_uint
	.align 2
	.globl print_int
	.type	print_int, @function
print_int:
.LFB10:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 31,28(1)
	.cfi_offset 31, -4
	mr. 31,3
	blt- 0,.L103
	lwz 31,28(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	b print_uint
.L103:
	.cfi_restore_state
	li 9,45
	li 0,4
	stb 9,8(1)
	li 3,1
	addi 4,1,8
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	neg 3,31
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	b print_uint
	.cfi_endproc
.LFE10:
	.size	print_int,.-print_int
	.align 2
	.globl print_hex
	.type	print_hex, @function
print_hex:
.LFB11:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	lis 8,.LANCHOR0@ha
	li 10,4
	la 8,.LANCHOR0@l(8)
	mtctr 10
	addi 9,1,16
.L105:
	rlwinm 10,3,0,28,31
	rlwinm 7,3,28,28,31
	lbzx 6,8,10
	addi 10,9,-1
	lbzx 7,8,7
	srwi 3,3,8
	addi 9,9,-2
	stb 6,1(9)
	stb 7,-1(10)
	bdnz .L105
	li 0,4
	li 3,1
	addi 4,1,8
	li 5,8
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	addi 1,1,32
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE11:
	.size	print_hex,.-print_hex
	.align 2
	.globl print_u64
	.type	print_u64, @function
print_u64:
.LFB12:
	.cfi_startproc
	stwu 1,-48(1)
	.cfi_def_cfa_offset 48
	lis 8,0xcccc
	lis 11,0xcccc
	ori 8,8,0xcccd
	ori 11,11,0xcccc
	li 7,21
	addi 6,1,29
	li 0,0
.L114:
	srwi 9,4,28
	rlwinm 10,4,0,4,31
	rlwimi 9,3,4,0,31-4
	srwi 5,3,24
	rlwinm 9,9,0,4,31
	cmpwi 0,3,0
	add 10,10,9
	mr 12,4
	add 10,10,5
	addi 7,7,-1
	mulhwu 9,10,8
	srwi 9,9,2
	mulli 9,9,5
	subf 9,9,10
	subfc 9,9,4
	subfe 10,0,3
	mullw 3,9,11
	mullw 10,10,8
	mulhwu 5,9,8
	mullw 9,9,8
	add 10,10,3
	add 10,10,5
	srwi 9,9,1
	srwi 3,10,1
	rlwimi 9,10,31,0,31-31
	mulli 10,9,10
	subfc 10,10,4
	mr 4,9
	addi 10,10,48
	stbu 10,-1(6)
	bne+ 0,.L114
	cmplwi 0,12,9
	bgt+ 0,.L114
	addi 9,1,8
	subfic 5,7,21
	add 4,9,7
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	addi 1,1,48
	.cfi_def_cfa_offset 0
	blr
	.cfi_endproc
.LFE12:
	.size	print_u64,.-print_u64
	.align 2
	.globl print_i64
	.type	print_i64, @function
print_i64:
.LFB13:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	stw 30,24(1)
	.cfi_offset 30, -8
	mr. 30,3
	blt- 0,.L120
	lwz 30,24(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	b print_u64
.L120:
	.cfi_restore_state
	li 9,45
	stw 31,28(1)
	.cfi_offset 31, -4
	stb 9,8(1)
	mr 31,4
	li 0,4
	li 3,1
	addi 4,1,8
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	subfic 4,31,0
	lwz 31,28(1)
	.cfi_restore 31
	subfze 3,30
	lwz 30,24(1)
	addi 1,1,32
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	b print_u64
	.cfi_endproc
.LFE13:
	.size	print_i64,.-print_i64
	.align 2
	.globl print_hex64
	.type	print_hex64, @function
print_hex64:
.LFB14:
	.cfi_startproc
	stwu 1,-16(1)
	.cfi_def_cfa_offset 16
	mflr 0
	stw 31,12(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,20(1)
	.cfi_offset 65, 4
	bl print_hex
	lwz 0,20(1)
	mr 3,31
	lwz 31,12(1)
	addi 1,1,16
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	b print_hex
	.cfi_endproc
.LFE14:
	.size	print_hex64,.-print_hex64
	.align 2
	.globl show_int
	.type	show_int, @function
show_int:
.LFB15:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 5,0
	stw 31,28(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,36(1)
	.cfi_offset 65, 4
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L124
.L125:
	addi 5,5,1
	lbzx 9,3,5
	cmpwi 0,9,0
	bne+ 0,.L125
.L124:
	mr 4,3
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	li 9,61
	addi 4,1,8
	stb 9,8(1)
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	cmpwi 0,31,0
	blt- 0,.L131
	mr 3,31
	bl print_uint
	li 9,10
	stb 9,8(1)
	addi 4,1,8
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lwz 0,36(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_remember_state
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
.L131:
	.cfi_restore_state
	li 9,45
	li 0,4
	stb 9,8(1)
	li 3,1
	addi 4,1,8
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	neg 3,31
	bl print_uint
	li 9,10
	stb 9,8(1)
	addi 4,1,8
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lwz 0,36(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE15:
	.size	show_int,.-show_int
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align 2
.LC0:
	.string	"=0x"
	.section	".text"
	.align 2
	.globl show_hex
	.type	show_hex, @function
show_hex:
.LFB16:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	li 5,0
	stw 31,28(1)
	.cfi_register 65, 0
	.cfi_offset 31, -4
	mr 31,4
	stw 0,36(1)
	.cfi_offset 65, 4
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L133
.L134:
	addi 5,5,1
	lbzx 9,3,5
	cmpwi 0,9,0
	bne+ 0,.L134
.L133:
	mr 4,3
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lis 4,.LC0@ha
	li 5,0
	la 9,.LC0@l(4)
.L135:
	lbzu 10,1(9)
	addi 5,5,1
	cmpwi 0,10,0
	bne+ 0,.L135
	la 4,.LC0@l(4)
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	mr 3,31
	bl print_hex
	li 9,10
	stb 9,8(1)
	addi 4,1,8
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lwz 0,36(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE16:
	.size	show_hex,.-show_hex
	.align 2
	.globl show_i64
	.type	show_i64, @function
show_i64:
.LFB17:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	mr 4,3
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	mr 30,5
	stw 31,28(1)
	li 5,0
	stw 0,36(1)
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	mr 31,6
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L141
.L142:
	addi 5,5,1
	lbzx 9,4,5
	cmpwi 0,9,0
	bne+ 0,.L142
.L141:
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	li 9,61
	addi 4,1,8
	stb 9,8(1)
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	mr 3,30
	mr 4,31
	bl print_i64
	li 9,10
	stb 9,8(1)
	addi 4,1,8
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lwz 0,36(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE17:
	.size	show_i64,.-show_i64
	.align 2
	.globl show_hex64
	.type	show_hex64, @function
show_hex64:
.LFB18:
	.cfi_startproc
	stwu 1,-32(1)
	.cfi_def_cfa_offset 32
	mflr 0
	mr 4,3
	stw 30,24(1)
	.cfi_register 65, 0
	.cfi_offset 30, -8
	mr 30,5
	stw 31,28(1)
	li 5,0
	stw 0,36(1)
	.cfi_offset 31, -4
	.cfi_offset 65, 4
	mr 31,6
	lbz 9,0(3)
	cmpwi 0,9,0
	beq- 0,.L147
.L148:
	addi 5,5,1
	lbzx 9,4,5
	cmpwi 0,9,0
	bne+ 0,.L148
.L147:
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lis 4,.LC0@ha
	li 5,0
	la 9,.LC0@l(4)
.L149:
	lbzu 10,1(9)
	addi 5,5,1
	cmpwi 0,10,0
	bne+ 0,.L149
	la 4,.LC0@l(4)
	li 0,4
	li 3,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	mr 3,30
	bl print_hex
	mr 3,31
	bl print_hex
	li 9,10
	stb 9,8(1)
	addi 4,1,8
	li 0,4
	li 3,1
	li 5,1
#APP
 # 12 "rt.c" 1
	sc
	bns+ 1f
	neg 3, 3
1:
 # 0 "" 2
#NO_APP
	lwz 0,36(1)
	lwz 30,24(1)
	lwz 31,28(1)
	addi 1,1,32
	.cfi_restore 31
	.cfi_restore 30
	.cfi_def_cfa_offset 0
	mtlr 0
	.cfi_restore 65
	blr
	.cfi_endproc
.LFE18:
	.size	show_hex64,.-show_hex64
	.section	.rodata
	.align 2
	.set	.LANCHOR0,. + 0
	.type	HEX, @object
	.size	HEX, 17
HEX:
	.string	"0123456789abcdef"
	.ident	"GCC: (Debian 12.2.0-13) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
